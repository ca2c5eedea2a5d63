import { stem, terms } from '../../common/text/match-terms.js';
import { matchVocabulary, mentionRole, needText, phraseStrength, refusedTerms, TermWeights, textStrength, type VocabularyEntry } from './need-matching.js';

describe('stem', () => {
  it.each([
    ['automating', 'autom'],
    ['automation', 'autom'],
    ['automate', 'autom'],
    ['computing', 'comput'],
    ['compute', 'comput'],
    ['processes', 'process'],
    ['processing', 'process'],
    ['libraries', 'library'],
    ['panels', 'panel'],
    ['class', 'class'],
    ['api', 'api'],
    ['2026', '2026'],
  ])('%s -> %s', (word, expected) => expect(stem(word)).toBe(expected));
});

describe('terms', () => {
  it.each([
    ['Node.js for real-time chat', ['nodej', 'real', 'time', 'chat']],
    ['ML APIs', ['machin', 'learn', 'apis']],
    ['I/O-bound workloads', ['io', 'bound', 'workload']],
    ['the best of both', ['both']],
    ['Realtime apps', ['real', 'time', 'applic']],
  ])('%s', (text, expected) => expect(terms(text)).toEqual(expected));
});

/** A corpus where "platform" is everywhere and "dataframe" rare. */
const weights = new TermWeights([
  ...Array.from({ length: 20 }, (_, i) => terms(`platform service backend number ${i}`)),
  terms('dataframe library'),
  terms('video streaming'),
  terms('admin panel'),
]);

describe('phraseStrength', () => {
  it.each([
    ['exact two-word phrase', 'a video streaming site', 'video streaming', 'name', 'exact'],
    ['words apart: partial', 'streaming of our video', 'video streaming', 'name', 'partial'],
    ['one word of a two-word phrase: nothing', 'video calls', 'video streaming', 'name', 0],
    ['a technology name is specific', 'use pandas', 'pandas', 'technology-name', 1],
    ['no shared word', 'firmware', 'admin panel', 'keyword', 0],
  ])('%s', (_label, need, phrase, role, expected) => {
    const { strength } = phraseStrength(needText(need), phrase, weights, role as 'name');
    const exact = phraseStrength(needText(phrase), phrase, weights, role as 'name').strength;
    if (expected === 'exact') {
      expect(strength).toBe(exact);
      expect(strength).toBeGreaterThan(0.5);
    } else if (expected === 'partial') {
      expect(strength).toBeGreaterThan(0);
      expect(strength).toBeLessThan(exact);
    } else {
      expect(strength).toBeCloseTo(expected as number, 3);
    }
  });

  it('weighs a common single-word keyword far below a rare one', () => {
    const common = phraseStrength(needText('a platform'), 'platform', weights, 'keyword').strength;
    const rare = phraseStrength(needText('a dataframe'), 'dataframe', weights, 'keyword').strength;
    expect(common).toBeLessThan(rare / 2);
  });
});

describe('matchVocabulary', () => {
  const entry = (slug: string, names: string[], keywords: string[] = [], kind: VocabularyEntry['kind'] = 'use_case'): VocabularyEntry => ({ kind, id: slug.length, slug, name: names[0], names, keywords });
  const entries = [entry('streaming', ['Streaming', 'video streaming']), entry('admin-panels-cms', ['admin panels/CMS'], ['back office']), { ...entry('react', ['React'], [], 'technology'), commonWordNames: new Set(['react']) }];

  it.each([
    ['a video streaming platform', ['streaming']],
    ['our back office', ['admin-panels-cms']],
    ['we react to events', []],
    ['a React frontend', ['react']],
    ['a washing machine', []],
  ])('%s', (need, slugs) => expect(matchVocabulary(needText(need), entries, weights).map((m) => m.entry.slug)).toEqual(slugs));
});

describe('textStrength', () => {
  it.each([
    ['most of the need in the claim', 'video streaming platform', 'Node.js suits video streaming platforms', true],
    ['one common word only', 'video calls platform', 'an AI platform', false],
    ['words the sources never use dilute the match', 'quantum qubit compiler platform', 'platform service', false],
  ])('%s', (_label, need, claim, matches) => {
    expect(textStrength(needText(need), new Set(terms(claim)), weights).strength > 0).toBe(matches);
  });
});

describe('mentionRole', () => {
  it.each([
    ['our team only knows JavaScript', ['javascript'], { negated: false, constraint: true }],
    ['we would rather not use Python', ['python'], { negated: true, constraint: false }],
    ['a Python data pipeline', ['python'], { negated: false, constraint: false }],
    ["we don't want Python", ['python'], { negated: true, constraint: false }],
    ['we already run Terraform in production', ['terraform'], { negated: false, constraint: true }],
  ])('%s', (need, words, expected) => expect(mentionRole(needText(need), words)).toEqual(expected));
});

describe('refusedTerms', () => {
  it.each([
    ['the hospital forbids closed licensed firmware on its pumps', ['closed', 'licensed', 'firmware']],
    ['a ledger with no manual reconciliation step', ['manual', 'reconciliation', 'step']],
    ["we don't want nightly batch windows", ['want', 'nightly', 'batch']],
    ['fast nightly batch windows for the ledger', []],
  ])('%s refuses %j', (need, refused) => {
    expect([...refusedTerms(needText(need))].sort()).toEqual(refused.flatMap((w) => terms(w)).sort());
  });
});
