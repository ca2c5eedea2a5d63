import { csvCell } from '../comparisons/comparison.renderers.js';
import type { ClaimExportFormat } from './dto/claim-filter.input.js';
import type { ClaimModel } from './models/claim.model.js';

export const EXPORT_CONTENT_TYPES: Record<Exclude<ClaimExportFormat, 'json'>, string> = {
  csv: 'text/csv; charset=utf-8',
  ndjson: 'application/x-ndjson; charset=utf-8',
};

/** `?format=` wins; else an Accept naming CSV or NDJSON exports; else the JSON page. */
export function claimExportFormat(format: ClaimExportFormat | undefined, accept: string | undefined): ClaimExportFormat {
  if (format) return format;
  const types = (accept ?? '').split(',').map((t) => t.split(';')[0].trim().toLowerCase());
  for (const type of types) {
    if (type === 'application/json' || type === '*/*') return 'json';
    if (type === 'text/csv') return 'csv';
    if (type === 'application/x-ndjson' || type === 'application/ndjson') return 'ndjson';
  }
  return 'json';
}

export const CLAIM_CSV_HEADER = 'id,kind,statement,quote,quote_start,quote_end,rating,score,outcome,question,answer,qualifiers,criterion,use_case,technology,winner,related,source,source_title,published';

export function claimCsvLine(c: ClaimModel): string {
  return [
    c.id, c.kind, c.statement, c.quote, c.quoteStart, c.quoteEnd, c.rating, c.score, c.outcome, c.question, c.answer, c.qualifiers.join('; '),
    c.criterion?.slug, c.useCase?.slug, c.technology?.slug, c.winner?.slug, c.related.map((r) => r.slug).join(' '), c.source.slug, c.source.title, c.source.publishedAt,
  ].map(csvCell).join(',');
}

export function claimNdjsonLine(c: ClaimModel): string {
  return JSON.stringify(c);
}
