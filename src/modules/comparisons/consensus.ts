import type { RefModel, SourceRefModel } from '../../common/models/refs.model.js';
import type { AssessmentModel, ConsensusModel, PositionModel, VerdictModel } from './models/comparison.model.js';

import { QUALIFIED_FACTOR, RATING_WEIGHT, VERDICT_WEIGHT } from '../claims/evidence-weights.js';

/** A listed use case or pro weighs less than a verdict or two ratings (claims/evidence-weights.ts). */
export const STANCE_WEIGHT = 0.3;

/** What a source can hold besides a technology winning. */
export type NonWin = 'tie' | 'split' | 'neither';

/**
 * A use case, scenario, recommendation, pro or con: a position weaker than a verdict on the
 * criterion or use case it bears on. `favours` is the technology it speaks for (a con speaks
 * for the other one of the pair).
 */
export interface Stance {
  claimId: number;
  source: SourceRefModel;
  favours: RefModel;
  qualifiers: string[];
  quote: string;
}

export interface ConsensusOptions {
  /** Multiplies a source's weights by its recency: 0.5 ^ (age / half-life). Off by default. */
  recency?: { halfLifeDays: number };
}

/**
 * Per-criterion (or per-use-case) consensus. Each source takes at most one position, from its
 * strongest kind of evidence: its explicit verdict (a win, tie, split or neither, as the text
 * says it; weight 1), else the comparison of its ratings of both technologies on its own scale
 * (a higher score wins, only equal ratings tie; 0.5; ratings in words that fit no scale are shown
 * but take no position: "Built-in" against "Plugin" orders nothing by itself), else its stances: use cases, scenarios,
 * recommendations, pros and cons (the technology with more of them; 0.3). Qualifiers multiply
 * the weight by 0.6. With recency weighting, each source's weight falls by half every half-life
 * of age behind the newest dated source (undated sources count as old as the oldest dated one).
 * The heaviest position is the consensus; agreement is its share of the weight; two positions of
 * equal top weight are `contested`. Sources holding another position dissent (a conflict).
 */
export function consensusOf(
  pair: [RefModel, RefModel],
  verdicts: VerdictModel[],
  assessments: AssessmentModel[],
  stances: Stance[] = [],
  options: ConsensusOptions = {},
): ConsensusModel & { conflict: boolean } {
  const positions = new Map<string, PositionModel>();
  for (const v of verdicts) {
    const position = v.outcome === 'win' && v.winner ? v.winner.slug : v.outcome;
    const candidate: PositionModel = { source: v.source, position, basis: 'verdict', weight: hedged(VERDICT_WEIGHT, v.qualifiers ?? []), qualifiers: v.qualifiers ?? [], claimIds: [v.claimId], quote: v.quote };
    const prior = positions.get(v.source.slug);
    // A source with several verdicts on one row keeps its least hedged one.
    if (!prior || candidate.weight > prior.weight) positions.set(v.source.slug, candidate);
  }
  const bySource = group(assessments, (a) => a.source.slug);
  for (const [slug, list] of bySource) {
    if (positions.has(slug)) continue;
    const [a, b] = pair.map((t) => list.find((x) => x.technology.slug === t.slug));
    if (!a || !b || a.score === null || b.score === null) continue;
    const position = a.score === b.score ? 'tie' : a.score > b.score ? pair[0].slug : pair[1].slug;
    positions.set(slug, { source: a.source, position, basis: 'rating', weight: RATING_WEIGHT, qualifiers: [], claimIds: [a.claimId, b.claimId], quote: `${a.rating} / ${b.rating}` });
  }
  for (const [slug, list] of group(stances, (s) => s.source.slug)) {
    if (positions.has(slug)) continue;
    const counts = new Map(pair.map((t) => [t.slug, list.filter((s) => s.favours.slug === t.slug).length]));
    const [x, y] = pair.map((t) => counts.get(t.slug)!);
    if (x === y) continue;
    const favoured = x > y ? pair[0].slug : pair[1].slug;
    const mine = list.filter((s) => s.favours.slug === favoured);
    // Hedged only when every stance for that side is hedged.
    const qualifiers = mine.every((s) => s.qualifiers.length) ? [...new Set(mine.flatMap((s) => s.qualifiers))] : [];
    positions.set(slug, { source: mine[0].source, position: favoured, basis: 'stance', weight: hedged(STANCE_WEIGHT, qualifiers), qualifiers, claimIds: mine.map((s) => s.claimId), quote: mine[0].quote });
  }
  if (options.recency) applyRecency([...positions.values()], options.recency.halfLifeDays);

  const all = [...positions.values()].sort((p, q) => p.source.slug.localeCompare(q.source.slug));
  const totals = new Map<string, number>();
  for (const p of all) totals.set(p.position, (totals.get(p.position) ?? 0) + p.weight);
  const total = [...totals.values()].reduce((x, y) => x + y, 0);
  const ranked = [...totals.entries()].sort((x, y) => y[1] - x[1]);
  const top = ranked[0];
  const contested = ranked.length > 1 && Math.abs(ranked[1][1] - top[1]) < 1e-9;
  const position = !top ? null : contested ? 'contested' : top[0];
  const winner = position ? (pair.find((t) => t.slug === position) ?? null) : null;
  return {
    winner,
    outcome: position === null ? null : winner ? 'win' : position,
    agreement: total && position !== 'contested' ? round((totals.get(position ?? '') ?? 0) / total) : 0,
    sourceCount: all.length,
    support: all.filter((p) => p.position === position).map((p) => p.source),
    dissent: all.filter((p) => p.position !== position).map((p) => p.source),
    positions: all.map((p) => ({ ...p, weight: round(p.weight) })),
    conflict: new Set(all.map((p) => p.position)).size > 1,
  };
}

const hedged = (weight: number, qualifiers: string[]) => (qualifiers.length ? weight * QUALIFIED_FACTOR : weight);

/** First day of a stated date ("2026", "2026-05", "2026-05-14"), in ms; null when undated. */
export function statedTime(publishedAt: string | null): number | null {
  if (!publishedAt) return null;
  const [y, m = '01', d = '01'] = publishedAt.split('-');
  const t = Date.UTC(Number(y), Number(m) - 1, Number(d));
  return Number.isFinite(t) ? t : null;
}

function applyRecency(positions: PositionModel[], halfLifeDays: number): void {
  const times = positions.map((p) => statedTime(p.source.publishedAt)).filter((t): t is number => t !== null);
  if (!times.length) return;
  const newest = Math.max(...times);
  const oldest = Math.min(...times);
  for (const p of positions) {
    const ageDays = (newest - (statedTime(p.source.publishedAt) ?? oldest)) / 86_400_000;
    p.weight *= 0.5 ** (ageDays / halfLifeDays);
  }
}

function group<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

const round = (n: number) => Math.round(n * 1000) / 1000;
