import { ALL_CLAIM_FIELDS } from './claim-fields.js';
import { CLAIM_CSV_COLUMNS, CLAIM_CSV_HEADER, claimCsvLine, claimExportFormat } from './claims-export.js';
import type { ClaimModel } from './models/claim.model.js';

describe('claim exports', () => {
  it.each([
    [undefined, undefined, 'json'],
    [undefined, 'text/csv', 'csv'],
    [undefined, 'application/x-ndjson', 'ndjson'],
    [undefined, 'text/html, text/csv;q=0.9', 'csv'],
    [undefined, 'application/json, text/csv', 'json'],
    ['ndjson', 'text/csv', 'ndjson'],
    [undefined, 'image/png', 'json'],
    // q-values count: a refused CSV is not sent, a preferred NDJSON is
    [undefined, 'text/csv;q=0', 'json'],
    [undefined, 'application/json;q=0.5, application/x-ndjson', 'ndjson'],
  ] as const)('format %s with Accept %s is %s', (format, accept, expected) => {
    expect(claimExportFormat(format, accept)).toBe(expected);
  });

  it('writes one CSV line per claim, quoted, formula-safe, in the header order', () => {
    const claim: ClaimModel = {
      id: 7, kind: 'rating', statement: 'Node is "fast", really', quote: '=cmd|x', quoteStart: 1, quoteEnd: 7, rating: 'Fast', score: 0.8, outcome: null, question: null, answer: null,
      qualifiers: ['for I/O'], source: { slug: 's', title: 'T, with comma', publishedAt: '2026-05' }, criterion: { slug: 'io', name: 'IO', category: 'perf' }, useCase: null,
      technology: { slug: 'nodejs', name: 'Node.js' }, winner: null, related: [{ slug: 'deno', name: 'Deno' }],
    };
    expect(CLAIM_CSV_HEADER.split(',')).toHaveLength(20);
    expect(claimCsvLine(claim)).toBe(`7,rating,"Node is ""fast"", really","'=cmd|x",1,7,Fast,0.8,,,,for I/O,io,,nodejs,,deno,s,"T, with comma",2026-05`);
  });

  it('has a CSV column for every field of the claim model but the search snippet, which is no claim data', () => {
    const covered = new Set(CLAIM_CSV_COLUMNS.map((column) => column.field));
    expect([...ALL_CLAIM_FIELDS].filter((field) => !covered.has(field))).toEqual(['snippet']);
    expect(new Set(CLAIM_CSV_COLUMNS.map((column) => column.header)).size).toBe(CLAIM_CSV_COLUMNS.length);
  });
});
