import { Injectable } from '@nestjs/common';
import { STAT_DIMENSIONS, type ClaimStatsQueryDto, type StatDimension } from './dto/claim-stats-query.dto.js';
import type { ClaimStatsModel, ClaimStatsRowModel } from './models/claim-stats.model.js';
import { StatsRepository } from './stats.repository.js';

/** Every dimension but kind names a record, answered as a {slug, name} reference. */
const REF_DIMENSIONS = STAT_DIMENSIONS.filter((d): d is Exclude<StatDimension, 'kind'> => d !== 'kind');

@Injectable()
export class StatsService {
  constructor(private readonly repository: StatsRepository) {}

  /** Claim counts grouped by any of criterion, technology, source, kind, useCase, winner. */
  async claims(query: ClaimStatsQueryDto): Promise<ClaimStatsModel> {
    const groupBy = [...new Set((query.groupBy ?? 'kind').split(','))] as StatDimension[];
    const rows = await this.repository.claimCounts(groupBy);
    return {
      groupBy,
      total: rows.reduce((n, r) => n + Number(r.count), 0),
      rows: rows.map((r) => {
        const row: ClaimStatsRowModel = { count: Number(r.count) };
        for (const d of REF_DIMENSIONS) {
          if (!groupBy.includes(d)) continue;
          const slug = r[`${d}Slug`] as string | null;
          row[d] = slug ? { slug, name: r[`${d}Name`] as string } : null;
        }
        if (groupBy.includes('kind')) row.kind = r.kind as string;
        return row;
      }),
    };
  }
}
