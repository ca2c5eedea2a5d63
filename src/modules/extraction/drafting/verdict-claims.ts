import type { ReaderBlock } from '../reader/reader-text.js';
import { parseVerdictSentence, type ParsedVerdict } from './verdict-phrases.js';
import type { SectionContext } from './section-context.js';
import type { Drafting } from './drafting.js';
import { asSentence, lowerFirst } from './statement-wording.js';
import { sentences } from './text-segments.js';

/** A line that only labels the next one as the verdict ("Winner", "Our pick"). */
export const WINNER_LABEL = /^(?:the\s+)?(?:winner|verdict|our verdict|our pick|who wins\??|result)$/i;

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

/** A heading that states a verdict ("Performance: Go Wins"); its criterion from the heading's words, else the section's. */
export function headingVerdict(d: Drafting, block: ReaderBlock, context: SectionContext): void {
  const parsed = parseVerdictSentence(block.text, d.compared.mentions(block.text));
  if (!parsed) return;
  const criterion = parsed.about ? d.matcher.criterion(parsed.about) : (context.criterion ?? 'overall');
  draftVerdict(d, parsed, criterion, block.text, block.start, block.text);
}

/** The line after a "Winner" label: "Python.", "Node.js wins for speed.", "Both …". Returns how much of the line the verdict took (0: none). */
export function labelledVerdict(d: Drafting, block: ReaderBlock, context: SectionContext): number {
  const first = sentences(block.text)[0];
  if (!first) return 0;
  const mentions = d.compared.mentions(first.text);
  // "Python." or "Python by a huge margin." names the winner; "Node.js for most web APIs — …" is advice, not a verdict.
  const bare = mentions[0]?.index === 0 && first.text.split(/\s+/).length <= 6 && !/\b(?:for|if|when)\b/i.test(first.text);
  const parsed: ParsedVerdict | null =
    parseVerdictSentence(first.text, mentions) ?? (bare ? { outcome: 'win', winner: mentions[0].name } : /^(?:both|tie|it'?s a tie)\b/i.test(first.text) ? { outcome: 'tie' } : null);
  if (!parsed) return 0;
  if (parsed.outcome === 'win' && !d.compared.includesName(parsed.winner!)) return 0;
  // A bare "Python." under "Winner" is a label's answer, not a statement to quote: the verdict is the sentence that says it.
  if (bare && !parseVerdictSentence(first.text, mentions) && first.text.split(/\s+/).length <= 2) return first.index + first.text.length;
  // "Node.js wins for speed and concurrent requests": one verdict per criterion it names.
  const parts = parsed.about ? parsed.about.split(/\s+(?:and|&)\s+/) : [];
  if (parts.length > 1 && context.role !== 'overall') {
    for (const part of parts) draftVerdict(d, parsed, d.matcher.criterion(part), first.text, block.start + first.index, first.text);
    return first.index + first.text.length;
  }
  draftVerdict(d, parsed, context.role === 'overall' ? 'overall' : (context.criterion ?? 'overall'), first.text, block.start + first.index, first.text);
  return first.index + first.text.length;
}
