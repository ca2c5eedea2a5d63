/**
 * Source-first routing: before technologies are weighed, the published sources are ranked by how
 * relevant each article as a whole is to the need (the repository ranks their stored full text by
 * term rarity over the sources), and the technologies the best-matching articles compare become
 * the need's candidates. A technology no well-matching article compares cannot win on a word it
 * shares with the need ("server" in an article about another pair). Within the routed pair, where
 * its claims say nothing, the article's own sentences that match the need and name one side speak
 * for that side. Pure: the ranked sources and the texts come in.
 */
import { terms } from '../../common/text/match-terms.js';
import { DENIAL } from './denial-words.js';
import { type Alternatives, SYNONYM_FACTOR } from './need-expansion.js';
import { containsSequence, type NeedText, type TermWeights } from './need-matching.js';
import { CERTAIN_TOPIC, type EvidenceItem, type NeedAssessment } from './recommendation-scoring.js';

/** A source ranked by the relevance of its text to the need (as the repository gives it). */
export interface RankedSource {
  sourceId: number;
  score: number;
  /** What the need terms it uses weigh, without their frequency (its coverage of the need against the possible weight). */
  matched: number;
  /** The need terms it uses (itself or through an alternative). */
  keys: string[];
  /** The technologies it compares. */
  compared: number[];
}

/** A word the sources are searched for: the need term it stands for, and what it counts (1 for the need's own word). */
export interface RouteWord {
  key: string;
  word: string;
  weight: number;
}

/**
 * The best source must speak to this share of the need's weight (the rarity of the terms it uses
 * against that of all the need's terms), else the need is routed nowhere and answered as before,
 * from claims across pairs.
 */
export const MIN_ROUTE_COVERAGE = 0.2;
/** Sources the repository ranks per need. */
export const RANKED_SOURCES = 8;
/**
 * BM25's term-frequency saturation and length normalisation (the textbook values; dev corpus,
 * best source comparing the expected technology: 64 of 106 needs, k1 0.6-2 and b 0.5-0.9 gave 60-65;
 * 58 of 105 routed with the corpus as drafted on 2026-12-07).
 */
export const BM25 = { k1: 1.2, b: 0.75 };
/**
 * What a WordNet synonym of a need's word counts in ranking sources; a broader term counts
 * nothing. An article uses many words: a synonym of one of them says little about the article
 * (dev corpus, best source right: synonyms at 0, 0.2, 0.4, 0.7 -> 63, 64, 63, 56 of 106; broader terms at 0.2 one fewer).
 */
export const ROUTE_SYNONYM_WEIGHT = 0.2;

/** The words the sources are searched for: the need's topical terms as it wrote them, and their synonyms at ROUTE_SYNONYM_WEIGHT. */
export function routeWords(need: NeedText, topical: readonly string[], alternatives: Alternatives): RouteWord[] {
  const out: RouteWord[] = [];
  for (const key of topical) {
    const word = need.origin.get(key);
    if (word) out.push({ key, word, weight: 1 });
    for (const a of alternatives.get(key) ?? []) if (a.word && a.factor >= SYNONYM_FACTOR) out.push({ key, word: a.word, weight: ROUTE_SYNONYM_WEIGHT });
  }
  return out;
}

export interface Route {
  /** The routed sources, best first: the best one and the others comparing technologies of its pair only. */
  sourceIds: number[];
  /** The compared technologies (candidateOf) of the best source. */
  candidates: Set<number>;
  /** The share of the need's weight the best source speaks to. */
  coverage: number;
  /** Per compared technology (candidateOf), the best score of a ranked source comparing it, as a share of the best source's. */
  standing: Map<number, number>;
}

/**
 * The technologies a need is routed to: those the best-ranked source compares, when it speaks to
 * MIN_ROUTE_COVERAGE of the need; null otherwise. Only the best source's pair: adding the pairs
 * of close runners-up let claims decide between pairs again, which they do badly (dev corpus,
 * the pairs of the best 1, 2, 3 sources: 48, 36, 30 of 106 needs right).
 */
export function route(ranked: readonly RankedSource[], possible: number, candidateOf: (id: number) => number | null, minCoverage = MIN_ROUTE_COVERAGE): Route | null {
  const sorted = [...ranked].filter((s) => s.compared.length).sort((a, b) => b.score - a.score || a.sourceId - b.sourceId);
  const best = sorted[0];
  if (!best || possible <= 0 || best.matched / possible < minCoverage) return null;
  const sides = (s: RankedSource) => s.compared.map(candidateOf).filter((c): c is number => c !== null);
  const candidates = new Set(sides(best));
  if (!candidates.size) return null;
  const sourceIds = sorted.filter((s) => s === best || (sides(s).length && sides(s).every((c) => candidates.has(c)))).map((s) => s.sourceId);
  const standing = new Map<number, number>();
  for (const s of sorted) for (const c of sides(s)) if (!standing.has(c)) standing.set(c, best.score > 0 ? s.score / best.score : 0);
  return { sourceIds, candidates, coverage: best.matched / possible, standing };
}

/**
 * A favourite of the claims of every pair keeps the need when a source comparing it ranks this
 * close to the best source (its article speaks to the need nearly as well).
 */
export const KEPT_STANDING = 0.8;

/**
 * Whether the routed pair decides the need rather than the claims of every pair. Yes when those
 * favour nothing: the need is routed (its best article speaks to MIN_ROUTE_COVERAGE of it, which
 * a need the knowledge base knows nothing of rarely reaches), and the pair's claims and the
 * article's sentences may decide what claims across pairs could not (dev corpus 51 -> 53 of 123,
 * empty 9 -> 3 of 120: of the 6 needs it changed, the 4 routed to their own article came out
 * right, the 2 routed to another pair's article wrong; Node.js/Python needs asked with the corpus
 * published unchanged at 54 of 70, 2026-12-07). Not when they already favour a technology of the routed pair, rest on a topic the taxonomy's vocabulary names outright
 * (CERTAIN_TOPIC: curated words, where an article's body says "messaging" of queues as readily
 * as of chat servers), or favour a technology whose own article ranks nearly as well
 * (KEPT_STANDING). Dev corpus, single needs: 25 -> 38 of 95 right; Node.js/Python needs asked
 * with the corpus published 49 -> 38 of 60 (seeds alone: routed to their own pair, unchanged).
 * Routing more boldly does not pay: where no other pair's article ranks within 0.6 (0.7) of the
 * best, the best source is the need's own 14 of 15 (20 of 27) times, yet routing those needs
 * whatever the claims favour gave dev 58 -> 58 (59) of 123 and cost Node.js/Python needs asked
 * with the corpus published 3 of 70 (2026-12-07).
 */
export function routedWins(across: NeedAssessment, routed: Route, above: ReadonlySet<number> = new Set()): boolean {
  if (!across.favours.length) return true;
  if (across.favours.every((f) => routed.candidates.has(f))) return false;
  // The platform of the pair's sides (npm and Yarn's Node.js) answers no question between them.
  if (across.favours.every((f) => above.has(f) && !routed.candidates.has(f))) return true;
  if (across.topics.some((t) => t.via === 'vocabulary' && t.strength >= CERTAIN_TOPIC)) return false;
  return !across.favours.some((f) => (routed.standing.get(f) ?? 0) >= KEPT_STANDING);
}

/**
 * Which compared technology a named technology counts for within a routed pair: the compared
 * technology it is or descends from (pandas -> Python); for a stated constraint ("our team only
 * knows JavaScript"), the side the sources tie it to. A technology merely named and tied by the
 * sources' mentions to a side of the pair, or to a technology above a side (the platform of one
 * of the pair's tools), is context and counts for nothing, as is a technology of that platform: "Docker" in an article on two Docker
 * alternatives is tied to the side whose claims name it most, whatever the need asks. Tied to a
 * technology of another pair, it still counts there (the route may be wrong: "WebSocket
 * notifications" routed to an article on queues keeps Node.js in the running).
 */
export function routedCandidateOf(
  candidateOf: (id: number) => number | null, ancestorOf: (id: number) => number | null, constraints: ReadonlySet<number>, sides: ReadonlySet<number>, pairAndAbove: ReadonlySet<number>,
): (id: number) => number | null {
  const above = (c: number | null) => c !== null && pairAndAbove.has(c) && !sides.has(c);
  return (id) => {
    if (constraints.has(id)) return ancestorOf(id) ?? candidateOf(id);
    const own = ancestorOf(id);
    // a tool of the platform above a side ("pm2" under Node.js, in a question between two Node.js package managers) is context too
    if (own !== null) return above(own) ? null : own;
    const tied = candidateOf(id);
    return tied !== null && !pairAndAbove.has(tied) ? tied : null;
  };
}

/** The routed sides and the technologies above them (their parents, and theirs): what routedCandidateOf keeps a tie from. */
export function pairAndAbove(sides: Iterable<number>, parentOf: (id: number) => number | null): Set<number> {
  const out = new Set<number>();
  for (const side of sides) for (let at: number | null = side; at !== null && !out.has(at); at = parentOf(at)) out.add(at);
  return out;
}

/** A technology's names as match terms (one entry per name: "Service Bus" is two terms together). */
export interface SideNames {
  technologyId: number;
  names: string[][];
}

export const SENTENCE_THROUGH = 'article-text';
/** Sentences of the routed articles that vote for a side: the few that match the need best. */
export const VOTING_SENTENCES = 3;
/** A sentence must cover this share of the need's weight. */
export const MIN_SENTENCE_COVERAGE = 0.25;
/** What a sentence counts against a claim of the heaviest kind (a sentence is no stated verdict). */
export const SENTENCE_WEIGHT = 0.5;


/** The sentences of an article's text: split at sentence ends, line breaks and list bullets. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+|\s[•·]\s/)
    .map((s) => s.replace(/^[\s\-*#>|]+/, '').trim())
    .filter((s) => s.length > 0);
}

export interface SentenceMatch {
  sentence: string;
  technologyId: number;
  supports: boolean;
  coverage: number;
}

/** A sentence of an article with its match terms: an article is split once and read by many needs. */
export interface ArticleSentence {
  sentence: string;
  terms: string[];
}

/** An article's text as sentenceMatches reads it. */
export function articleSentences(text: string): ArticleSentence[] {
  return sentencesOf(text).map((sentence) => ({ sentence, terms: terms(sentence) }));
}

/**
 * The sentences of the routed articles (texts, or articles already split by articleSentences)
 * that match the need and name exactly one side of the pair, best first: each speaks for the
 * side it names, or against it when it denies something ("X has no ..."). A sentence naming
 * both sides or neither says nothing of which to pick.
 */
export function sentenceMatches(topical: readonly string[], weights: TermWeights, alternatives: Alternatives, texts: readonly (string | readonly ArticleSentence[])[], sides: readonly SideNames[]): SentenceMatch[] {
  const total = weights.sum(topical);
  if (!total || sides.length < 2) return [];
  const out: SentenceMatch[] = [];
  const seen = new Set<string>();
  for (const text of texts) {
    for (const { sentence, terms: ts } of typeof text === 'string' ? articleSentences(text) : text) {
      if (seen.has(sentence)) continue;
      seen.add(sentence);
      const named = sides.filter((s) => s.names.some((n) => n.length > 0 && containsSequence(ts, n)));
      if (named.length !== 1) continue;
      const doc = new Set(ts);
      let earned = 0;
      let matched = 0;
      for (const t of topical) {
        if (doc.has(t)) {
          earned += weights.weight(t);
          matched++;
          continue;
        }
        const best = Math.max(0, ...(alternatives.get(t) ?? []).filter((a) => doc.has(a.term)).map((a) => a.factor * Math.min(weights.weight(t), weights.weight(a.term))));
        earned += best;
      }
      const coverage = earned / total;
      if (!matched || coverage < MIN_SENTENCE_COVERAGE) continue;
      out.push({ sentence, technologyId: named[0].technologyId, supports: !DENIAL.test(sentence), coverage });
    }
  }
  return out.sort((a, b) => b.coverage - a.coverage || a.sentence.localeCompare(b.sentence));
}

/**
 * Evidence from the best few matching sentences: each for (or against) the side it names and the
 * opposite for the other side of a two-technology pair, weighed by its coverage squared.
 */
export function sentenceEvidence(matches: readonly SentenceMatch[], sides: readonly SideNames[]): EvidenceItem[] {
  const items = new Map<string, EvidenceItem>();
  const add = (technologyId: number, supports: boolean, weight: number) => {
    const key = `${technologyId}|${supports}`;
    const item = items.get(key) ?? { technologyId, weight: 0, supports, through: SENTENCE_THROUGH, claims: [] };
    items.set(key, item);
    item.weight = round3(item.weight + weight);
  };
  for (const m of matches.slice(0, VOTING_SENTENCES)) {
    const weight = SENTENCE_WEIGHT * m.coverage * m.coverage;
    add(m.technologyId, m.supports, weight);
    const others = sides.filter((s) => s.technologyId !== m.technologyId);
    if (others.length === 1) add(others[0].technologyId, !m.supports, weight);
  }
  return [...items.values()].filter((e) => e.weight > 0);
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;
