import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { PAGE_SIZE_POLICY } from '../../common/pagination/page-size.js';
import { TechnologyReferencePipe } from '../taxonomy/technology-reference.pipe.js';
import { ComparisonsService, consensusOptions } from './comparisons.service.js';
import { CRITERIA_LIST_DESCRIPTION } from './dto/comparison.params.js';
import { ComparisonListModel, ComparisonModel } from './models/comparison.model.js';

@Resolver(() => ComparisonModel)
export class ComparisonsResolver {
  constructor(private readonly service: ComparisonsService) {}

  @Query(() => ComparisonListModel, { description: 'The comparisons available: pairs of technologies some source compares, most-covered first, a page at a time (pass nextCursor as `after`)' })
  comparisons(
    @Args('first', { type: () => Int, nullable: true, description: PAGE_SIZE_POLICY }) first?: number | null,
    @Args('after', { type: () => String, nullable: true, description: 'nextCursor of the previous page' }) after?: string | null,
  ) {
    return this.service.list({ first, after });
  }

  @Query(() => ComparisonModel, { description: 'Per-criterion comparison of two technologies (slugs or aliases) with consensus and conflicts' })
  comparison(
    @Args('a', TechnologyReferencePipe) a: string,
    @Args('b', TechnologyReferencePipe) b: string,
    @Args('weighting', { type: () => String, nullable: true, description: 'none (default) or recency: each source weighs 0.5^(age/halfLifeDays)' }) weighting?: string,
    @Args('halfLifeDays', { type: () => Int, nullable: true, description: 'Half-life in days for weighting: recency (default 365)' }) halfLifeDays?: number,
    @Args('criteria', { type: () => [String], nullable: true, description: CRITERIA_LIST_DESCRIPTION.replace('comma-separated', 'up to 50') }) criteria?: string[] | null,
  ) {
    return this.service.compare(a, b, consensusOptions(weighting, halfLifeDays), criteria ?? undefined);
  }
}
