import { fromProjectRoot } from '../../../infra/project-paths.js';
import { extractDraft } from '../extract-article.js';
import type { DraftClaim } from '../extraction.types.js';
import { readKnownTaxonomy } from '../known-taxonomy-files.js';
import { draftedCandidates } from './candidate-sentences.js';
import { ClaimKindClassifier } from './claim-kind-model.js';

const known = readKnownTaxonomy(fromProjectRoot('seeds/taxonomy'));

const ARTICLE = [
  '# Quillstore vs Bramblecache',
  '',
  '## Quillstore',
  '',
  'Quillstore keeps every table in one file on disk. Quillstore is much faster than Bramblecache for small writes.',
  '',
  'What does Quillstore cost to run?',
  '',
  'Quillstore ships three storage modes:',
  '',
  '- Quillstore keeps an in-memory index of recent rows',
  '- Quillstore mirrors each page to a second disk',
  '',
  '## Bramblecache',
  '',
  'In this article we compare how Bramblecache handles eviction.',
  '',
  'Bramblecache stores values as opaque byte strings. Most people learn it in an afternoon.',
  '',
  '## Related posts',
  '',
  'Most people learn Bramblecache in an afternoon or two.',
].join('\n');

function rulesAndCandidates() {
  let seen: { rules: DraftClaim[]; candidates: DraftClaim[] } = { rules: [], candidates: [] };
  const draft = extractDraft(ARTICLE, 'markdown', known, { classifier: 'off', onRuleClaims: (rules, _units, candidates) => (seen = { rules, candidates: candidates.claims }) });
  return { draft, ...seen };
}

describe('candidates the rules left undrafted', () => {
  it('are the verbatim sentences the rules drafted nothing from, about the technology the text is about', () => {
    const { draft, rules, candidates } = rulesAndCandidates();
    const quote = 'Most people learn it in an afternoon.';
    expect(rules.map((c) => c.quote)).not.toContain(quote);
    const candidate = candidates.find((c) => c.quote === quote);
    // "it" continues the sentence before, about Bramblecache
    expect(candidate?.technology).toBe('bramblecache');
    for (const c of candidates) {
      const at = draft.source.body.indexOf(c.quote);
      expect(draft.source.body.slice(at, at + c.quote.length)).toBe(c.quote);
      expect(rules.some((r) => r.quote.includes(c.quote) || c.quote.includes(r.quote))).toBe(false);
    }
  });

  it('leave out questions, lead-ins, the article talking about itself, and page furniture', () => {
    const quotes = rulesAndCandidates().candidates.map((c) => c.quote);
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.some((q) => q.endsWith('?') || q.endsWith(':'))).toBe(false);
    expect(quotes.some((q) => q.startsWith('In this article'))).toBe(false);
    expect(quotes).not.toContain('Most people learn Bramblecache in an afternoon or two.');
  });

  it('are drafted only above the threshold, only as kinds needing no other field, with keys of their own', () => {
    const candidate = (key: string): DraftClaim => ({ key, kind: 'fact', statement: 's', quote: `${key} words here`, technology: 'quillstore' });
    const classes = ['none', 'pro', 'fact', 'use_case'];
    const drafted = draftedCandidates(
      [candidate('fact-quillstore-a'), candidate('fact-quillstore-b'), candidate('fact-quillstore-c'), candidate('fact-quillstore-d')],
      [
        [0.1, 0.8, 0.1, 0],
        [0.4, 0.3, 0.3, 0],
        [0.05, 0, 0.05, 0.9],
        [0.1, 0.9, 0, 0],
      ],
      classes,
      0.7,
      [{ key: 'pro-quillstore-d', kind: 'pro', statement: 's', quote: 'q', technology: 'quillstore' }],
      () => 'Quillstore',
    );
    expect(drafted.map((c) => [c.kind, c.key])).toEqual([
      ['pro', 'pro-quillstore-a'],
      ['pro', 'pro-quillstore-d-2'],
    ]);
    expect(drafted[0].statement).toBe('An advantage of Quillstore: fact-quillstore-a words here.');
  });

  it('reach the draft only with a classifier that sets a candidate threshold; the rules alone draft none', () => {
    const surePro = (add?: number) => new ClaimKindClassifier({ classes: ['none', 'pro'], vocabulary: [], weights: { 'rk:candidate': [0, 5] }, thresholds: { drop: 1.1, rekind: 1.1, add } });
    const quote = 'Most people learn it in an afternoon.';
    const quotes = (classifier: ClaimKindClassifier | 'off') => extractDraft(ARTICLE, 'markdown', known, { classifier }).claims.map((c) => c.quote);
    expect(quotes(surePro(0.8))).toContain(quote);
    expect(quotes(surePro(undefined))).not.toContain(quote);
    expect(quotes('off')).not.toContain(quote);
  });
});
