import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { formatFromPath } from '../modules/extraction/extract-article.js';
import { readArticle } from '../modules/extraction/reader/reader-text.js';
import type { EvalCase, EvalOutcome } from '../modules/recommendations/recommendation-eval.js';
import { lookupKey } from '../modules/taxonomy/lookup-key.js';

/**
 * Needs about the corpus of real writing (test/eval/recommendations/corpus/{dev,test}/*.needs.json),
 * written blind by an annotator who saw neither the matcher nor the taxonomy's keywords. One file a
 * pair; technologies named by the annotator's own slugs with the names the articles use, resolved
 * against the live taxonomy when the eval runs (the extractor proposes its own slugs).
 */
export interface PairNeeds {
  file: string;
  pair: string[];
  technologies: Record<string, string[]>;
  /** Article files (test/eval/extraction/corpus/<split>/articles/) the needs are grounded in. */
  articles: string[];
  cases: EvalCase[];
}

export const CORPUS_ARTICLES = ['test/eval/extraction/corpus/dev/articles', 'test/eval/extraction/corpus/test/articles'];

export function loadPairNeeds(dir: string): PairNeeds[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.needs.json'))
    .sort()
    .map((file) => ({ file, ...(JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Omit<PairNeeds, 'file'>) }));
}

/** Every corpus article file (both splits: the knowledge base holds them all), by file name. */
export function corpusArticles(root: (p: string) => string): Map<string, string> {
  const out = new Map<string, string>();
  for (const dir of CORPUS_ARTICLES.map(root)) if (existsSync(dir)) for (const f of readdirSync(dir).sort()) if (formatFromPath(f)) out.set(f, path.join(dir, f));
  return out;
}

/** Problems with a needs file: grounds not in the article's reader text (white space folded), unknown slugs. */
export function validatePairNeeds(set: PairNeeds, articles: Map<string, string>): string[] {
  const problems: string[] = [];
  const fold = (text: string) => text.replace(/[\s|]+/g, ' ').trim();
  const bodies = new Map<string, string>();
  const bodyOf = (name: string) => {
    if (!bodies.has(name)) {
      const file = articles.get(name);
      bodies.set(name, file ? fold(readArticle(readFileSync(file, 'utf8'), formatFromPath(file)!).body) : '');
    }
    return bodies.get(name)!;
  };
  const known = new Set([...Object.keys(set.technologies), 'NONE']);
  for (const c of set.cases) {
    const expected = typeof c.expected === 'string' ? [c.expected] : c.expected.hybrid;
    for (const e of expected) if (!known.has(e)) problems.push(`${set.file} ${c.id}: expected '${e}' is not in technologies`);
    for (const a of c.among ?? []) if (!known.has(a)) problems.push(`${set.file} ${c.id}: among '${a}' is not in technologies`);
    for (const g of c.grounds ?? []) {
      if (!articles.has(g.source)) problems.push(`${set.file} ${c.id}: unknown article ${g.source}`);
      else if (!bodyOf(g.source).includes(fold(g.quote))) problems.push(`${set.file} ${c.id}: quote not in ${g.source}: "${g.quote}"`);
    }
  }
  return problems;
}

/**
 * The annotator's slug as the knowledge base names it: the first of its names the taxonomy
 * resolves (slug, name or alias). Unresolved: `unresolved:<slug>`, which no answer equals.
 */
export function slugResolver(set: PairNeeds, resolve: (name: string) => string | undefined): (slug: string) => string {
  return (slug) => {
    if (slug === 'NONE') return slug;
    for (const name of [slug, ...(set.technologies[slug] ?? [])]) {
      const hit = resolve(lookupKey(name));
      if (hit) return hit;
    }
    return `unresolved:${slug}`;
  };
}

export interface PairFigures {
  pair: string;
  total: number;
  correct: number;
  /** Needs the articles answer (expected is not NONE) that got an empty ranking. */
  answerable: number;
  empty: number;
}

/** Top-1 accuracy and the share of empty answers, per pair and overall. */
export function perPair(outcomes: (EvalOutcome & { pair: string })[]): { pairs: PairFigures[]; overall: PairFigures } {
  const pairs = new Map<string, PairFigures>();
  const overall: PairFigures = { pair: 'all', total: 0, correct: 0, answerable: 0, empty: 0 };
  for (const o of outcomes) {
    const p = pairs.get(o.pair) ?? { pair: o.pair, total: 0, correct: 0, answerable: 0, empty: 0 };
    pairs.set(o.pair, p);
    for (const f of [p, overall]) {
      f.total++;
      if (o.correct) f.correct++;
      if (o.expected !== 'NONE') {
        f.answerable++;
        if (o.answered === 'NONE') f.empty++;
      }
    }
  }
  return { pairs: [...pairs.values()], overall };
}

export function formatPairs(title: string, figures: { pairs: PairFigures[]; overall: PairFigures }, failures: (EvalOutcome & { pair: string })[]): string {
  const pct = (a: number, b: number) => (b ? `${Math.round((a / b) * 100)}%` : '-');
  const row = (f: PairFigures) => `  ${f.pair.padEnd(34)} top-1 ${`${f.correct}/${f.total}`.padStart(6)} ${pct(f.correct, f.total).padStart(5)}   empty ${`${f.empty}/${f.answerable}`.padStart(6)} ${pct(f.empty, f.answerable).padStart(5)}`;
  if (!figures.overall.total) return `${title}\n  (no needs)`;
  return [title, ...figures.pairs.map(row), row(figures.overall), ...(failures.length ? ['  failures:', ...failures.map((f) => `    ${f.id} expected ${f.expected}, answered ${f.answered}`)] : [])].join('\n');
}
