import { Args, Query, Resolver } from '@nestjs/graphql';
import { ClaimStatsQueryDto } from './dto/claim-stats-query.dto.js';
import { ClaimStatsModel } from './models/claim-stats.model.js';
import { StatsService } from './stats.service.js';

@Resolver()
export class StatsResolver {
  constructor(private readonly service: StatsService) {}

  @Query(() => ClaimStatsModel, { description: 'Claim counts grouped by dimensions, for analysts' })
  claimStats(@Args('input', { type: () => ClaimStatsQueryDto, nullable: true }) input: ClaimStatsQueryDto = {}) {
    return this.service.claims(input);
  }
}
