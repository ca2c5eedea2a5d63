import { type ParsedVerdict } from '../verdict-phrases.js';
import type { Drafting } from './drafting.js';
import { asSentence, lowerFirst } from './statement-wording.js';

/** A verdict claim: the winner resolved (a win naming no known technology drafts nothing); a table's verdict gets a statement of its own. */
export function draftVerdict(d: Drafting, parsed: ParsedVerdict, criterion: string, quote: string, at: number, statement: string | null, label?: string): void {
  const winner = parsed.outcome === 'win' ? d.matcher.resolveTechnology(parsed.winner!) : null;
  if (parsed.outcome === 'win' && !winner) return;
  const names = d.compared.slugs.map((s) => d.matcher.technologyName(s));
  const about = label ? lowerFirst(label) : criterion;
  const tableStatement = {
    win: () => `The table names ${d.matcher.technologyName(winner!)} the winner on ${about}.`,
    tie: () => `The table calls ${about} a tie between ${names.join(' and ')}.`,
    neither: () => `The table names neither ${names.join(' nor ')} the winner on ${about}.`,
    split: () => `The table splits ${about} between ${names.join(' and ')}.`,
  }[parsed.outcome];
  d.claims.add({
    kind: 'verdict',
    technology: winner,
    winner,
    outcome: parsed.outcome,
    criterion,
    quote,
    at,
    statement: statement ? asSentence(statement) : tableStatement(),
    related: parsed.outcome === 'win' ? undefined : d.compared.slugs,
    keyHint: `${label ?? criterion} verdict`,
  });
}
