import { Injectable } from '@nestjs/common';
import { ClaimsService } from '../claims/claims.service.js';
import { csvCell } from '../../common/text/csv.js';
import { STAT_DIMENSIONS, type ClaimStatsQueryDto, type StatDimension } from './dto/claim-stats-query.dto.js';
import type { ClaimStatsModel, ClaimStatsRowModel } from './models/claim-stats.model.js';
import { StatsRepository } from './stats.repository.js';

/** These dimensions name a record, answered as a {slug, name} reference; the others are plain values. */
const REF_DIMENSIONS = ['criterion', 'technology', 'source', 'useCase', 'winner'] as const;
const VALUE_DIMENSIONS = STAT_DIMENSIONS.filter((d): d is 'kind' | 'outcome' | 'year' | 'month' => !(REF_DIMENSIONS as readonly string[]).includes(d));

@Injectable()
export class StatsService {
  constructor(
    private readonly repository: StatsRepository,
    private readonly claimFilters: ClaimsService,
  ) {}

  /** Claim counts over the claims matching the filters, grouped by the chosen dimensions. */
  async claims(query: ClaimStatsQueryDto): Promise<ClaimStatsModel> {
    const { groupBy: dimensions, ...filter } = query;
    const groupBy = [...new Set((dimensions ?? 'kind').split(','))] as StatDimension[];
    const criteria = await this.claimFilters.resolve(filter);
    const rows = await this.repository.claimCounts(groupBy, criteria);
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
        for (const d of VALUE_DIMENSIONS) if (groupBy.includes(d)) row[d] = (r[d] as string | null) ?? null;
        return row;
      }),
    };
  }
}

/** The counts as CSV: one column per dimension (a reference by its slug), then count. */
export function claimStatsCsv(stats: ClaimStatsModel): string {
  const lines = stats.rows.map((row) =>
    [...stats.groupBy.map((d) => {
      const value = row[d as keyof ClaimStatsRowModel];
      return value && typeof value === 'object' ? value.slug : (value as string | null | undefined);
    }), row.count].map(csvCell).join(','),
  );
  return [[...stats.groupBy, 'count'].join(','), ...lines].join('\r\n') + '\r\n';
}
