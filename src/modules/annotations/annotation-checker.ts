/**
 * The annotation checker (seeds/README.md, step 4): finds what the seed loader would refuse and
 * what it cannot see, annotations that are verbatim but wrong. Pure: files come in as values.
 *
 * Sections. A plain-text article marks its sections with heading lines: short lines (at most
 * 80 characters) that are not list items, not table rows and do not end a sentence (no final
 * `.`, `,`, `;` or `:`); a question line heads its answer (FAQ). A claim's section is the nearest
 * heading line that starts before its quote. A section *names* a criterion when the heading
 * contains one of the criterion's wordings (its name, slug or an alias). Then:
 * - a claim whose section names criteria must be about one of them, unless the claim's own line
 *   (a table row, "I/O performanceExcellent — ...") or quote names its criterion;
 * - a section that names no criterion ("Python Pros", "When to pick") constrains nothing;
 * - a verdict must carry its criterion's wording in its quote, its line or its section heading.
 */

import { claimShapeProblems } from '../claims/claim-rules.js';
import { CLAIM_KINDS, OUTCOMES, type ClaimKindName, type OutcomeName } from '../claims/dto/claim.input.js';
import { lookupKey } from '../taxonomy/lookup-key.js';

export interface TaxonomyEntryFile {
  slug: string;
  name: string;
  aliases?: string[];
}

export interface ClaimFile {
  key: string;
  kind: string;
  statement?: string;
  quote: string;
  occurrence?: number;
  technology?: string | null;
  criterion?: string | null;
  useCase?: string | null;
  outcome?: string;
  winner?: string | null;
  rating?: string;
  score?: number;
  question?: string;
  answer?: string;
  related?: string[];
}

export interface AnnotationFile {
  source: { externalId: string; compares?: string[] };
  claims: ClaimFile[];
}

export interface Taxonomy {
  technologies: TaxonomyEntryFile[];
  criteria: TaxonomyEntryFile[];
  useCases: TaxonomyEntryFile[];
}

export interface AnnotationProblem {
  file: string;
  key: string;
  rule: string;
  message: string;
}

const KINDS: ReadonlySet<string> = new Set(CLAIM_KINDS);
const OUTCOME_NAMES: ReadonlySet<string> = new Set(OUTCOMES);
/** The claims API's shape rules (claims/claim-rules.ts) apply; the annotation guide adds: a pro or con names whose it is. */
const GUIDE_REQUIRED: ReadonlyMap<string, (keyof ClaimFile)[]> = new Map(Object.entries<(keyof ClaimFile)[]>({ pro: ['technology'], con: ['technology'] }));

/** How aliases are looked up: the taxonomy's own key (NFKC, case and whitespace folded). */
export const lookup = lookupKey;

function wordings(entry: TaxonomyEntryFile): string[] {
  return [entry.name, entry.slug.replace(/-/g, ' '), ...(entry.aliases ?? [])].map(lookup).filter((w) => w.length >= 2);
}

/** Whether `text` contains `wording` as whole words (so "Node" is not found in "Nodes"). */
export function containsWording(text: string, wording: string): boolean {
  const escaped = wording.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'iu').test(text);
}

/** Lines that label rather than head a section: "Winner", "Examples", a bare technology name. */
const LABELS = new Set(['winner', 'examples', 'uses', 'generally']);

export function isHeadingLine(line: string, labels: Set<string> = new Set()): boolean {
  const l = line.trim();
  if (!l || l.length > 80 || l.split(/\s+/).length > 8 || l.includes('—')) return false;
  if (LABELS.has(lookup(l)) || labels.has(lookup(l))) return false;
  if (/^([-*•·]|\d+[.)])\s/.test(l) || l.startsWith('|')) return false;
  if (/\?$/.test(l)) return true;
  return !/[.,;:!]$/.test(l);
}

/** Start offsets (UTF-16) of the quote's occurrences in the body. */
function occurrences(body: string, quote: string): number[] {
  const out: number[] = [];
  for (let i = body.indexOf(quote); i >= 0; i = body.indexOf(quote, i + 1)) out.push(i);
  return out;
}

/** The nearest heading line starting before `offset`, and the full line the offset is on. */
export function sectionOf(body: string, offset: number, labels: Set<string> = new Set()): { heading: string | null; line: string } {
  const lineStart = body.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = body.indexOf('\n', offset);
  const line = body.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  const before = body.slice(0, lineStart).split('\n').reverse();
  return { heading: before.find((l) => isHeadingLine(l, labels))?.trim() ?? null, line };
}

export function checkAnnotation(file: string, annotation: AnnotationFile, body: string, taxonomy: Taxonomy): AnnotationProblem[] {
  const problems: AnnotationProblem[] = [];
  const problem = (key: string, rule: string, message: string) => problems.push({ file, key, rule, message });
  const index = (entries: TaxonomyEntryFile[]) => {
    const map = new Map<string, TaxonomyEntryFile>();
    for (const e of entries) for (const w of [e.slug, ...wordings(e)]) map.set(lookup(w), e);
    return map;
  };
  const technologies = index(taxonomy.technologies);
  const criteria = index(taxonomy.criteria);
  const useCases = index(taxonomy.useCases);
  const keys = new Set<string>();
  const technologyLabels = new Set(taxonomy.technologies.flatMap(wordings));
  // Table cells run together ("asyncioNode.js"): a winner's name counts anywhere in the quote.
  const mentions = (entry: TaxonomyEntryFile, text: string) => wordings(entry).some((w) => (w.length >= 4 ? lookup(text).includes(w) : containsWording(text, w)));

  for (const claim of annotation.claims) {
    const key = claim.key;
    if (keys.has(key)) problem(key, 'unique-key', 'key used twice in the file');
    keys.add(key);
    if (!KINDS.has(claim.kind)) {
      problem(key, 'kind', `unknown kind '${claim.kind}'`);
      continue;
    }
    const shape = { ...claim, kind: claim.kind as ClaimKindName, outcome: claim.outcome as OutcomeName | undefined };
    for (const p of claimShapeProblems(shape)) problem(key, p.rule, p.message);
    for (const field of GUIDE_REQUIRED.get(claim.kind) ?? []) if (claim[field] === undefined || claim[field] === null || claim[field] === '') problem(key, 'required', `${claim.kind} needs ${field}`);
    for (const [field, map] of [['technology', technologies], ['winner', technologies], ['criterion', criteria], ['useCase', useCases]] as const) {
      const value = claim[field];
      if (typeof value === 'string' && !map.has(lookup(value))) problem(key, 'resolves', `${field} '${value}' is not in the taxonomy`);
    }
    for (const r of claim.related ?? []) if (!technologies.has(lookup(r))) problem(key, 'resolves', `related '${r}' is not in the taxonomy`);

    const found = occurrences(body, claim.quote);
    if (!claim.quote || !found.length) {
      problem(key, 'verbatim', 'quote not found verbatim in the source');
      continue;
    }
    if (found.length > 1 && !claim.occurrence) problem(key, 'unambiguous', `quote occurs ${found.length} times: give occurrence`);
    if (claim.occurrence && claim.occurrence > found.length) problem(key, 'unambiguous', `occurrence ${claim.occurrence} of ${found.length}`);
    const at = found[(claim.occurrence ?? 1) - 1] ?? found[0];
    // A rating's score is optional (a value in the source's words has none); when given, it is on the 0..1 scale.
    if (claim.kind === 'rating' && claim.score != null) {
      if (typeof claim.score !== 'number' || claim.score < 0 || claim.score > 1) problem(key, 'score', 'score must be in [0, 1]');
    }
    if (claim.kind === 'faq' && claim.question && !body.includes(claim.question)) problem(key, 'question-in-body', 'question not found verbatim in the source');

    const criterion = claim.criterion ? criteria.get(lookup(claim.criterion)) : undefined;
    const { heading, line } = sectionOf(body, at, technologyLabels);
    const names = (entry: TaxonomyEntryFile, text: string | null) => !!text && wordings(entry).some((w) => containsWording(text, w));

    if (claim.kind === 'verdict') {
      const bare = claim.quote.replace(/[^\p{L}\p{N}.+#/ -]/gu, ' ').replace(/[.\s]+$/, '').trim();
      if (claim.quote.trim().endsWith('?')) problem(key, 'verdict-not-question', 'a verdict quotes a question, not an answer');
      if (technologies.has(lookup(bare)) || bare.split(/\s+/).length < 2) problem(key, 'verdict-not-bare', `a verdict quote must say more than a name: "${claim.quote}"`);
      if (claim.outcome && !OUTCOME_NAMES.has(claim.outcome)) problem(key, 'outcome', `unknown outcome '${claim.outcome}'`);
      if (claim.outcome === 'win') {
        const winner = claim.winner ? technologies.get(lookup(claim.winner)) : undefined;
        if (winner && !mentions(winner, claim.quote)) problem(key, 'verdict-winner', `the quote does not name the winner ${winner.name}`);
      }
      if (criterion && !mentions(criterion, claim.quote) && !mentions(criterion, line) && !names(criterion, heading)) {
        problem(key, 'verdict-criterion', `neither the quote, its line nor its section ("${heading}") carries the wording of ${criterion.slug}`);
      }
    }
    if (criterion && heading) {
      const named = sectionCriteria(heading, taxonomy, technologyLabels);
      const ownText = mentions(criterion, claim.quote) || mentions(criterion, line);
      if (named.length && !named.some((c) => c.slug === criterion.slug) && !ownText) {
        problem(key, 'criterion-section', `criterion ${criterion.slug}, but its section "${heading}" is about ${named.map((c) => c.slug).join(', ')}`);
      }
    }
  }
  return problems;
}

/**
 * The criteria a heading names: those whose wording is the whole heading once technology
 * names are taken out ("Node.js Performance" -> performance) or stands in it as whole words
 * ("Performance & Concurrency" -> io-performance, performance, concurrency). Overall criteria ("Verdict", "Best For") are left out: an overall
 * section sums up every criterion.
 */
export function sectionCriteria(heading: string, taxonomy: Taxonomy, technologyLabels: Set<string>): TaxonomyEntryFile[] {
  const candidates = taxonomy.criteria.filter((c) => !['overall', 'best-for', 'language-type'].includes(c.slug));
  let stripped = lookup(heading);
  for (const t of [...technologyLabels].sort((a, b) => b.length - a.length)) if (t.length >= 2) stripped = stripped.replace(new RegExp(`(^|\\s)${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=\\s|$)`, 'g'), ' ');
  stripped = lookup(stripped.replace(/\bvs\.?\b/g, ' '));
  return candidates.filter((c) => wordings(c).includes(stripped) || wordings(c).some((w) => containsWording(heading, w)));
}

export function countKinds(annotations: AnnotationFile[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const a of annotations) for (const c of a.claims) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
  return Object.fromEntries(counts);
}
