import { terms } from '../../common/text/match-terms.js';
import { needText, TermWeights } from './need-matching.js';
import { BROADER_FACTOR, SYNONYM_FACTOR } from './need-expansion.js';
import {
  MIN_ROUTE_COVERAGE, pairAndAbove, type RankedSource, route, routedCandidateOf, routedWins, ROUTE_SYNONYM_WEIGHT, routeWords, SENTENCE_THROUGH, sentenceEvidence, sentenceMatches, sentencesOf, type SideNames,
} from './source-routing.js';
import { articleSentences } from './source-routing.js';

const identity = (id: number) => id;
const source = (sourceId: number, score: number, compared: number[], matched = score): RankedSource => ({ sourceId, score, matched, keys: [], compared });

describe('source routing', () => {
  it('searches the need its own words at full weight and their synonyms at a lower one, under the need term; broader terms not', () => {
    const need = needText('a cheap warehouse');
    const [cheap, warehouse] = terms('cheap warehouse');
    const alternatives = new Map([[cheap, [{ term: terms('inexpensive')[0], factor: SYNONYM_FACTOR, word: 'inexpensive' }, { term: 'good', factor: BROADER_FACTOR, word: 'good' }]]]);
    expect(routeWords(need, [cheap, warehouse], alternatives)).toEqual([
      { key: cheap, word: 'cheap', weight: 1 },
      { key: cheap, word: 'inexpensive', weight: ROUTE_SYNONYM_WEIGHT },
      { key: warehouse, word: 'warehouse', weight: 1 },
    ]);
    expect(ROUTE_SYNONYM_WEIGHT).toBeLessThan(1);
  });

  it("routes to the best source's pair only, reading the other sources of that pair too", () => {
    const r = route([source(2, 9, [13, 14]), source(1, 10, [11, 12]), source(3, 5, [12, 11]), source(4, 4, [11, 15])], 20, identity);
    expect([...(r?.candidates ?? [])].sort()).toEqual([11, 12]);
    expect(r?.sourceIds).toEqual([1, 3]);
    expect(r?.coverage).toBeCloseTo(0.5);
  });

  it('routes a technology to the compared technology it counts for', () => {
    const r = route([source(1, 10, [21, 12])], 10, (id) => (id === 21 ? 11 : id));
    expect([...(r?.candidates ?? [])].sort()).toEqual([11, 12]);
  });

  it('routes nowhere when the best source speaks to too little of the need, or nothing matched', () => {
    expect(route([source(1, 10, [11, 12], MIN_ROUTE_COVERAGE * 10 - 0.1)], 10, identity)).toBeNull();
    expect(route([source(1, 10, [11, 12], MIN_ROUTE_COVERAGE * 10 + 0.1)], 10, identity)).not.toBeNull();
    expect(route([], 10, identity)).toBeNull();
    expect(route([source(1, 5, [11, 12])], 0, identity)).toBeNull();
  });

  it('does not route to a source comparing nothing the knowledge base counts', () => {
    expect(route([source(1, 10, [11])], 10, () => null)).toBeNull();
  });
});

describe('article sentences within a routed pair', () => {
  const weights = new TermWeights([terms('kettle boils water quickly'), terms('teapot keeps tea warm'), terms('kettle teapot'), terms('both are sold in shops')]);
  const sides: SideNames[] = [
    { technologyId: 1, names: [terms('Kettle')] },
    { technologyId: 2, names: [terms('Teapot')] },
  ];

  it('splits text at sentence ends, line breaks and list bullets', () => {
    expect(sentencesOf('First one. Second one!\n- third item\n\n# Heading')).toEqual(['First one.', 'Second one!', 'third item', 'Heading']);
  });

  it('keeps sentences that match the need and name exactly one side; a denial counts against the side it names', () => {
    const need = needText('water that boils fast');
    const topical = [...new Set(need.terms)];
    const text = 'The Kettle boils water in a minute. The Teapot does not boil water. Kettle and Teapot both hold water. Nothing here boils.';
    const found = sentenceMatches(topical, weights, new Map(), [text], sides);
    expect(found.map((m) => [m.technologyId, m.supports])).toEqual([[1, true], [2, false]]);
  });

  it('counts a sentence for the side it names and against the other side of a pair', () => {
    const items = sentenceEvidence([{ sentence: 'x', technologyId: 1, supports: true, coverage: 1 }], sides);
    expect(items).toEqual(expect.arrayContaining([
      expect.objectContaining({ technologyId: 1, supports: true, through: SENTENCE_THROUGH }),
      expect.objectContaining({ technologyId: 2, supports: false, through: SENTENCE_THROUGH }),
    ]));
    expect(items[0].weight).toBeGreaterThan(0);
  });

  it('finds nothing when no sentence shares a word with the need', () => {
    const need = needText('quarterly tax filing');
    expect(sentenceMatches([...new Set(need.terms)], weights, new Map(), ['The Kettle boils water.'], sides)).toEqual([]);
  });
  describe('named technologies within a routed pair', () => {
    // 1 platform; 2 and 3 the routed pair (2 a child of the platform); 4, 5 another pair;
    // 6 a library of 4 (parent); 7 a runtime tied by mentions to 2; 8 a format tied to 4; 9 tied to the platform; 10 a tool of the platform.
    const parents = new Map<number, number>([[2, 1], [6, 4], [10, 1]]);
    const parentOf = (id: number) => parents.get(id) ?? null;
    const compared = new Set([1, 2, 3, 4, 5]);
    const ancestorOf = (id: number) => (compared.has(id) ? id : id === 6 ? 4 : id === 10 ? 1 : null);
    const ties = new Map([[7, 2], [8, 4], [9, 1]]);
    const candidateOf = (id: number) => ancestorOf(id) ?? ties.get(id) ?? null;
    const above = pairAndAbove([2, 3], parentOf);

    it('counts the pair and what stands above its sides as the pair', () => {
      expect([...above].sort()).toEqual([1, 2, 3]);
      expect([...pairAndAbove([6], parentOf)].sort()).toEqual([4, 6]);
    });

    it('keeps a side, a descendant and a tie to another pair; drops a mere tie to the pair or its platform', () => {
      const sideOf = routedCandidateOf(candidateOf, ancestorOf, new Set(), new Set([2, 3]), above);
      expect([2, 6, 8, 7, 9].map(sideOf)).toEqual([2, 4, 4, null, null]);
    });

    it('counts a tool of the platform above a side for no side', () => {
      expect(routedCandidateOf(candidateOf, ancestorOf, new Set(), new Set([2, 3]), above)(10)).toBeNull();
    });

    it('routes a need whose claims across pairs favour the platform above the pair', () => {
      const across = { topics: [], mentions: [], evidence: [], net: new Map([[1, 2]]), favours: [1], reason: null };
      const routed = { sourceIds: [9], candidates: new Set([2, 3]), coverage: 0.5, standing: new Map([[1, 0.95], [4, 0.95]]) };
      expect(routedWins(across, routed)).toBe(false);
      expect(routedWins(across, routed, above)).toBe(true);
      expect(routedWins({ ...across, net: new Map([[4, 2]]), favours: [4] }, routed, above)).toBe(false);
    });

    it('lets the routed pair decide a need the claims of every pair leave undecided', () => {
      const routed = { sourceIds: [9], candidates: new Set([2, 3]), coverage: 0.5, standing: new Map([[4, 0.95]]) };
      const undecided = { topics: [], mentions: [], evidence: [], net: new Map([[4, 0.1], [5, 0.1]]), favours: [], reason: 'the evidence does not favour one technology clearly' };
      expect(routedWins(undecided, routed)).toBe(true);
      expect(routedWins({ ...undecided, net: new Map([[2, 1]]), favours: [2], reason: null }, routed)).toBe(false);
    });

    it('keeps a tie to the pair when the need states it as a constraint', () => {
      expect(routedCandidateOf(candidateOf, ancestorOf, new Set([7]), new Set([2, 3]), above)(7)).toBe(2);
    });
  });
});

describe('articles split once', () => {
  const weights = TermWeights.withCounted([terms('water boils fast'), terms('kettle'), terms('teapot')], { documents: 10, frequencies: new Map() });
  const sides: SideNames[] = [
    { technologyId: 1, names: [terms('Kettle')] },
    { technologyId: 2, names: [terms('Teapot')] },
  ];

  it('matches the same sentences whether an article comes as text or split by articleSentences', () => {
    const topical = [...new Set(needText('water that boils fast').terms)];
    const texts = ['The Kettle boils water fast.\n- The Teapot boils no water', 'The Kettle boils water fast. A Teapot has a lid.'];
    const fromText = sentenceMatches(topical, weights, new Map(), texts, sides);
    expect(fromText.map((m) => m.sentence)).toEqual(['The Kettle boils water fast.', 'The Teapot boils no water']);
    expect(sentenceMatches(topical, weights, new Map(), texts.map(articleSentences), sides)).toEqual(fromText);
    expect(articleSentences('The Kettle boils.')).toEqual([{ sentence: 'The Kettle boils.', terms: terms('The Kettle boils.') }]);
  });
});
