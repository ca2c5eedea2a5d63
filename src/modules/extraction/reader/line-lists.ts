/**
 * Lines that form a list without bullets: a paragraph of short lines, each a phrase of its own
 * ("Fast builds" / "Small binaries"), written one per line in Markdown or split by <br> in HTML.
 * Run together they would read as one sentence; read as a list, each line is an item.
 */

/** Words a wrapped line of prose ends on, mid-sentence. */
const OPEN_ENDING = /\b(?:a|an|the|and|or|but|nor|of|to|in|on|at|by|for|from|with|as|is|are|was|were|be|that|which|than|into|its|their|our|your|this|these|those)$/i;
/** How an item starts: a capital, a digit, a mark (✅, ❌, →), or a quote or bracket before one. */
const ITEM_START = /^[("'“‘[]?(?:\p{Lu}|\p{N}|\p{Extended_Pictographic}|[✓✔✗✘→•])/u;

/**
 * How `lines` read as a list: `leadIn` when the first line introduces it ("What you get:"),
 * then the items; null when the lines are prose (wrapped sentences, one sentence per line).
 */
export function linesAsList(lines: string[]): { leadIn: string | null; items: string[] } | null {
  if (lines.length < 2) return null;
  const leadIn = /:$/.test(lines[0]) && lines[0].length <= 120 ? lines[0] : null;
  const items = leadIn ? lines.slice(1) : lines;
  if (items.length < 2) return null;
  const isItem = (line: string) => line.length <= 100 && ITEM_START.test(line) && !/[.,;:!?]$/.test(line) && !OPEN_ENDING.test(line);
  if (!items.every(isItem)) return null;
  // Prose wrapped at a fixed width has long lines; list items are mostly short.
  const lengths = items.map((l) => l.length).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length / 2)] <= 70 ? { leadIn, items } : null;
}
