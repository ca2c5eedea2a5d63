import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../common/http/problem-details.model.js';
import { ClaimStatsModel } from './models/claim-stats.model.js';
import { Controller, Get, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ClaimStatsRestQueryDto } from './dto/claim-stats-query.dto.js';
import { claimStatsCsv, StatsService } from './stats.service.js';

@ApiTags('stats')
@ApiProblems()
@Controller('stats')
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  @Get('claims')
  @ApiProblems(422)
  @ApiOperation({ summary: 'Claim counts over the claims matching the filters of GET /api/claims, grouped by criterion, technology, source, kind, useCase, winner, outcome, year or month; format=csv' })
  @ApiOkResponse({ type: ClaimStatsModel })
  @ApiProduces('application/json', 'text/csv')
  async claims(@Query() query: ClaimStatsRestQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const { format, ...rest } = query;
    const stats = await this.stats.claims(rest);
    if (format !== 'csv') return stats;
    void reply.header('Content-Type', 'text/csv; charset=utf-8').header('Content-Disposition', 'attachment; filename="claim-stats.csv"');
    return claimStatsCsv(stats);
  }
}
