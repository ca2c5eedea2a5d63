import type { ReaderBlock } from '../reader/reader-text.js';
import type { Drafting } from './drafting.js';
import { DECISION_COLUMN } from './table-claims.js';

/**
 * Text copied from a web page runs a table's cells together: "CriterionNode.jsPython (FastAPI)Winner",
 * "I/O performanceExcellent — non-blocking event loopGood — async with asyncioNode.js". A header
 * naming the compared technologies (or a "Recommended" column), then lines splitting into as many
 * cells, become table rows again. Cells split where a word runs into a capital, never inside a
 * known name ("TypeScript", "LangChain") or a capitalised word the text writes on its own.
 */
export function gluedTables(d: Drafting, blocks: ReaderBlock[]): ReaderBlock[] {
  const out: ReaderBlock[] = [];
  let camel: Set<string> | null = null;
  let group = 1_000_000;
  for (let i = 0; i < blocks.length; i++) {
    const header = blocks[i];
    if ((header.type !== 'paragraph' && header.type !== 'heading') || header.text.length > 200 || !/\p{Ll}\p{Lu}|[)]\p{Lu}/u.test(header.text)) {
      out.push(header);
      continue;
    }
    camel ??= standaloneCamelWords(d.document.body);
    const cells = splitGlued(d, header, camel);
    if (cells.length < 2 || !looksLikeGluedHeader(d, cells)) {
      out.push(header);
      continue;
    }
    const rows: ReaderBlock[] = [];
    let j = i + 1;
    for (; j < blocks.length; j++) {
      const b = blocks[j];
      if (b.type !== 'paragraph' && b.type !== 'heading') break;
      const rowCells = splitGlued(d, b, camel);
      if (rowCells.length < 2 || /[.!?]$/.test(b.text) && rowCells.length !== cells.length) break;
      // A row that does not split into the header's cells (a cell run into a lower-case word) is left out.
      rows.push(rowCells.length === cells.length ? { ...b, type: 'row', cells: rowCells, group } : b);
    }
    if (rows.filter((r) => r.type === 'row').length < 2) {
      out.push(header);
      continue;
    }
    out.push({ ...header, type: 'row', cells: cells.map((c) => ({ ...c, header: true })), group }, ...rows.filter((r) => r.type === 'row'));
    group++;
    i = j - 1;
  }
  return out;
}

/** A glued line cut into cells where a word runs into a capital, never inside a known name or a standalone camel-case word. */
function splitGlued(d: Drafting, block: ReaderBlock, camel: Set<string>): { text: string; start: number; header: boolean }[] {
  const text = block.text;
  const guarded = [...d.matcher.namesInside(text)];
  for (const m of text.matchAll(/\p{L}*\p{Ll}\p{Lu}\p{L}*/gu)) {
    for (const word of camel) {
      const at = m[0].indexOf(word);
      if (at !== -1) guarded.push({ index: m.index + at, end: m.index + at + word.length });
    }
  }
  const cuts: number[] = [];
  for (let i = 1; i < text.length; i++) {
    const a = text[i - 1];
    const b = text[i];
    const boundary =
      (/[\p{Ll}\d)\]]/u.test(a) && /\p{Lu}/u.test(b)) ||
      // "RAGPython": an acronym run into a capitalised word.
      (i >= 2 && /\p{Lu}/u.test(text[i - 2]) && /\p{Lu}/u.test(a) && /\p{Lu}/u.test(b) && /\p{Ll}/u.test(text[i + 1] ?? ''));
    if (!boundary) continue;
    if (guarded.some((g) => g.index < i && i < g.end)) continue;
    cuts.push(i);
  }
  const cells: { text: string; start: number; header: boolean }[] = [];
  const bounds = [0, ...cuts, text.length];
  for (let k = 0; k < bounds.length - 1; k++) {
    const raw = text.slice(bounds[k], bounds[k + 1]);
    const t = raw.trim();
    if (t) cells.push({ text: t, start: block.start + bounds[k] + raw.indexOf(t), header: false });
  }
  return cells;
}

/** A header names two compared technologies as columns, or is "situation | Recommended …". */
function looksLikeGluedHeader(d: Drafting, cells: { text: string }[]): boolean {
  const technologyColumns = new Set(cells.map((c) => d.compared.mentions(c.text).find((m) => m.index <= 2)?.slug).filter(Boolean));
  if (technologyColumns.size >= 2) return true;
  return cells.length === 2 && DECISION_COLUMN.test(cells[1].text) && !d.compared.mentions(cells[0].text).length;
}

/** Capitalised-inside words the text writes on their own ("TypeScript", "GitHub"): never split inside them. */
function standaloneCamelWords(body: string): Set<string> {
  const counts = new Map<string, number>();
  for (const m of body.matchAll(/(?<![\p{L}\p{N}])\p{L}*\p{Ll}\p{Lu}\p{L}*(?![\p{L}])/gu)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return new Set([...counts].filter(([w, n]) => n >= 2 && w.length >= 4).map(([w]) => w));
}
