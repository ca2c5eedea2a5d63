import { preferredMediaType } from '../../common/http/media-type.js';
import { csvCell } from '../../common/text/csv.js';
import type { ClaimExportFormat } from './dto/claim-filter.input.js';
import type { ClaimModel } from './models/claim.model.js';

export const EXPORT_CONTENT_TYPES: Record<Exclude<ClaimExportFormat, 'json'>, string> = {
  csv: 'text/csv; charset=utf-8',
  ndjson: 'application/x-ndjson; charset=utf-8',
};

// JSON first: what any type (`*` ranges) gets.
const EXPORT_FORMAT_OF_MEDIA_TYPE: Record<string, ClaimExportFormat> = { 'application/json': 'json', 'text/csv': 'csv', 'application/x-ndjson': 'ndjson', 'application/ndjson': 'ndjson' };

/** `?format=` wins; else the export Accept prefers (CSV, NDJSON); else the JSON page. */
export function claimExportFormat(format: ClaimExportFormat | undefined, accept: string | undefined): ClaimExportFormat {
  if (format) return format;
  const type = preferredMediaType(accept, Object.keys(EXPORT_FORMAT_OF_MEDIA_TYPE));
  return type ? EXPORT_FORMAT_OF_MEDIA_TYPE[type] : 'json';
}

export const CLAIM_CSV_HEADER = 'id,kind,statement,quote,quote_start,quote_end,rating,score,outcome,question,answer,qualifiers,criterion,use_case,technology,winner,related,source,source_title,published';

export function claimCsvLine(c: ClaimModel): string {
  return [
    c.id, c.kind, c.statement, c.quote, c.quoteStart, c.quoteEnd, c.rating, c.score, c.outcome, c.question, c.answer, c.qualifiers.join('; '),
    c.criterion?.slug, c.useCase?.slug, c.technology?.slug, c.winner?.slug, c.related.map((r) => r.slug).join(' '), c.source.slug, c.source.title, c.source.publishedAt,
  ].map(csvCell).join(',');
}
