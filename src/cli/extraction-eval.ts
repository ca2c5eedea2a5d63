import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractDraft, formatFromPath, locateQuote, type ExtractOptions } from '../modules/extraction/extract-article.js';
import type { DraftClaim, ExtractionDraft } from '../modules/extraction/extraction.types.js';
import type { KnownTaxonomy } from '../modules/extraction/taxonomy-matcher.js';
import type { ArticleFormat } from '../modules/extraction/reader/reader-text.js';

/**
 * What an annotator lists for an article: metadata and, per claim, kind, technology and quote.
 * Annotations of real writing (test/eval/extraction/corpus) name technologies by their own slugs
 * and list, per slug, the names the article uses (`technologies`): a drafted technology counts as
 * the annotator's when its slug, name or an alias is one of those names. Their quotes are taken
 * from the article's visible text, so they are located whitespace-insensitively.
 */
export interface ExpectedAnnotation {
  source: { title: string; author?: string | null; publishedAt?: string | null; compares: string[] };
  technologies?: Record<string, string[]>;
  claims: { kind: string; technology?: string | null; quote: string; occurrence?: number }[];
}

export interface ArticleCase {
  name: string;
  format: ArticleFormat;
  content: string;
  expected: ExpectedAnnotation;
}

export interface KindFigures {
  expected: number;
  drafted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ArticleResult {
  name: string;
  format: ArticleFormat;
  ms: number;
  draft: ExtractionDraft;
  byKind: Record<string, { expected: number; drafted: number; matched: number }>;
  metadata: { title: boolean; author: boolean; publishedAt: boolean; compares: boolean };
  /** Expected quotes that do not stand in the draft body (a reader-text regression). */
  unlocatedExpected: string[];
}

export interface SetReport {
  articles: ArticleResult[];
  byKind: Record<string, KindFigures>;
  overall: KindFigures;
  metadata: { title: number; author: number; publishedAt: number; compares: number; articles: number };
}

/** seeds/sources/*.txt (plain text) against seeds/claims/*.json. */
export function seedCases(seedsDir: string): ArticleCase[] {
  const sources = path.join(seedsDir, 'sources');
  return readdirSync(sources)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const id = path.basename(file, '.txt');
      const annotation = JSON.parse(readFileSync(path.join(seedsDir, 'claims', `${id}.json`), 'utf8')) as ExpectedAnnotation;
      return { name: id, format: 'text' as const, content: readFileSync(path.join(sources, file), 'utf8'), expected: annotation };
    });
}

/** Articles in <dir>/articles with no annotation in <dir>/expected yet. */
export function unannotatedArticles(dir: string): string[] {
  return readdirSync(path.join(dir, 'articles'))
    .filter((f) => formatFromPath(f) && !existsSync(path.join(dir, 'expected', `${f.replace(/\.[^.]+$/, '')}.json`)))
    .sort();
}

/** <dir>/articles/<name>.<ext> against <dir>/expected/<name>.json. */
export function devCases(dir: string): ArticleCase[] {
  const articles = path.join(dir, 'articles');
  return readdirSync(articles)
    .sort()
    .filter((f) => formatFromPath(f))
    // an article not annotated yet is not scored (the eval names it: unannotatedArticles)
    .filter((f) => existsSync(path.join(dir, 'expected', `${f.replace(/\.[^.]+$/, '')}.json`)))
    .map((file) => {
      const name = file.replace(/\.[^.]+$/, '');
      return {
        name: file,
        format: formatFromPath(file)!,
        content: readFileSync(path.join(articles, file), 'utf8'),
        expected: JSON.parse(readFileSync(path.join(dir, 'expected', `${name}.json`), 'utf8')) as ExpectedAnnotation,
      };
    });
}

function spanOf(body: string, quote: string, occurrence?: number): [number, number] | null {
  try {
    const span = locateQuote(body, quote, occurrence);
    return [span.start, span.end];
  } catch {
    return looseSpanOf(body, quote, occurrence);
  }
}

/**
 * A quote taken from the visible text of a page may differ from the reader's body in white space
 * and in how table cells are separated (" | " against tabs): both are folded before searching.
 * Offsets are code units here (only overlap is compared, and both sides use the same unit).
 */
function looseSpanOf(body: string, quote: string, occurrence = 1): [number, number] | null {
  const fold = (text: string) => {
    const map: number[] = [];
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const gap = /[\s|]/.test(text[i]);
      if (gap) {
        if (out.length && out[out.length - 1] !== ' ') {
          out += ' ';
          map.push(i);
        }
      } else {
        out += text[i];
        map.push(i);
      }
    }
    return { out, map };
  };
  const needle = fold(quote).out.trim();
  if (!needle) return null;
  const { out, map } = fold(body);
  let at = -1;
  for (let n = 0; n < occurrence; n++) {
    at = out.indexOf(needle, at + 1);
    if (at === -1) return null;
  }
  return [map[at], map[at + needle.length - 1] + 1];
}

/**
 * Resolves a drafted technology slug to the annotation's slug. Without a `technologies` list the
 * annotation uses the taxonomy's slugs, compared as they are.
 */
function technologyResolver(expected: ExpectedAnnotation, draft: ExtractionDraft, known: KnownTaxonomy): (slug: string | null | undefined) => string | null {
  const names = expected.technologies;
  if (!names) return (slug) => slug ?? null;
  const bySlug = new Map<string, string[]>();
  for (const t of [...known.technologies, ...draft.taxonomy.technologies]) bySlug.set(t.slug, [t.slug, t.name, ...t.aliases]);
  const owner = new Map<string, string>();
  for (const [slug, list] of Object.entries(names)) for (const name of [slug, ...list]) owner.set(nameKey(name), slug);
  return (slug) => {
    if (slug == null) return null;
    for (const name of bySlug.get(slug) ?? [slug]) {
      const hit = owner.get(nameKey(name));
      if (hit) return hit;
    }
    return `draft:${slug}`;
  };
}

const nameKey = (name: string) => name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}+#]+/gu, '');

const same = (a: string | null | undefined, b: string | null | undefined) => (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();

/** A match: same kind, same technology (both null counts), overlapping quote spans; each claim matched once. */
export function evaluateCase(c: ArticleCase, known: KnownTaxonomy, options: ExtractOptions = {}): ArticleResult {
  const started = performance.now();
  const draft = extractDraft(c.content, c.format, known, options);
  return scoreDraft(c, draft, known, performance.now() - started);
}

/** The annotation's claims and the draft's, located in the body, technologies resolved to the annotation's slugs. */
function locatedClaims(c: ArticleCase, draft: ExtractionDraft, known: KnownTaxonomy) {
  const body = draft.source.body;
  const technology = technologyResolver(c.expected, draft, known);
  const drafted = draft.claims.map((claim) => ({ claim, technology: technology(claim.technology), span: spanOf(body, claim.quote, claim.occurrence), used: false }));
  const expected = c.expected.claims.map((e) => ({ kind: e.kind, quote: e.quote, technology: e.technology ?? null, span: spanOf(body, e.quote, e.occurrence), used: false }));
  return { drafted, expected, technology };
}

type Located = ReturnType<typeof locatedClaims>;
const overlaps = (a: [number, number] | null, b: [number, number] | null) => !!a && !!b && a[0] < b[1] && b[0] < a[1];

/** The eval's matching: each expected claim, in order, takes the first unused drafted claim of its kind, technology and span. */
function matchLocated({ drafted, expected }: Located): void {
  for (const e of expected) {
    if (!e.span) continue;
    const hit = drafted.find((d) => !d.used && d.claim.kind === e.kind && d.technology === e.technology && overlaps(d.span, e.span));
    if (hit) {
      hit.used = true;
      e.used = true;
    }
  }
}

/**
 * What each drafted claim should have been, for training: its own kind when the eval matches it;
 * else the kind of an unmatched annotated claim of the same technology its quote overlaps; else
 * 'none' (no annotator listed it, or listed it for another technology).
 */
export function draftedClaimLabels(c: ArticleCase, draft: ExtractionDraft, known: KnownTaxonomy): string[] {
  const located = locatedClaims(c, draft, known);
  matchLocated(located);
  return located.drafted.map((d) => {
    if (d.used) return d.claim.kind;
    const other = located.expected.find((e) => !e.used && e.technology === d.technology && overlaps(d.span, e.span));
    if (!other) return 'none';
    other.used = true;
    return other.kind;
  });
}

/**
 * The claims one article's draft and annotation disagree on, for finding failures by hand (what
 * `--misses` prints): each unmatched drafted claim, with the kinds and technologies of the annotated
 * claims over the same words (another technology there is a claim credited to the wrong one), and
 * each unmatched annotated claim.
 */
export function unmatchedClaims(c: ArticleCase, draft: ExtractionDraft, known: KnownTaxonomy) {
  const located = locatedClaims(c, draft, known);
  matchLocated(located);
  const drafted = located.drafted
    .filter((d) => !d.used)
    .map((d) => {
      const annotated = located.expected.filter((e) => overlaps(d.span, e.span)).map((e) => ({ kind: e.kind, technology: e.technology }));
      return { kind: d.claim.kind, technology: d.technology, quote: d.claim.quote, statement: d.claim.statement, annotated };
    });
  const expected = located.expected.filter((e) => !e.used).map((e) => ({ kind: e.kind, technology: e.technology, quote: e.quote, located: !!e.span }));
  return { compares: draft.source.compares.map(located.technology), drafted, expected };
}

/**
 * What each candidate the rules left undrafted should be, for training: the kind of an annotated
 * claim of the same technology its quote overlaps that no drafted claim matches, else 'none'.
 */
export function candidateLabels(c: ArticleCase, draft: ExtractionDraft, candidates: DraftClaim[], known: KnownTaxonomy): string[] {
  const located = locatedClaims(c, draft, known);
  matchLocated(located);
  const body = draft.source.body;
  return candidates.map((candidate) => {
    const span = spanOf(body, candidate.quote, candidate.occurrence);
    const technology = located.technology(candidate.technology);
    const hit = located.expected.find((e) => !e.used && e.technology === technology && overlaps(span, e.span));
    if (!hit) return 'none';
    hit.used = true;
    return hit.kind;
  });
}

/** Scores a draft already made against the case's annotation. */
export function scoreDraft(c: ArticleCase, draft: ExtractionDraft, known: KnownTaxonomy, ms = 0): ArticleResult {
  const located = locatedClaims(c, draft, known);
  matchLocated(located);
  const byKind: ArticleResult['byKind'] = {};
  const bump = (kind: string, field: 'expected' | 'drafted' | 'matched') => {
    byKind[kind] ??= { expected: 0, drafted: 0, matched: 0 };
    byKind[kind][field]++;
  };
  for (const d of located.drafted) bump(d.claim.kind, 'drafted');
  const unlocatedExpected: string[] = [];
  for (const e of located.expected) {
    bump(e.kind, 'expected');
    if (!e.span) unlocatedExpected.push(e.quote);
    else if (e.used) bump(e.kind, 'matched');
  }
  const technology = located.technology;
  const src = draft.source;
  return {
    name: c.name,
    format: c.format,
    ms,
    draft,
    byKind,
    unlocatedExpected,
    metadata: {
      title: same(src.title, c.expected.source.title),
      author: same(src.author, c.expected.source.author),
      publishedAt: (src.publishedAt ?? null) === (c.expected.source.publishedAt ?? null),
      compares: src.compares.map(technology).sort().join() === [...c.expected.source.compares].sort().join(),
    },
  };
}

function figures(expected: number, drafted: number, matched: number): KindFigures {
  const precision = drafted ? matched / drafted : expected ? 0 : 1;
  const recall = expected ? matched / expected : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { expected, drafted, matched, precision, recall, f1 };
}

export function evaluateSet(cases: ArticleCase[], known: KnownTaxonomy, options: ExtractOptions = {}): SetReport {
  return summarise(cases.map((c) => evaluateCase(c, known, options)));
}

/** Totals per kind and overall of scored articles. */
export function summarise(articles: ArticleResult[]): SetReport {
  const totals: Record<string, { expected: number; drafted: number; matched: number }> = {};
  for (const a of articles) {
    for (const [kind, n] of Object.entries(a.byKind)) {
      totals[kind] ??= { expected: 0, drafted: 0, matched: 0 };
      totals[kind].expected += n.expected;
      totals[kind].drafted += n.drafted;
      totals[kind].matched += n.matched;
    }
  }
  const byKind = Object.fromEntries(Object.entries(totals).sort().map(([k, n]) => [k, figures(n.expected, n.drafted, n.matched)]));
  const sum = (f: 'expected' | 'drafted' | 'matched') => Object.values(totals).reduce((s, n) => s + n[f], 0);
  const count = (f: keyof ArticleResult['metadata']) => articles.filter((a) => a.metadata[f]).length;
  return {
    articles,
    byKind,
    overall: figures(sum('expected'), sum('drafted'), sum('matched')),
    metadata: { title: count('title'), author: count('author'), publishedAt: count('publishedAt'), compares: count('compares'), articles: articles.length },
  };
}
