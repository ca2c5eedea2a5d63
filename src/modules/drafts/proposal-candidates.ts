import type { VocabularyEntry } from './drafts.types.js';

export interface ProposalCandidate extends VocabularyEntry {
  /** 0..1: how closely the entry's names and vocabulary match the proposal's. */
  score: number;
}

/** Words that say nothing about which entry is meant. */
const FILLER = new Set(['and', 'or', 'the', 'a', 'an', 'of', 'for', 'to', 'in', 'on', 'with', 'vs', 'by']);

function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9+#]+/)
    .filter((w) => w.length > 0 && !FILLER.has(w));
}

/** A word and its stem-ish prefix: "languages" and "language" meet at "langua". */
function stem(word: string): string {
  return word.length > 5 ? word.slice(0, Math.max(5, word.length - 3)) : word;
}

function bigrams(text: string): Set<string> {
  const s = ` ${words(text).join(' ')} `;
  const grams = new Set<string>();
  for (let i = 0; i < s.length - 1; i++) grams.add(s.slice(i, i + 2));
  return grams;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * The entries closest to a proposal, best first: the better of (a) the share of the proposal's
 * name words (stemmed) found among the entry's names and keywords, and (b) the character-bigram
 * similarity of the closest pair of names. "Language and Expressiveness" meets "Language".
 */
export function closestEntries(proposal: VocabularyEntry, entries: VocabularyEntry[], limit = 5): ProposalCandidate[] {
  const proposalNames = [proposal.name, proposal.slug.replace(/-/g, ' '), ...proposal.aliases];
  const proposalWords = new Set(proposalNames.flatMap(words).map(stem));
  const proposalGrams = proposalNames.map(bigrams);
  const scored = entries
    .filter((entry) => entry.slug !== proposal.slug)
    .map((entry) => {
      const names = [entry.name, entry.slug.replace(/-/g, ' '), ...entry.aliases];
      const vocabulary = new Set([...names, ...entry.keywords].flatMap(words).map(stem));
      const overlap = proposalWords.size ? [...proposalWords].filter((w) => vocabulary.has(w)).length / proposalWords.size : 0;
      const entryGrams = names.map(bigrams);
      const similar = Math.max(0, ...proposalGrams.flatMap((p) => entryGrams.map((e) => dice(p, e))));
      return { ...entry, score: Math.round(Math.max(overlap, similar) * 1000) / 1000 };
    })
    .filter((candidate) => candidate.score >= 0.3);
  scored.sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug));
  return scored.slice(0, limit);
}
