import { Args, Query, Resolver } from '@nestjs/graphql';
import { ComparisonsService } from './comparisons.service.js';
import { ComparisonListModel, ComparisonModel } from './models/comparison.model.js';

@Resolver(() => ComparisonModel)
export class ComparisonsResolver {
  constructor(private readonly service: ComparisonsService) {}

  @Query(() => ComparisonListModel, { description: 'The comparisons available: every pair of technologies some source compares' })
  comparisons() {
    return this.service.list();
  }

  @Query(() => ComparisonModel, { description: 'Per-criterion comparison of two technologies (slugs or aliases) with consensus and conflicts' })
  comparison(@Args('a') a: string, @Args('b') b: string) {
    return this.service.compare(a, b);
  }
}
