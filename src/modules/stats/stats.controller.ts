import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../common/http/problem-details.model.js';
import { ClaimStatsModel } from './models/claim-stats.model.js';
import { Controller, Get, Query } from '@nestjs/common';
import { ClaimStatsQueryDto } from './dto/claim-stats-query.dto.js';
import { StatsService } from './stats.service.js';

@ApiTags('stats')
@ApiProblems()
@Controller('stats')
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  @Get('claims')
  @ApiOperation({ summary: 'Claim counts grouped by criterion, technology, source, kind, useCase or winner' })
  @ApiOkResponse({ type: ClaimStatsModel })
  claims(@Query() query: ClaimStatsQueryDto) {
    return this.stats.claims(query);
  }
}
