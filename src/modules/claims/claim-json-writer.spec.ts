import { ClaimJsonWriter, toClaimModel } from './claim.mapper.js';
import type { ClaimRow } from './claims.types.js';

const byId = {
  technologies: new Map([
    [1, { id: 1, slug: 'nodejs', name: 'Node.js' }],
    [2, { id: 2, slug: 'python', name: 'Python "3"' }],
    [3, { id: 3, slug: 'go', name: 'Go \\ Golang' }],
  ]),
  criteria: new Map([[10, { id: 10, slug: 'io-performance', name: 'I/O performance', category: 'performance' }]]),
  useCases: new Map([[20, { id: 20, slug: 'real-time-chat', name: 'Real-time chat 🚀' }]]),
};

const row = (patch: Partial<ClaimRow> = {}): ClaimRow => ({
  id: 7,
  version: 1,
  kind: 'verdict',
  statement: 'Node.js wins "I/O".',
  quote: 'Node.js wins\tfor I/O\nreally \\ truly — ünïcödé 🚀 \u0001 \u2028',
  quoteStart: 12,
  quoteEnd: 64,
  rating: null,
  score: null,
  outcome: 'win',
  question: null,
  answer: null,
  qualifiers: ['for "I/O"', 'back\\slash'],
  sourceSlug: 'node-vs-python',
  sourceTitle: 'Node.js vs "Python"',
  publishedAt: '2024-03-09',
  criterionId: 10,
  useCaseId: null,
  technologyId: 1,
  winnerId: 1,
  mentionIds: [2, 3],
  snippet: null,
  ...patch,
});

describe('ClaimJsonWriter', () => {
  it.each<[string, Partial<ClaimRow>]>([
    ['a verdict with qualifiers and mentions', {}],
    ['a rating with a score', { kind: 'rating', rating: 'Very "Fast"', score: 0.30000000000000004, outcome: null, winnerId: null }],
    ['tiny and whole scores', { kind: 'rating', rating: 'Fast', score: 1e-7 }],
    ['score zero and one', { kind: 'rating', rating: 'Fast', score: 0 }],
    ['a FAQ', { kind: 'faq', question: 'Why?', answer: 'Because "so".', criterionId: null, technologyId: null, winnerId: null, outcome: null }],
    ['a use case, no mentions', { kind: 'use_case', useCaseId: 20, mentionIds: [], criterionId: null }],
    ['month and year precision', { publishedAt: '2024-03' }],
    ['a year', { publishedAt: '0999' }],
    ['no date', { publishedAt: null }],
    ['a snippet', { snippet: 'Node.js <b>wins</b> "I/O"' }],
    ['an empty snippet', { snippet: '' }],
    ['no qualifiers', { qualifiers: [] }],
  ])('%s: exactly JSON.stringify of the model', (_name, patch) => {
    const r = row(patch);
    expect(new ClaimJsonWriter(byId).line(r)).toBe(JSON.stringify(toClaimModel(r, byId)));
  });

  it('writes each taxonomy entry once and reuses it across rows', () => {
    const writer = new ClaimJsonWriter(byId);
    const rows = [row(), row({ id: 8, technologyId: 2, winnerId: 3, mentionIds: [1] }), row({ id: 9 })];
    expect(rows.map((r) => writer.line(r))).toEqual(rows.map((r) => JSON.stringify(toClaimModel(r, byId))));
  });
});
