import { statedDate } from '../../common/models/refs.model.js';
import { sourceEtag } from './source-identity.js';
import type { SourceModel, SourceSummaryModel } from './models/source.model.js';
import type { SourceDetailRow, SourceRow } from './sources.types.js';

export function toSourceSummary(row: SourceRow): SourceSummaryModel {
  return {
    slug: row.slug,
    externalId: row.externalId,
    title: row.title,
    author: row.author,
    publishedAt: statedDate(row.publishedOn, row.publishedPrecision),
    compares: row.compares,
    claimCount: row.claimCount,
  };
}

export function toSourceModel(row: SourceDetailRow): SourceModel {
  return {
    ...toSourceSummary(row),
    publisher: row.publisher,
    url: row.url,
    body: row.body,
    contentHash: row.contentHash,
    ingestedAt: row.ingestedAt,
    etag: sourceEtag(row),
    claimCountsByKind: row.claimCountsByKind,
  };
}
