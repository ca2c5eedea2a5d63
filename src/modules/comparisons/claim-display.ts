/**
 * How outcomes and quotes read on pages and embeds. Display only: what is stored and served as
 * data (JSON, CSV) keeps the verbatim quote and the outcome code.
 */

/** A consensus or verdict without a winner says what the sources said: a split is not a tie. */
const OUTCOME_LABELS: Readonly<Record<string, string>> = {
  tie: 'Tie',
  split: 'Split',
  neither: 'Neither',
  contested: 'Contested',
};

/** The winner's name, else the outcome's label (Tie, Split, Neither, Contested). */
export function outcomeLabel(winner: { name: string } | null, outcome: string): string {
  return winner ? winner.name : (OUTCOME_LABELS[outcome] ?? outcome.charAt(0).toUpperCase() + outcome.slice(1));
}

const TABLE_ROW = /^\s*\|(.*)\|\s*$/s;
const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * A quote that is a Markdown table row ("| Scalability | Excellent | Good |") shown as the cell
 * the claim is about: the cell `about` (the rating, winner or statement) names, or shares the
 * most words with. The first cell is the row's label; with no cell to prefer, the other cells
 * joined. Any other quote is returned as it is.
 */
export function quoteForDisplay(quote: string, about?: string | null): string {
  const row = TABLE_ROW.exec(quote);
  if (!row) return quote;
  const cells = row[1].split('|').map((cell) => cell.trim()).filter(Boolean);
  if (cells.length < 2) return cells[0] ?? quote;
  const values = cells.slice(1);
  if (!about) return values.join(' · ');
  const exact = values.find((cell) => cell.toLowerCase() === about.trim().toLowerCase());
  if (exact) return exact;
  const aboutWords = new Set(words(about));
  let best: { cell: string; score: number } | null = null;
  for (const cell of values) {
    const cellWords = words(cell);
    if (!cellWords.length) continue;
    const score = cellWords.filter((w) => aboutWords.has(w)).length / cellWords.length;
    if (score > 0 && (!best || score > best.score)) best = { cell, score };
  }
  return best ? best.cell : values.join(' · ');
}
