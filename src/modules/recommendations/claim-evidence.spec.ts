import { claimTextEvidence, claimVotes, type ClaimTextInput, discussedTechnologies, focused, lookupTerms, rankClaims, type RelevantClaimRow } from './claim-evidence.js';
import { BROADER_FACTOR, SYNONYM_FACTOR } from './need-expansion.js';
import { needText, TermWeights } from './need-matching.js';
import { terms } from '../../common/text/match-terms.js';

const GRID = 1;
const VENDOR = 2;
const OTHER = 3;

let nextId = 100;
const row = (text: string, over: Partial<RelevantClaimRow> = {}): RelevantClaimRow => ({
  id: nextId++, sourceId: 1, kind: 'fact', technologyId: GRID, winnerId: null, outcome: null, qualified: false, negated: false,
  useCaseId: null, criterionId: null, terms: [...new Set(terms(text))], compared: [GRID, VENDOR], ...over,
});

/** A small knowledge base: the rarity of each word is counted over these texts and a filler. */
const texts = [
  'Grid supports complete SQL joins across caches',
  'Vendor does not support JOIN queries across caches or regions',
  'Grid supports cross-partition transactions',
  ...Array.from({ length: 40 }, (_, i) => `data system number ${i} runs fast with data`),
];
const weights = new TermWeights(texts.map((t) => terms(t)));
const input = (need: string, among: Set<number> | null = null): ClaimTextInput => ({
  need: needText(need), weights, technologyTerms: new Set(['grid', 'vendor']), topicTerms: new Map([['criterion:7', ['licens']]]), candidateOf: (id) => id, among,
});

describe('claim-text evidence', () => {
  it('asks the index only for content terms, never for technology names or common words', () => {
    expect(lookupTerms(needText('partition transactions over Grid data'), weights, new Set(['grid']))).toEqual(terms('partition transactions'));
  });

  it.each([
    ['a claim sharing two content terms', 'SQL joins between regions of the cache', 'Grid supports complete SQL joins across caches', true],
    ['a claim sharing only a common word', 'fast data for reports', 'data system number 1 runs fast with data', false],
    ['a claim sharing one term that covers little of the need', 'firmware for a washing transactions gadget', 'Grid supports cross-partition transactions', false],
  ])('%s is relevant: %s', (_label, need, claim, relevant) => {
    expect(rankClaims(input(need), [row(claim)]).length > 0).toBe(relevant);
  });

  it('counts a claim on a topic by the topic name too', () => {
    expect(rankClaims(input('a licensed project'), [row('Vendor is closed', { criterionId: 7 })]).map((s) => s.matched)).toEqual([['licens']]);
    expect(rankClaims(input('a licensed project'), [row('Vendor is closed')])).toEqual([]);
  });

  it.each([
    ['a verdict: for its winner, against the rest of its pair', { kind: 'verdict', outcome: 'WIN', winnerId: VENDOR }, [[VENDOR, 1], [GRID, -1]]],
    ['a verdict without a winner: nothing', { kind: 'verdict', outcome: 'TIE', winnerId: null }, []],
    ['a pro: for its subject, against the other side', { kind: 'pro' }, [[GRID, 1], [VENDOR, -1]]],
    ['a con: against its subject, for the other side', { kind: 'con' }, [[GRID, -1], [VENDOR, 1]]],
    ['a fact whose quote denies: against its subject', { kind: 'fact', negated: true, technologyId: VENDOR }, [[VENDOR, -1], [GRID, 1]]],
    ['a fact in a source of three technologies: only its subject', { kind: 'fact', compared: [GRID, VENDOR, OTHER] }, [[GRID, 1]]],
  ] as [string, Partial<RelevantClaimRow>, [number, number][]][])('%s', (_label, over, expected) => {
    expect(claimVotes(row('x', over)).map((v) => [v.technologyId, v.sign])).toEqual(expected);
  });

  it('turns the relevant claims into evidence for and against, and keeps to `among`', () => {
    const claims = [row('Grid supports complete SQL joins across caches', { kind: 'pro' }), row('Vendor does not support JOIN queries across caches or regions', { technologyId: VENDOR, negated: true })];
    const all = claimTextEvidence(input('SQL joins between regions of the cache'), claims);
    const net = (id: number) => all.filter((e) => e.technologyId === id).reduce((s, e) => s + (e.supports ? e.weight : -e.weight), 0);
    expect(net(GRID)).toBeGreaterThan(0);
    expect(net(VENDOR)).toBeLessThan(0);
    expect(claimTextEvidence(input('SQL joins between regions of the cache', new Set([GRID])), claims).every((e) => e.technologyId === GRID)).toBe(true);
  });

  it('gives nothing when no claim is about the need', () => {
    expect(claimTextEvidence(input('colour palette for a logo'), [row('Grid supports complete SQL joins across caches')])).toEqual([]);
  });

  it('lets only the sources that cover the need best vote: one shared rare word from another article does not', () => {
    const need = input('complete SQL joins and cross-partition transactions');
    const onTopic = [row('Grid supports complete SQL joins across caches'), row('Grid supports cross-partition transactions')];
    const elsewhere = row('Other offers complete SQL dashboards', { sourceId: 9, technologyId: OTHER, compared: [OTHER] });
    const ranked = rankClaims(need, [...onTopic, elsewhere]);
    expect(ranked.map((c) => c.row.sourceId)).toContain(9);
    expect(focused(ranked).map((c) => c.row.id).sort()).toEqual(onTopic.map((r) => r.id).sort());
    expect(claimTextEvidence(need, [...onTopic, elsewhere]).some((e) => e.technologyId === OTHER)).toBe(false);
  });

  it('lets a synonym of a need word stand in for it, at a discount', () => {
    const claim = row('Grid supports complete SQL joins across caches');
    const own = rankClaims(input('complete SQL joins'), [claim]);
    const need = input('thorough SQL joins');
    const alternatives = new Map([[terms('thorough')[0], [{ term: terms('complete')[0], factor: SYNONYM_FACTOR }]]]);
    expect(rankClaims(need, [claim])[0]?.coverage ?? 0).toBeLessThan(own[0].coverage);
    const widened = rankClaims({ ...need, alternatives }, [claim]);
    expect(widened[0].coverage).toBeGreaterThan(rankClaims(need, [claim])[0]?.coverage ?? 0);
    expect(widened[0].coverage).toBeLessThan(own[0].coverage);
  });

  it('never lets a broader term alone make a claim relevant, except within a pair', () => {
    const claim = row('Grid supports cross-partition transactions');
    const alternatives = new Map([[terms('sharded')[0], [{ term: terms('partition')[0], factor: BROADER_FACTOR }]], [terms('commits')[0], [{ term: terms('transactions')[0], factor: BROADER_FACTOR }]]]);
    expect(rankClaims({ ...input('sharded commits'), alternatives }, [claim])).toEqual([]);
    expect(rankClaims({ ...input('sharded commits', new Set([GRID, VENDOR])), alternatives }, [claim]).length).toBe(1);
  });

  it('counts a broader term towards coverage, never as a second term of the need the claim speaks to', () => {
    // one rare word the claim shares ("partition"), one generic hypernym ("nightly" -> "transactions"):
    // the single-term bar applies, as if the hypernym were not there
    const claim = row('Grid supports cross-partition transactions');
    const need = 'partition rebalancing nightly maintenance windows';
    const broader = new Map([[terms('nightly')[0], [{ term: terms('transactions')[0], factor: BROADER_FACTOR }]]]);
    const synonym = new Map([[terms('nightly')[0], [{ term: terms('transactions')[0], factor: SYNONYM_FACTOR }]]]);
    expect(rankClaims({ ...input(need), alternatives: broader }, [claim])).toEqual([]);
    expect(rankClaims({ ...input(need), alternatives: synonym }, [claim]).length).toBe(1);
  });

  it('within a pair, counts a claim sharing one rare word that covers little of a long need', () => {
    const need = 'partition rebalancing while nodes join slowly during nightly maintenance windows';
    const claim = row('Grid supports cross-partition transactions');
    expect(rankClaims(input(need), [claim])).toEqual([]);
    expect(rankClaims(input(need, new Set([GRID, VENDOR])), [claim]).length).toBe(1);
  });

  it('names as discussed the technologies of every source covering at least half of the best source', () => {
    const need = input('complete SQL joins over cross-partition transactions');
    const onTopic = [row('Grid supports complete SQL joins across caches'), row('Grid supports cross-partition transactions')];
    const partly = row('Other offers cross-partition transactions and SQL joins', { sourceId: 9, technologyId: OTHER, compared: [OTHER] });
    const barely = row('Another has SQL dashboards, with fast data joins', { sourceId: 10, technologyId: 4, compared: [4] });
    expect(discussedTechnologies(need, [...onTopic, partly, barely]).sort()).toEqual([GRID, VENDOR, OTHER].sort());
  });
  it('turns a claim that speaks to what the need refuses against its subject', () => {
    const claim = row('Grid supports cross-partition transactions', { kind: 'pro' });
    const wanted = claimTextEvidence(input('cross-partition transactions are required'), [claim]);
    const refused = claimTextEvidence(input('our ledger must work with no cross-partition transactions'), [claim]);
    expect(wanted.find((e) => e.technologyId === GRID)?.supports).toBe(true);
    expect(refused.find((e) => e.technologyId === GRID)?.supports).toBe(false);
    expect(refused.find((e) => e.technologyId === VENDOR)?.supports).toBe(true);
  });

  it('counts a claim that itself denies what the need refuses for its subject, whatever its kind', () => {
    const need = input('our ledger must work with no cross-partition transactions');
    for (const kind of ['pro', 'con', 'fact']) {
      const denies = row('Grid runs without cross-partition transactions', { kind, negated: true });
      const evidence = claimTextEvidence(need, [denies]);
      expect(evidence.find((e) => e.technologyId === GRID)?.supports).toBe(true);
      expect(evidence.find((e) => e.technologyId === VENDOR)?.supports).toBe(false);
    }
  });
});
