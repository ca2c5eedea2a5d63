import { rankByBm25, TS_RANK_PER_OCCURRENCE, type WordHits } from './source-ranking.js';

const bm25 = { k1: 1.2, b: 0.75 };
/** Hits of a word: [source id, occurrences, vector length] per source using it. */
const hits = (rarity: number, per: [number, number, number][], usable = true): WordHits => ({
  usable, rarity,
  sourceIds: Int32Array.from(per.map((p) => p[0])),
  ranks: Float32Array.from(per.map((p) => p[1] * TS_RANK_PER_OCCURRENCE)),
  lengths: Int32Array.from(per.map((p) => p[2])),
});
/** BM25 of one word in one source, as the formula reads. */
const expected = (weight: number, occurrences: number, length: number, mean: number) => {
  const tf = Math.fround(occurrences * TS_RANK_PER_OCCURRENCE) / TS_RANK_PER_OCCURRENCE;
  return (weight * tf * (bm25.k1 + 1)) / (tf + bm25.k1 * (1 - bm25.b + (bm25.b * length) / mean));
};

describe('rankByBm25', () => {
  it('sums per need term the best of its words, saturated by frequency and normalised by length, best source first', () => {
    const words = [
      { key: 'kettl', word: 'kettle', weight: 1 },
      { key: 'kettl', word: 'boiler', weight: 0.2 },
      { key: 'steam', word: 'steam', weight: 1 },
    ];
    const found = new Map([
      ['kettle', hits(2, [[1, 3, 100], [2, 1, 50]])],
      ['boiler', hits(3, [[2, 9, 50], [3, 4, 100]])],
      ['steam', hits(1, [[1, 1, 100], [3, 2, 200]])],
    ]);
    const { rows, possible } = rankByBm25(words, found, 100, bm25, 10);
    expect(possible).toBeCloseTo(2 + 1);
    const one = expected(2, 3, 100, 100) + expected(1, 1, 100, 100);
    const two = Math.max(expected(2, 1, 50, 100), expected(0.6, 9, 50, 100));
    const three = expected(0.6, 4, 100, 100) + expected(1, 2, 200, 100);
    expect(rows.map((r) => r.sourceId)).toEqual([one, two, three].map((s, i) => [s, i + 1] as const).sort((a, b) => b[0] - a[0]).map(([, id]) => id));
    expect(rows.find((r) => r.sourceId === 1)).toEqual({ sourceId: 1, score: one, matched: 3, keys: ['kettl', 'steam'] });
    expect(rows.find((r) => r.sourceId === 2)).toEqual({ sourceId: 2, score: two, matched: 2, keys: ['kettl'] });
    expect(rows.find((r) => r.sourceId === 3)?.matched).toBeCloseTo(0.6 + 1);
  });

  it('keeps the best `limit`, ties by source id; a word that makes no query counts nowhere, one no source uses still counts as possible', () => {
    const words = [
      { key: 'kettl', word: 'kettle', weight: 1 },
      { key: 'the', word: 'the', weight: 1 },
      { key: 'rare', word: 'rare', weight: 1 },
    ];
    const found = new Map([
      ['kettle', hits(2, [[7, 1, 100], [5, 1, 100], [6, 1, 100]])],
      ['the', hits(9, [], false)],
      ['rare', hits(4, [])],
    ]);
    const { rows, possible } = rankByBm25(words, found, 100, bm25, 2);
    expect(rows.map((r) => r.sourceId)).toEqual([5, 6]);
    expect(possible).toBe(6);
  });
});
