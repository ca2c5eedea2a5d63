import type { RefModel, SourceRefModel } from '../../common/models/refs.model.js';
import type { AssessmentModel, ConsensusModel, VerdictModel } from './models/comparison.model.js';

/** An explicit verdict counts twice as much as a position read off two ratings. */
const VERDICT_WEIGHT = 1;
const RATING_WEIGHT = 0.5;
/** Two ratings closer than this (on the 0..1 scale) are a tie, not a win. */
const RATING_TIE_MARGIN = 0.15;

const TIE = 'tie';

/**
 * Per-criterion consensus. Each source takes at most one position: its verdict if it gives
 * one (a win for a technology, or a tie for tie/split/neither), else the comparison of its
 * ratings of both technologies (a rating of only one says nothing about who wins). The
 * position with the most weight is the consensus; agreement is its share of all weight;
 * sources holding another position dissent, and any dissent is a conflict.
 */
export function consensusOf(pair: [RefModel, RefModel], verdicts: VerdictModel[], assessments: AssessmentModel[]): ConsensusModel & { conflict: boolean } {
  const positions = new Map<string, { source: SourceRefModel; position: string; weight: number }>();
  for (const v of verdicts) {
    if (positions.has(v.source.slug)) continue;
    const position = v.outcome === 'win' && v.winner ? v.winner.slug : TIE;
    positions.set(v.source.slug, { source: v.source, position, weight: VERDICT_WEIGHT });
  }
  const bySource = new Map<string, AssessmentModel[]>();
  for (const a of assessments) bySource.set(a.source.slug, [...(bySource.get(a.source.slug) ?? []), a]);
  for (const [slug, list] of bySource) {
    if (positions.has(slug)) continue;
    const [a, b] = pair.map((t) => list.find((x) => x.technology.slug === t.slug));
    if (!a || !b) continue;
    const diff = a.score - b.score;
    const position = Math.abs(diff) < RATING_TIE_MARGIN ? TIE : diff > 0 ? pair[0].slug : pair[1].slug;
    positions.set(slug, { source: a.source, position, weight: RATING_WEIGHT });
  }

  const totals = new Map<string, number>();
  for (const p of positions.values()) totals.set(p.position, (totals.get(p.position) ?? 0) + p.weight);
  const total = [...totals.values()].reduce((x, y) => x + y, 0);
  // Highest weight wins; an exact tie between two technologies is no consensus winner.
  const ranked = [...totals.entries()].sort((x, y) => y[1] - x[1]);
  const top = ranked[0];
  const deadlock = ranked.length > 1 && ranked[1][1] === top?.[1];
  const position = !top ? null : deadlock ? TIE : top[0];
  const all = [...positions.values()];
  const support = all.filter((p) => p.position === position).map((p) => p.source);
  const dissent = all.filter((p) => p.position !== position).map((p) => p.source);
  return {
    winner: position && position !== TIE ? (pair.find((t) => t.slug === position) ?? null) : null,
    outcome: position === null ? null : position === TIE ? 'tie' : 'win',
    agreement: total ? Math.round(((totals.get(position ?? '') ?? 0) / total) * 1000) / 1000 : 0,
    sourceCount: positions.size,
    support,
    dissent,
    conflict: new Set(all.map((p) => p.position)).size > 1,
  };
}
