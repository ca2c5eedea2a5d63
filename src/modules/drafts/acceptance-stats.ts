import type { AcceptanceCounts, DraftStatsRow } from './drafts.types.js';

/**
 * Acceptance counts over rows of published drafts' claims (one row per draft and kind): every
 * group counts its distinct drafts; the rates are extraction's precision (drafted claims the
 * editor kept) and its recall gap (claims the editor had to add by hand), as measured by editors.
 */
export function acceptanceCounts(rows: DraftStatsRow[]): AcceptanceCounts {
  const sum = (pick: (r: DraftStatsRow) => number) => rows.reduce((total, r) => total + pick(r), 0);
  const drafted = sum((r) => r.drafted);
  const acceptedUnchanged = sum((r) => r.acceptedUnchanged);
  const acceptedEdited = sum((r) => r.acceptedEdited);
  const added = sum((r) => r.added);
  const accepted = acceptedUnchanged + acceptedEdited;
  return {
    drafts: new Set(rows.map((r) => r.draftId)).size,
    drafted,
    acceptedUnchanged,
    acceptedEdited,
    rejected: sum((r) => r.rejected),
    added,
    acceptanceRate: drafted ? accepted / drafted : null,
    handAddedRate: accepted + added ? added / (accepted + added) : null,
  };
}

/** The counts per value of `by` (kind, format or period), in the order `by` sorts them. */
export function acceptanceBy<K extends string>(rows: DraftStatsRow[], by: (row: DraftStatsRow) => string, name: K): (AcceptanceCounts & Record<K, string>)[] {
  const groups = new Map<string, DraftStatsRow[]>();
  for (const row of rows) groups.set(by(row), [...(groups.get(by(row)) ?? []), row]);
  return [...groups.keys()].sort().map((value) => ({ [name]: value, ...acceptanceCounts(groups.get(value)!) }) as AcceptanceCounts & Record<K, string>);
}
