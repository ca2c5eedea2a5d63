import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode } from '../../common/errors/domain-error.js';
import { acceptanceBy, acceptanceCounts } from './acceptance-stats.js';
import { DraftsRepository } from './drafts.repository.js';
import type { ExtractionStats, StatsBucket } from './drafts.types.js';
import type { ExtractionStatsQuery } from './dto/extraction-stats.query.js';

/** Acceptance of drafted claims over published drafts: per kind, per format, over time, and which fields editors change. */
@Injectable()
export class ExtractionStatsService {
  constructor(private readonly repository: DraftsRepository) {}

  async stats(query: ExtractionStatsQuery): Promise<ExtractionStats> {
    const from = query.from ? new Date(query.from) : null;
    const to = query.to ? new Date(query.to) : null;
    if (from && to && from >= to) throw new DomainError(ErrorCode.VALIDATION_FAILED, 'from must be before to', [{ field: 'from', message: 'not before to' }]);
    const bucket: StatsBucket = query.bucket ?? 'week';
    const [rows, editedFields] = await Promise.all([this.repository.statsRows(from, to, bucket), this.repository.editedFieldCounts(from, to)]);
    return {
      from,
      to,
      bucket,
      ...acceptanceCounts(rows),
      byKind: acceptanceBy(rows, (r) => r.kind, 'kind'),
      byFormat: acceptanceBy(rows, (r) => r.format, 'format'),
      overTime: acceptanceBy(rows, (r) => r.period, 'period'),
      editedFields,
    };
  }
}
