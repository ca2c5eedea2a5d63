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
  // per need term: its best weight, and per source its best matched weight and score
  const byKey = new Map<string, { weight: number; sources: Map<number, { matched: number; score: number }> }>();
  for (const w of words) {
    const h = hits.get(w.word);
    if (!h?.usable) continue;
    const weight = w.weight * h.rarity;
    const key = byKey.get(w.key) ?? { weight, sources: new Map() };
    byKey.set(w.key, key);
    if (weight > key.weight) key.weight = weight;
    for (let i = 0; i < h.sourceIds.length; i++) {
      const tf = h.ranks[i] / TS_RANK_PER_OCCURRENCE;
      const score = (weight * tf * saturation) / (tf + bm25.k1 * (1 - bm25.b + (bm25.b * h.lengths[i]) / mean));
      const at = key.sources.get(h.sourceIds[i]);
      if (!at) key.sources.set(h.sourceIds[i], { matched: weight, score });
      else {
        if (weight > at.matched) at.matched = weight;
        if (score > at.score) at.score = score;
      }
    }
  }
  let possible = 0;
  const sources = new Map<number, { score: number; matched: number; keys: string[] }>();
  for (const [key, { weight, sources: hit }] of byKey) {
    possible += weight;
    for (const [sourceId, { matched, score }] of hit) {
      const at = sources.get(sourceId);
      if (!at) sources.set(sourceId, { score, matched, keys: [key] });
      else {
        at.score += score;
        at.matched += matched;
        at.keys.push(key);
      }
    }
  }
  const rows = [...sources]
    .map(([sourceId, s]) => ({ sourceId, score: s.score, matched: s.matched, keys: s.keys.sort() }))
    .sort((a, b) => b.score - a.score || a.sourceId - b.sourceId)
    .slice(0, limit);
  return { rows, possible };
}
