import { fromProjectRoot } from '../../../infra/project-paths.js';
import { extractDraft } from '../extract-article.js';
import type { DraftClaim } from '../extraction.types.js';
import { readKnownTaxonomy } from '../known-taxonomy-files.js';
import { claimFeatures, claimWords, type ClaimUnit } from './claim-features.js';
import { ClaimKindClassifier, type ClaimKindModel } from './claim-kind-model.js';
import { CLAIM_KIND_WEIGHTS } from './claim-kind-weights.js';
import { reviseClaims } from './claim-revision.js';
import { trainLogisticRegression } from './logistic-regression.js';

const known = readKnownTaxonomy(fromProjectRoot('seeds/taxonomy'));

const unit = (text: string, over: Partial<ClaimUnit> = {}): ClaimUnit => ({
  text,
  ruleKind: 'fact',
  block: 'paragraph',
  heading: '',
  mentions: [],
  position: 0.5,
  readings: 1,
  hasTechnology: true,
  hasCriterion: false,
  ...over,
});

describe('claim features', () => {
  it('names technologies by their role and folds numbers, so no article topic becomes a word', () => {
    const text = 'Quillstore replicates 3 times faster than Bramblecache at 40% load';
    const words = claimWords({ text, mentions: [{ index: 0, end: 10, role: 'self' }, { index: text.indexOf('Bramble'), end: text.indexOf(' at'), role: 'pair' }] });
    expect(words).toEqual(['tself', 'replicates', '<num>', 'times', 'faster', 'than', 'tpair', 'at', '<pct>', 'load']);
  });

  it('marks comparative wording, negation and the rules’ kind, and leaves out words the model does not keep', () => {
    const features = claimFeatures(unit('Quillstore is not cheaper than its rival', { ruleKind: 'pro', heading: 'Pricing' }), (w) => w !== 'rival');
    expect(features).toEqual(expect.arrayContaining(['cue:cmp', 'cue:neg', 'rk:pro', 'blk:paragraph', 'h:pricing', 'w:cheaper']));
    expect(features).not.toContain('w:rival');
    expect(claimFeatures(unit('Quillstore stores rows on disk'))).not.toContain('cue:cmp');
  });
});

describe('logistic regression', () => {
  const examples = [
    ...Array.from({ length: 6 }, () => ({ features: ['bias', 'w:lovely'], label: 'pro' })),
    ...Array.from({ length: 6 }, () => ({ features: ['bias', 'w:awful'], label: 'con' })),
  ];
  const settings = { epochs: 8, l2: 0.001, learningRate: 0.2, seed: 5 };

  it('learns a separable toy problem and gives the same weights for the same seed', () => {
    const weights = trainLogisticRegression(examples, ['pro', 'con'], settings);
    expect(trainLogisticRegression(examples, ['pro', 'con'], settings)).toEqual(weights);
    const model: ClaimKindModel = { classes: ['pro', 'con'], vocabulary: [], weights, thresholds: { drop: 1, rekind: 1 } };
    const classifier = new ClaimKindClassifier(model);
    expect(classifier.predict(['bias', 'w:lovely'])[0]).toBeGreaterThan(0.8);
    expect(classifier.predict(['bias', 'w:awful'])[1]).toBeGreaterThan(0.8);
  });
});

describe('the committed model', () => {
  const classifier = new ClaimKindClassifier(CLAIM_KIND_WEIGHTS);

  it('loads from the committed weights, stays small, and predicts the same distribution every time', () => {
    expect(CLAIM_KIND_WEIGHTS.classes).toContain('none');
    expect(JSON.stringify(CLAIM_KIND_WEIGHTS).length).toBeLessThan(1024 * 1024);
    const features = classifier.features(unit('Quillstore is a document database written in Zig', { mentions: [{ index: 0, end: 10, role: 'self' }] }));
    const first = classifier.predict(features);
    expect(new ClaimKindClassifier(CLAIM_KIND_WEIGHTS).predict(features)).toEqual(first);
    expect(first.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(first).toHaveLength(CLAIM_KIND_WEIGHTS.classes.length);
  });
});

describe('the post-pass', () => {
  const claim = (kind: DraftClaim['kind'], key: string, extra: Partial<DraftClaim> = {}): DraftClaim => ({ key, kind, statement: 's', quote: `${key} quote`, technology: 'quillstore', ...extra });
  const classes = ['none', 'pro', 'fact', 'verdict', 'rating'];

  it('drops a claim likely unlisted, re-kinds among confusable kinds, and never re-kinds a rating', () => {
    const claims = [claim('pro', 'pro-a'), claim('pro', 'pro-b'), claim('fact', 'fact-c'), claim('rating', 'rating-d', { rating: '4/5', score: 0.8 })];
    const p = [
      [0.9, 0.05, 0.05, 0, 0],
      [0.05, 0.05, 0.9, 0, 0],
      [0, 0.05, 0.05, 0.9, 0],
      [0, 0, 0.95, 0.05, 0],
    ];
    const revised = reviseClaims(claims, p, classes, { drop: 0.8, rekind: 0.8 });
    expect(revised.map((c) => [c.kind, c.key])).toEqual([
      ['fact', 'fact-b'],
      ['verdict', 'verdict-c'],
      ['rating', 'rating-d'],
    ]);
    expect(revised[1]).toMatchObject({ outcome: 'win', winner: 'quillstore', criterion: 'overall' });
  });

  it('is switchable: a classifier sure of `none` drops all but the comparisons the rules read, `off` keeps the rules’ claims', () => {
    const article = '# Quillstore vs Bramblecache\n\nQuillstore is much faster than Bramblecache for small writes.\n\nBramblecache lacks a query language.\n';
    const dropAll = new ClaimKindClassifier({ classes: ['none', 'pro'], vocabulary: [], weights: { bias: [5, 0] }, thresholds: { drop: 0.9, rekind: 1.1 } });
    const rules = extractDraft(article, 'markdown', known, { classifier: 'off' }).claims;
    expect(rules.length).toBeGreaterThan(1);
    expect(rules.some((c) => c.kind === 'verdict')).toBe(true);
    // a verdict naming both sides stays as the rules read it; every other claim goes
    const kept = extractDraft(article, 'markdown', known, { classifier: dropAll }).claims;
    expect(kept.map((c) => c.quote)).toEqual(rules.filter((c) => c.kind === 'verdict' && c.quote.includes('Quillstore') && c.quote.includes('Bramblecache')).map((c) => c.quote));
    expect(kept.length).toBeLessThan(rules.length);
  });
});
