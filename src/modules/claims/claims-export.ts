import { preferredMediaType } from '../../common/http/media-type.js';
import { csvCell } from '../../common/text/csv.js';
import type { ClaimField } from './claim-fields.js';
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

/**
 * The CSV export's columns, each from one field of the claim model: the header and every line come
 * from this one list (claims-export.spec.ts checks that it covers every model field but the search snippet).
 */
export const CLAIM_CSV_COLUMNS: readonly { header: string; field: ClaimField; value: (c: ClaimModel) => string | number | null | undefined }[] = [
  { header: 'id', field: 'id', value: (c) => c.id },
  { header: 'kind', field: 'kind', value: (c) => c.kind },
  { header: 'statement', field: 'statement', value: (c) => c.statement },
  { header: 'quote', field: 'quote', value: (c) => c.quote },
  { header: 'quote_start', field: 'quoteStart', value: (c) => c.quoteStart },
  { header: 'quote_end', field: 'quoteEnd', value: (c) => c.quoteEnd },
  { header: 'rating', field: 'rating', value: (c) => c.rating },
  { header: 'score', field: 'score', value: (c) => c.score },
  { header: 'outcome', field: 'outcome', value: (c) => c.outcome },
  { header: 'question', field: 'question', value: (c) => c.question },
  { header: 'answer', field: 'answer', value: (c) => c.answer },
  { header: 'qualifiers', field: 'qualifiers', value: (c) => c.qualifiers.join('; ') },
  { header: 'criterion', field: 'criterion', value: (c) => c.criterion?.slug },
  { header: 'use_case', field: 'useCase', value: (c) => c.useCase?.slug },
  { header: 'technology', field: 'technology', value: (c) => c.technology?.slug },
  { header: 'winner', field: 'winner', value: (c) => c.winner?.slug },
  { header: 'related', field: 'related', value: (c) => c.related.map((r) => r.slug).join(' ') },
  { header: 'source', field: 'source', value: (c) => c.source.slug },
  { header: 'source_title', field: 'source', value: (c) => c.source.title },
  { header: 'published', field: 'source', value: (c) => c.source.publishedAt },
];

export const CLAIM_CSV_HEADER = CLAIM_CSV_COLUMNS.map((column) => column.header).join(',');

export function claimCsvLine(c: ClaimModel): string {
  return CLAIM_CSV_COLUMNS.map((column) => csvCell(column.value(c))).join(',');
}
