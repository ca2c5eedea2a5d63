import type { ReaderBlock } from '../reader/reader-text.js';
import { cleanLabel } from '../taxonomy-matcher.js';
import type { Drafting } from './drafting.js';
import { isValueCell, tableCell } from './table-claims.js';

/** Where one side's value ends and the other's begins: " / ", "; ", " | ", " vs ". */
const SIDE_BREAK = /\s+\/\s+|;\s+|\s+\|\s+|\s+vs\.?\s+/gi;
/** A side's value after its name: "Falcon 2 MB", "Falcon: yes", "Falcon — 2 MB". */
const NAME_FIRST = /^\s*[:—–-]?\s*(.+?)\s*$/u;

/**
 * "Largest message: Falcon 2 MB / Heron 64 MB", "Replay: Falcon — yes; Heron — no", "Written in:
 * Go (Falcon) vs Rust (Heron)": a line setting each compared side's value on one criterion side by
 * side is a table row written out, one rating per side (scored only when a grade word fits, as in a
 * table). Only a short label, exactly one value per side, each a few words and no sentence.
 * Returns whether the line was read so.
 */
export function sideBySideValues(d: Drafting, block: ReaderBlock): boolean {
  const colon = /^([^:]{2,40}):\s+/.exec(block.text);
  if (!colon || d.compared.mentions(colon[1]).length) return false;
  const rest = block.text.slice(colon[0].length).replace(/[.]\s*$/, '');
  const restAt = block.start + colon[0].length;
  const pieces: { text: string; index: number }[] = [];
  let from = 0;
  for (const m of rest.matchAll(SIDE_BREAK)) {
    pieces.push({ text: rest.slice(from, m.index), index: from });
    from = m.index + m[0].length;
  }
  pieces.push({ text: rest.slice(from), index: from });
  if (pieces.length !== 2) return false;
  const sides = pieces.map((piece) => sideValue(d, piece));
  if (sides.some((s) => !s) || sides[0]!.technology === sides[1]!.technology) return false;
  const label = cleanLabel(colon[1]);
  const criterion = d.matcher.criterion(label);
  for (const side of sides) {
    const text = side!.value;
    tableCell(d, { text, start: restAt + side!.index }, { technology: side!.technology, label, criterion, matrix: true, statedBy: 'The article' });
  }
  return true;
}

/** One side of the line: a compared technology named first ("Falcon 2 MB") or last in brackets ("2 MB (Falcon)"), and its short value. */
function sideValue(d: Drafting, piece: { text: string; index: number }): { technology: string; value: string; index: number } | null {
  const mentions = d.compared.mentions(piece.text);
  if (mentions.length !== 1) return null;
  const [m] = mentions;
  const lead = piece.text.length - piece.text.trimStart().length;
  let value: string;
  let at: number;
  if (m.index === lead) {
    const after = NAME_FIRST.exec(piece.text.slice(m.end));
    if (!after) return null;
    value = after[1];
    at = m.end + piece.text.slice(m.end).indexOf(value);
  } else {
    const bracketed = /^\s*(.+?)\s*\(\s*$/.exec(piece.text.slice(0, m.index));
    if (!bracketed || !/^\s*\)\s*$/.test(piece.text.slice(m.end))) return null;
    value = bracketed[1];
    at = piece.text.indexOf(value);
  }
  if (!value || value.split(/\s+/).length > 6 || !isValueCell(value) || /[.!?]/.test(value.replace(/\d\.\d/g, ''))) return null;
  return { technology: m.slug, value, index: piece.index + at };
}
