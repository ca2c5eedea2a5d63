import { parse } from 'graphql';
import { createDocumentStore, documentBytes } from './document-store.js';
import { persistedQueriesOptions } from './persisted-queries.js';

const commented = (i: number, size = 100_000) => `{ __typename #${'x'.repeat(size)}\n a${i}: __typename }`;

describe('stores of GraphQL documents, bounded by the bytes they hold (issue 20 item 1)', () => {
  it('weighs a parsed document with its source text, comments included', () => {
    const document = parse(commented(1));
    // The AST's JSON (what Apollo's default store weighed) is a few hundred bytes.
    expect(JSON.stringify(document).length).toBeLessThan(2_000);
    expect(documentBytes(document)).toBeGreaterThan(100_000);
  });

  it('keeps parsed documents within its byte budget, however many arrive', async () => {
    const store = createDocumentStore(1_000_000)!;
    for (let i = 0; i < 200; i++) await store.set(`doc${i}`, parse(commented(i)));
    expect(store.bytes).toBeLessThanOrEqual(1_000_000);
    expect(await store.get('doc199')).toBeDefined();
    expect(await store.get('doc0')).toBeUndefined();
  });

  it('keeps APQ texts within their byte budget, two bytes a character when a text needs them', async () => {
    const { cache } = persistedQueriesOptions(1_000_000);
    for (let i = 0; i < 200; i++) await cache.set(`apq:${i}`, `${commented(i, 10_000)}ü`);
    expect(cache.bytes).toBeLessThanOrEqual(1_000_000);
    expect(cache.size).toBeLessThanOrEqual(1_000_000 / 10_000);
    for (let i = 0; i < 200; i++) await cache.set(`apq:w${i}`, `{ a${i}: __typename } # ${'ł'.repeat(10_000)}`);
    expect(cache.size).toBeLessThanOrEqual(1_000_000 / 20_000);
  });

  it('keeps nothing when the budget is 0', () => {
    expect(createDocumentStore(0)).toBeNull();
  });
});
