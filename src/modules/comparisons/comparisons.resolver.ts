import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { TechnologyReferencePipe } from '../taxonomy/technology-reference.pipe.js';
import { ComparisonsService, consensusOptions } from './comparisons.service.js';
import { ComparisonListModel, ComparisonModel } from './models/comparison.model.js';

@Resolver(() => ComparisonModel)
export class ComparisonsResolver {
  constructor(private readonly service: ComparisonsService) {}

  @Query(() => ComparisonListModel, { description: 'The comparisons available: every pair of technologies some source compares' })
  comparisons() {
    return this.service.list();
  }

  @Query(() => ComparisonModel, { description: 'Per-criterion comparison of two technologies (slugs or aliases) with consensus and conflicts' })
  comparison(
    @Args('a', TechnologyReferencePipe) a: string,
    @Args('b', TechnologyReferencePipe) b: string,
    @Args('weighting', { type: () => String, nullable: true, description: 'none (default) or recency: each source weighs 0.5^(age/halfLifeDays)' }) weighting?: string,
    @Args('halfLifeDays', { type: () => Int, nullable: true, description: 'Half-life in days for weighting: recency (default 365)' }) halfLifeDays?: number,
  ) {
    return this.service.compare(a, b, consensusOptions(weighting, halfLifeDays));
  }
}
