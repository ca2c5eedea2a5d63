/**
 * A need's terms widened by a lexical resource: each of its words' synonyms and broader terms,
 * normalised like every claim's words (match-terms.ts), as alternatives that stand in for the
 * word at a discount. A claim that says "without internet connection" then speaks to a need
 * about working "offline" as far as the dictionary relates them. Pure: the lookup comes in.
 */
import { terms } from '../../common/text/match-terms.js';
import type { NeedText } from './need-matching.js';
import type { RelatedWords } from '../../common/text/wordnet-lexicon.js';

/** What a claim using a synonym of a need's word counts, against using the word itself. */
export const SYNONYM_FACTOR = 0.7;
/** ...and a broader term (a hypernym), which says less. */
export const BROADER_FACTOR = 0.4;
/**
 * The most alternatives kept per need term (synonyms first): a word with many senses must not
 * bring a crowd, and each alternative is one more term looked up and counted. Dev corpus
 * (corpus published): 12 -> 30 of 123 right, 7 of 120 empty; 6 -> 32 right, 9 empty.
 */
export const ALTERNATIVES_PER_TERM = 6;

export interface AlternativeTerm {
  term: string;
  factor: number;
  /** The dictionary's word it came from (full-text search stems words its own way). */
  word?: string;
}

/** need term -> the terms that may stand in for it, best first; terms of the need itself never stand in. */
export type Alternatives = ReadonlyMap<string, readonly AlternativeTerm[]>;

export const NO_ALTERNATIVES: Alternatives = new Map();

/** The alternatives of each of `needTerms` (the need's topical terms), from the words the need wrote. */
export function alternativesOf(need: NeedText, needTerms: readonly string[], related: (word: string) => RelatedWords): Alternatives {
  const own = new Set(need.terms);
  const out = new Map<string, AlternativeTerm[]>();
  for (const term of needTerms) {
    const word = need.origin.get(term);
    if (!word) continue;
    const { synonyms, broader } = related(word);
    const found = new Map<string, { factor: number; word: string }>();
    const add = (list: string[], factor: number) => {
      for (const w of list) {
        const ts = terms(w.replace(/-/g, ' '));
        // a one-term word only: "long-lasting" is two terms, neither of which means "durable"
        if (ts.length !== 1 || own.has(ts[0]) || found.has(ts[0])) continue;
        found.set(ts[0], { factor, word: w.replace(/-/g, ' ') });
      }
    };
    add(synonyms, SYNONYM_FACTOR);
    add(broader, BROADER_FACTOR);
    const list = [...found].slice(0, ALTERNATIVES_PER_TERM).map(([t, { factor, word }]) => ({ term: t, factor, word }));
    if (list.length) out.set(term, list);
  }
  return out;
}

/** Every alternative term, once. */
export function alternativeTerms(alternatives: Alternatives): string[] {
  return [...new Set([...alternatives.values()].flatMap((list) => list.map((a) => a.term)))];
}
