/**
 * The recommendation evaluation: a set of needs in users' own words, each with the answer the
 * articles ground, graded against what the recommender answers. Pure (files are read by the caller).
 */
import type { RecommendationModel } from './models/recommendation.model.js';

export interface EvalCase {
  id: string;
  category: string;
  needs: string[];
  among?: string[];
  /** A technology slug, "NONE", or { hybrid: [slugs] }. */
  expected: string | { hybrid: string[] };
  /** The article lines that ground the expected answer (source externalId + verbatim quote). */
  grounds: { source: string; quote: string }[];
  note?: string;
}

export interface EvalOutcome {
  id: string;
  category: string;
  expected: string;
  answered: string;
  correct: boolean;
}

export interface EvalReport {
  total: number;
  correct: number;
  accuracy: number;
  byCategory: Record<string, { total: number; correct: number; accuracy: number }>;
  failures: EvalOutcome[];
}

/** The answer a recommendation gives, in the eval's terms: a slug, HYBRID(a+b) or NONE. */
export function answerOf(r: RecommendationModel): string {
  if (r.architecture.kind === 'HYBRID') return `HYBRID(${r.architecture.parts.map((p) => p.technology.slug).sort().join('+')})`;
  if (r.architecture.kind === 'SINGLE' && r.architecture.parts.length) return r.architecture.parts[0].technology.slug;
  return 'NONE';
}

export function expectedOf(c: EvalCase): string {
  return typeof c.expected === 'string' ? c.expected : `HYBRID(${[...c.expected.hybrid].sort().join('+')})`;
}

/** Problems with the set itself: missing fields, quotes not verbatim in their source. */
export function validateCases(cases: EvalCase[], sourceText: (externalId: string) => string | null): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const c of cases) {
    if (!c.id || ids.has(c.id)) problems.push(`${c.id}: missing or duplicate id`);
    ids.add(c.id);
    if (!c.category) problems.push(`${c.id}: no category`);
    if (!Array.isArray(c.needs) || !c.needs.length) problems.push(`${c.id}: no needs`);
    if (!c.grounds?.length) problems.push(`${c.id}: no grounding line`);
    for (const g of c.grounds ?? []) {
      const text = sourceText(g.source);
      if (text === null) problems.push(`${c.id}: unknown source ${g.source}`);
      else if (!text.includes(g.quote)) problems.push(`${c.id}: quote not verbatim in ${g.source}: "${g.quote}"`);
    }
  }
  return problems;
}

export function grade(outcomes: EvalOutcome[]): EvalReport {
  const byCategory: EvalReport['byCategory'] = {};
  for (const o of outcomes) {
    const c = (byCategory[o.category] ??= { total: 0, correct: 0, accuracy: 0 });
    c.total++;
    if (o.correct) c.correct++;
  }
  for (const c of Object.values(byCategory)) c.accuracy = ratio(c.correct, c.total);
  const correct = outcomes.filter((o) => o.correct).length;
  return { total: outcomes.length, correct, accuracy: ratio(correct, outcomes.length), byCategory, failures: outcomes.filter((o) => !o.correct) };
}

export function formatReport(r: EvalReport): string {
  const lines = [`accuracy ${r.correct}/${r.total} = ${r.accuracy}`];
  for (const [name, c] of Object.entries(r.byCategory).sort()) lines.push(`  ${name.padEnd(14)} ${c.correct}/${c.total} = ${c.accuracy}`);
  if (r.failures.length) lines.push('failures:', ...r.failures.map((f) => `  ${f.id} [${f.category}] expected ${f.expected}, answered ${f.answered}`));
  return lines.join('\n');
}

/**
 * Where a case's needs were routed: every need's best source one of the case's own articles
 * ('own-first'), some need's best source another article ('other-first'), some need routed
 * nowhere ('unrouted'), or the case asked `among` (no routing).
 */
export type RoutingBucket = 'own-first' | 'other-first' | 'unrouted' | 'among';

/** `routed`: per need, its routed sources (best first; empty: not routed); null for an `among` case. */
export function routingBucket(routed: string[][] | null, own: ReadonlySet<string>): RoutingBucket {
  if (routed === null) return 'among';
  if (routed.some((r) => !r.length)) return 'unrouted';
  return routed.every((r) => own.has(r[0])) ? 'own-first' : 'other-first';
}

export interface RoutingFigures {
  total: number;
  right: number;
  /** Answered, but not as expected. */
  wrong: number;
  /** Answered nothing where something was expected. */
  empty: number;
}

export function byRouting(outcomes: (EvalOutcome & { routing: RoutingBucket })[]): Record<RoutingBucket, RoutingFigures> {
  const out = {} as Record<RoutingBucket, RoutingFigures>;
  for (const bucket of ['own-first', 'other-first', 'unrouted', 'among'] as const) out[bucket] = { total: 0, right: 0, wrong: 0, empty: 0 };
  for (const o of outcomes) {
    const f = out[o.routing];
    f.total++;
    if (o.correct) f.right++;
    else if (o.answered === 'NONE') f.empty++;
    else f.wrong++;
  }
  return out;
}

export function formatRouting(title: string, figures: Record<RoutingBucket, RoutingFigures>): string {
  const label: Record<RoutingBucket, string> = { 'own-first': 'own article routed first', 'other-first': 'another article first', unrouted: 'not routed', among: 'asked among' };
  return [title, ...Object.entries(figures).map(([b, f]) => `  ${label[b as RoutingBucket].padEnd(26)} ${String(f.total).padStart(4)}: right ${f.right}, wrong ${f.wrong}, empty ${f.empty}`)].join('\n');
}

const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 1000) / 1000 : 0);
