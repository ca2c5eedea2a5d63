/**
 * Need matching: which topics (use cases, criteria) and technologies a need in a user's own
 * words is about, and how strongly. Pure: the vocabulary and the corpus statistics come in.
 *
 * Text is normalised (lowercase, "Node.js" -> "nodejs", "I/O" -> "io"), stop words dropped,
 * a few abbreviations expanded ("ML" -> "machine learning"), and words stemmed with a small
 * suffix-stripping stemmer, the same on both sides. Words weigh by rarity (inverse document
 * frequency over the knowledge base's own text), so "platform", "service" or "backend" count
 * little and "dataframe" or "websocket" much. The normaliser and stemmer: common/text/match-terms.ts.
 */

import { eachTerm, terms, words } from '../../common/text/match-terms.js';

/** Inverse document frequency of each term over a corpus of texts. */
export class TermWeights {
  private readonly df = new Map<string, number>();
  private readonly counted: ReadonlyMap<string, number> | null;
  private readonly n: number;
  readonly max: number;

  constructor(documents: string[][], counted?: { documents: number; frequencies: ReadonlyMap<string, number> }) {
    for (const doc of documents) for (const t of new Set(doc)) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    this.counted = counted?.frequencies ?? null;
    this.n = documents.length + (counted?.documents ?? 0);
    this.max = Math.log((this.n + 1) / 0.5);
  }

  /**
   * The same statistics when part of the corpus is counted elsewhere (the claims, by the
   * database): `documents` more documents, in which each term of `frequencies` occurs that often.
   * The map is read at each lookup: counts added to it later are seen.
   */
  static withCounted(documents: string[][], counted: { documents: number; frequencies: ReadonlyMap<string, number> }): TermWeights {
    return new TermWeights(documents, counted);
  }

  private frequency(term: string): number {
    return (this.df.get(term) ?? 0) + (this.counted?.get(term) ?? 0);
  }

  /** A term the corpus never uses weighs the most: it is specific, and it matches nothing. */
  weight(term: string): number {
    const count = this.frequency(term);
    return count > 0 ? Math.log((this.n + 1) / (count + 0.5)) : this.max;
  }

  known(term: string): boolean {
    return this.frequency(term) > 0;
  }

  sum(list: Iterable<string>): number {
    let s = 0;
    for (const t of new Set(list)) s += this.weight(t);
    return s;
  }
}

export type TopicKind = 'use_case' | 'criterion' | 'technology';

export interface VocabularyEntry {
  kind: TopicKind;
  id: number;
  slug: string;
  name: string;
  /** Names and aliases: an exact match is a mention of the entry itself. */
  names: string[];
  /** Domain vocabulary: words a need may use when it means this entry. */
  keywords: string[];
  /** Names (lowercase) that are everyday English words: they count only when the need capitalises them (technology.commonWordNames). */
  commonWordNames?: ReadonlySet<string>;
}

export interface PhraseMatch {
  entry: VocabularyEntry;
  /** 0..1: an exact, specific phrase ~1; a partial match of common words much less. */
  strength: number;
  /** The need's words that matched (as the need wrote them). */
  words: string[];
  phrase: string;
}

/** A phrase's summed weight at which it counts as fully specific (about two rare words). */
export const SPECIFIC_WEIGHT = 8;
/** A match weaker than this is noise. */
export const MIN_STRENGTH = 0.2;
/** The most a single-word keyword match counts. */
export const SINGLE_KEYWORD_CAP = 0.45;
/** A partial phrase match (some of its words, or all of them apart) counts this much less. */
const PARTIAL_FACTOR = 0.6;

export interface NeedText {
  raw: string;
  words: string[];
  terms: string[];
  /** term -> the need's word it came from */
  origin: Map<string, string>;
}

export function needText(raw: string): NeedText {
  const origin = new Map<string, string>();
  const all: string[] = [];
  eachTerm(raw, (term, word) => {
    all.push(term);
    if (!origin.has(term)) origin.set(term, word);
  });
  return { raw, words: words(raw), terms: all, origin };
}

/** Whether `needle` stands in `haystack` as consecutive items (an empty needle stands anywhere). */
export function containsSequence(haystack: readonly string[], needle: readonly string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** How strongly one phrase of an entry matches the need (0 when it does not). */
/** What a phrase is to its entry: a technology's own name, a topic's name or alias, or a keyword. */
export type PhraseRole = 'technology-name' | 'name' | 'keyword';

export function phraseStrength(need: NeedText, phrase: string, weights: TermWeights, role: PhraseRole): { strength: number; matched: string[] } {
  const p = terms(phrase);
  if (!p.length) return { strength: 0, matched: [] };
  const present = new Set(need.terms);
  const matched = [...new Set(p.filter((t) => present.has(t)))];
  if (!matched.length) return { strength: 0, matched };
  const total = weights.sum(p);
  const coverage = weights.sum(matched) / total;
  // A name is specific by nature ("pandas", "Playwright"); vocabulary counts by its rarity.
  const specificity = role === 'technology-name' ? 1 : Math.min(1, total / SPECIFIC_WEIGHT);
  let strength: number;
  // One shared word of the domain vocabulary ("websites", "MVP") is a hint, never a decisive
  // match: it stays below what splits a need across technologies.
  if (containsSequence(need.terms, p)) strength = role === 'keyword' && p.length === 1 ? Math.min(specificity, SINGLE_KEYWORD_CAP) : specificity;
  else if (matched.length < 2 || coverage < 0.5) strength = 0;
  else strength = PARTIAL_FACTOR * coverage * coverage * specificity;
  return { strength, matched };
}

function writtenCapitalised(raw: string, name: string): boolean {
  const re = new RegExp(`(^|[^A-Za-z])${name[0].toUpperCase()}${name.slice(1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, '');
  return re.test(raw);
}

/** Every vocabulary entry the need matches, strongest phrase per entry. */
export function matchVocabulary(need: NeedText, entries: VocabularyEntry[], weights: TermWeights): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  for (const entry of entries) {
    let best: PhraseMatch | null = null;
    const consider = (phrase: string, isName: boolean) => {
      if (isName && entry.commonWordNames?.has(phrase.toLowerCase()) && !writtenCapitalised(need.raw, phrase)) return;
      const { strength, matched } = phraseStrength(need, phrase, weights, !isName ? 'keyword' : entry.kind === 'technology' ? 'technology-name' : 'name');
      if (strength > (best?.strength ?? 0)) best = { entry, strength, words: matched.map((t) => need.origin.get(t) ?? t), phrase };
    };
    for (const n of entry.names) consider(n, true);
    for (const k of entry.keywords) consider(k, false);
    if (best && (best as PhraseMatch).strength >= MIN_STRENGTH) out.push(best);
  }
  return out.sort((a, b) => b.strength - a.strength || a.entry.slug.localeCompare(b.entry.slug));
}

/**
 * How much of the need a claim's text covers: the summed weight of the need's terms the claim
 * uses (two at least) over that of all the need's terms. Squared and scaled, so a
 * claim sharing one common word with the need counts for next to nothing.
 */
export function textStrength(need: NeedText, claimTerms: Set<string>, weights: TermWeights): { strength: number; matched: string[] } {
  // Words the knowledge base never uses count in the denominator: a need about something the
  // sources do not discuss shares at most a common word with them, and stays unmatched.
  const all = [...new Set(need.terms)];
  if (!all.length) return { strength: 0, matched: [] };
  const matched = all.filter((t) => claimTerms.has(t));
  if (matched.length < 2) return { strength: 0, matched: [] };
  const coverage = weights.sum(matched) / weights.sum(all);
  return { strength: coverage >= 0.5 ? 0.5 * coverage * coverage : 0, matched: matched.map((t) => need.origin.get(t) ?? t) };
}

const NEGATIONS = new Set(['not', 'no', 'without', 'avoid', 'never', 'dont', 'don', 'except', 'instead', 'rather', 'nor', 'away']);
const EXPERTISE = /\b(team|teams|we|developers|engineers|devs|staff|everyone|people|i)\b[^.;]*\b(know|knows|knew|experienced|experience|expertise|skilled|familiar|background|fluent|comfortable|proficient|only|speak|write|writes|shop|specialists?|already)\b/i;

/** Verbs and pronouns that refuse what follows ("policy forbids proprietary software", "nobody reads X"): with NEGATIONS. */
const REFUSALS = new Set(['forbid', 'forbids', 'forbidden', 'prohibit', 'prohibits', 'ban', 'bans', 'nobody', 'none', 'neither']);
/** How many words after a negation it reaches ("no commercial add-on": both words). */
const REFUSAL_REACH = 3;

/**
 * The need's terms it refuses: those whose word follows a negation within a few words, in the
 * same clause ("must run with no background service" refuses "background" and "service"). A
 * claim that speaks to these says its subject has what the need refuses.
 */
export function refusedTerms(need: NeedText): Set<string> {
  const ws = need.words;
  const refused = new Set<number>();
  ws.forEach((w, i) => {
    // "t": the end of "don't", "isn't" as words() splits them
    if (!(NEGATIONS.has(w) || REFUSALS.has(w) || w === 't')) return;
    for (let j = i + 1; j <= Math.min(ws.length - 1, i + REFUSAL_REACH); j++) refused.add(j);
  });
  const out = new Set<string>();
  for (const [term, word] of need.origin) {
    const at = ws.indexOf(word.toLowerCase());
    if (at >= 0 && refused.has(at)) out.add(term);
  }
  return out;
}

export interface MentionRole {
  negated: boolean;
  /** The need states a constraint about the team (what it knows), not a topic. */
  constraint: boolean;
}

/** Whether a named technology is wanted, refused ("not Python"), or the team's expertise. */
export function mentionRole(need: NeedText, matchedWords: string[]): MentionRole {
  const ws = need.words.map((w) => w.replace(/'/g, ''));
  const first = ws.findIndex((w) => matchedWords.includes(w));
  const before = first < 0 ? [] : ws.slice(Math.max(0, first - 3), first);
  const negated = before.some((w) => NEGATIONS.has(w)) || /n't$/.test(before[before.length - 1] ?? '');
  return { negated, constraint: EXPERTISE.test(need.raw) };
}
