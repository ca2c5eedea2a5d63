import { DomainError } from '../../common/errors/domain-error.js';
import { checkQuoteAt, editedFields, finalDecisions, publishInput } from './draft-rules.js';
import type { ClaimFields, DraftClaimRecord, StoredDraft } from './drafts.types.js';

const body = 'Go is fast. Rust is safe. Go is fast.';
const fields = (over: Partial<ClaimFields> = {}): ClaimFields => ({ kind: 'pro', statement: 'Go is fast', quote: 'Go is fast', start: 26, end: 36, technology: 'go', ...over });
const record = (key: string, decision: DraftClaimRecord['decision'], claim = fields()): DraftClaimRecord => ({ key, position: 0, origin: 'drafted', decision, edited: [], claim, drafted: claim });
const draft = (claims: DraftClaimRecord[]): StoredDraft => ({
  id: 1, version: 1, status: 'open', format: 'text', createdBy: 'x', createdAt: new Date(), updatedAt: new Date(), publishedAt: null, publishedSlug: null,
  source: { slug: 's', title: 'T', author: null, publisher: null, publishedAt: null, url: null, compares: ['go', 'rust-lang'] },
  body,
  claims,
  proposals: {
    technologies: [{ slug: 'rust-lang', name: 'Rust', kind: 'language', aliases: [], keywords: [], mapTo: 'rust', decided: true }],
    criteria: [{ slug: 'speedy', name: 'Speedy', kind: 'performance', aliases: [], keywords: [], mapTo: null, decided: false }, { slug: 'unused', name: 'Unused', aliases: [], keywords: [], mapTo: null, decided: true }],
    useCases: [],
  },
});

describe('draft rules', () => {
  it('checks the quote against the text between its offsets', () => {
    expect(() => checkQuoteAt(body, { quote: 'Rust is safe', start: 12, end: 24 })).not.toThrow();
    expect(() => checkQuoteAt(body, { quote: 'Rust is safe', start: 13, end: 25 })).toThrow(expect.objectContaining({ code: 'QUOTE_MISMATCH' }));
    expect(() => checkQuoteAt(body, { quote: 'x', start: 40, end: 41 })).toThrow(DomainError);
  });

  it.each([
    ['nothing', {}, []],
    ['statement and criterion', { statement: 'Go is quick', criterion: 'speed' }, ['statement', 'criterion']],
    ['the same quote at another occurrence', { start: 0, end: 10 }, ['quote']],
    ['an empty list for an absent one', { qualifiers: [] }, []],
  ])('records the edited fields: %s', (_case, change, expected) => {
    expect(editedFields(fields(), fields(change as Partial<ClaimFields>)).sort()).toEqual([...expected].sort());
  });

  it('refuses pending claims without an instruction, and resolves them with one', () => {
    const d = draft([record('a', 'accepted'), record('b', 'pending'), record('c', 'rejected')]);
    expect(() => finalDecisions(d)).toThrow(expect.objectContaining({ code: 'PENDING_CLAIMS' }));
    expect(Object.fromEntries(finalDecisions(d, 'accept'))).toEqual({ a: 'accepted', b: 'accepted', c: 'rejected' });
    expect(Object.fromEntries(finalDecisions(d, 'reject'))).toEqual({ a: 'accepted', b: 'rejected', c: 'rejected' });
  });

  it('publishes accepted claims only, with mapped slugs, occurrences and the new entries they use', () => {
    const d = draft([record('a', 'accepted', fields({ criterion: 'speedy', winner: null })), record('b', 'rejected', fields({ technology: 'rust-lang', start: 0, end: 10 }))]);
    const input = publishInput(d, new Map([['a', 'accepted'], ['b', 'rejected']]));
    expect(input.source).toMatchObject({ slug: 's', compares: ['go', 'rust'], body });
    expect(input.claims).toEqual([{ key: 'a', kind: 'pro', statement: 'Go is fast', quote: 'Go is fast', occurrence: 2, technology: 'go', criterion: 'speedy' }]);
    expect(input.taxonomy?.technologies).toEqual([]);
    expect(input.taxonomy?.criteria?.map((c) => c.slug)).toEqual(['speedy']);
  });
});
