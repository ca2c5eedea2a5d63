/**
 * BM25 over the sources' stored full-text vectors, from what the database read once per word
 * (its rarity over the sources; per source using it, `ts_rank_cd` and the vector's length) and
 * kept per data version: ranking the sources for a need then reads no article. Bench:scale at
 * 10,000 sources: the words of a need occur in most of them, and ranking them in SQL on every
 * request (a detoasted vector per source and word) took most of a recommendation's 475 ms p95.
 * The arithmetic is the SQL's it replaces, operation for operation, so scores are the same floats
 * (a source's sum over the need's terms may add them in another order: the last bit at most).
 */
import type { RankedSource, RouteWord } from './source-routing.js';

/** What `ts_rank_cd` gives a one-word query per occurrence in a stored vector (the default weight of an unlabelled position). */
export const TS_RANK_PER_OCCURRENCE = 0.1;

/** What the database read for one word, as `plainto_tsquery('english', word)` queries the sources' vectors. */
export interface WordHits {
  /** False when the word makes no query (a stop word): it then counts nowhere, not even in what is possible. */
  usable: boolean;
  /** ln(1 + (N - n + 0.5) / (n + 0.5)) over the N sources, n of which use the word (computed by the database). */
  rarity: number;
  /** The sources using it, ascending, with `ts_rank_cd(vector, query, 0)` (a float4) and the vector's length at the same index. */
  sourceIds: Int32Array;
  ranks: Float32Array;
  lengths: Int32Array;
}

/** Bytes a word's hits hold (what a cache of them is bounded by). */
export function wordHitsBytes(hits: WordHits): number {
  return 64 + hits.sourceIds.byteLength + hits.ranks.byteLength + hits.lengths.byteLength;
}

/**
 * The sources most relevant to a need's words, best first, at most `limit`, by BM25: per need
 * term (`key`), the best of its words (its own, its alternatives at their `weight`) counts the
 * word's rarity times how often the source uses it, saturated and normalised by the source's
 * length (`meanLength`); summed over the terms. `matched` is what the source's terms weigh
 * without their frequency, `possible` what every term of the need weighs. A word missing from
 * `hits` counts as one no source uses and that makes no query.
 */
export function rankByBm25(
  words: readonly RouteWord[], hits: ReadonlyMap<string, WordHits>, meanLength: number, bm25: { k1: number; b: number }, limit: number,
): { rows: Omit<RankedSource, 'compared'>[]; possible: number } {
  const mean = meanLength || 1;
  const saturation = bm25.k1 + 1;
  const used = words.flatMap((w) => {
    const h = hits.get(w.word);
    return h?.usable ? [{ key: w.key, weight: w.weight * h.rarity, hits: h }] : [];
  });
  // Per need term, in key order (the order the database summed a source's terms in): its best
  // weight, and per source id (dense arrays: ids are a sequence) its best matched weight and score.
  const keys = [...new Set(used.map((u) => u.key))].sort();
  const size = 1 + Math.max(0, ...used.map((u) => u.hits.sourceIds[u.hits.sourceIds.length - 1] ?? 0));
  const perKey = keys.map(() => ({ weight: -Infinity, seen: new Uint8Array(size), matched: new Float64Array(size), score: new Float64Array(size) }));
  const index = new Map(keys.map((k, i) => [k, i]));
  for (const { key, weight, hits: h } of used) {
    const k = perKey[index.get(key)!];
    if (weight > k.weight) k.weight = weight;
    for (let i = 0; i < h.sourceIds.length; i++) {
      const id = h.sourceIds[i];
      const tf = h.ranks[i] / TS_RANK_PER_OCCURRENCE;
      const score = (weight * tf * saturation) / (tf + bm25.k1 * (1 - bm25.b + (bm25.b * h.lengths[i]) / mean));
      if (!k.seen[id]) {
        k.seen[id] = 1;
        k.matched[id] = weight;
        k.score[id] = score;
      } else {
        if (weight > k.matched[id]) k.matched[id] = weight;
        if (score > k.score[id]) k.score[id] = score;
      }
    }
  }
  const possible = perKey.reduce((sum, k) => sum + k.weight, 0);
  // the best `limit` by score, then source id: kept sorted, a source entering only when it beats the last
  const best: Omit<RankedSource, 'compared'>[] = [];
  const before = (a: { score: number; sourceId: number }, b: { score: number; sourceId: number }) => a.score > b.score || (a.score === b.score && a.sourceId < b.sourceId);
  for (let id = 0; id < size && limit > 0; id++) {
    let score = 0;
    let matched = 0;
    const at: string[] = [];
    for (let k = 0; k < keys.length; k++) {
      if (!perKey[k].seen[id]) continue;
      score += perKey[k].score[id];
      matched += perKey[k].matched[id];
      at.push(keys[k]);
    }
    if (!at.length) continue;
    const row = { sourceId: id, score, matched, keys: at };
    if (best.length === limit && !before(row, best[best.length - 1])) continue;
    let i = best.length;
    while (i > 0 && before(row, best[i - 1])) i--;
    best.splice(i, 0, row);
    if (best.length > limit) best.pop();
  }
  return { rows: best, possible };
}
