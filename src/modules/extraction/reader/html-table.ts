import { attr, findAll, isElement, SKIPPED_TAGS, type Element, type Node, type TextNode } from './html-dom.js';

/** A table cell as a reader sees it: its text, and its items when it holds a list, lines or paragraphs. */
export interface TableCell {
  element: Element;
  text: string;
  header: boolean;
  /** How many columns the cell spans. */
  span: number;
  /** Each item, line or paragraph of the cell with its index in `text`, pointers elsewhere left out; absent when the cell is one piece. */
  parts?: { text: string; start: number }[];
}

export interface TableRow {
  cells: TableCell[];
  /** A row of one short cell across the table, naming the rows under it ("Query Consistency"). */
  caption: boolean;
}

/**
 * How a table is read:
 * - grid: rows of cells (a criterion column, a column per technology, or any other grid);
 * - sectioned prose: caption rows across the table, each followed by cells written as sentences
 *   side by side ("Alpha does X. | Beta does Y."): a page laid out with a table, read as a
 *   heading per caption and a paragraph per cell.
 */
export interface TableLayout {
  kind: 'grid' | 'sectioned-prose';
  rows: TableRow[];
}

/** Elements that end one piece of a cell's text and start another. */
const PIECE_BREAKS = new Set(['br', 'li', 'p', 'div', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr']);
/** Text written as sentences: several words, ending a sentence somewhere. */
const PROSE = /\S+(?:\s+\S+){5,}/;
const SENTENCE_END = /[.!?](?:\s|$)/;

/** The rows of `table` (its own, not a nested table's), with each cell's text and parts. */
export function readTable(table: Element): TableLayout {
  const rows = findAll(table, (e) => e.tagName === 'tr')
    .filter((tr) => ownerTable(tr) === table)
    .map((tr) => {
      const cells = tr.childNodes.filter(isElement).filter((c) => c.tagName === 'td' || c.tagName === 'th').map((c) => tableCell(c, c.tagName === 'th' || insideHead(table, tr)));
      return { cells, caption: false };
    })
    .filter((row) => row.cells.some((c) => c.text));
  const width = Math.max(0, ...rows.map((r) => r.cells.reduce((n, c) => n + c.span, 0)));
  for (const row of rows) {
    const filled = row.cells.filter((c) => c.text);
    row.caption = width >= 2 && filled.length === 1 && row.cells.length === 1 && filled[0].text.length <= 100 && !/[.!?:]$/.test(filled[0].text);
  }
  return { kind: sectionedProse(rows) ? 'sectioned-prose' : 'grid', rows };
}

/**
 * Caption rows (two or more) split the table into sections, and most rows under them hold only
 * prose cells: no cell is a short label, so there is no criterion column to read it as a grid by.
 */
function sectionedProse(rows: TableRow[]): boolean {
  if (rows.filter((r) => r.caption).length < 2) return false;
  const firstCaption = rows.findIndex((r) => r.caption);
  const data = rows.slice(firstCaption).filter((r) => !r.caption);
  const prose = data.filter((r) => r.cells.length >= 2 && r.cells.every((c) => !c.text || (PROSE.test(c.text) && SENTENCE_END.test(c.text))));
  return data.length >= 2 && prose.length * 2 > data.length;
}

/** A cell's text, whitespace collapsed, with a space where a line, item or paragraph ends; and those pieces. */
export function tableCell(cell: Element, header: boolean): TableCell {
  const pieces: { text: string; reference: boolean }[] = [];
  let current = '';
  let linkText = '';
  const end = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    const previous = pieces[pieces.length - 1];
    // "(by using sessions)" or "and more" on a line of its own qualifies the line before it.
    if (text && previous && !previous.reference && /^[(\p{Ll}]/u.test(text)) previous.text += ` ${text}`;
    else if (text) pieces.push({ text, reference: isReference(text, linkText.replace(/\s+/g, ' ').trim()) });
    current = '';
    linkText = '';
  };
  const walk = (node: Node, inLink: boolean) => {
    if (node.nodeName === '#text') {
      const value = (node as TextNode).value;
      current += value;
      if (inLink) linkText += value;
      return;
    }
    if (!isElement(node) || SKIPPED_TAGS.has(node.tagName)) return;
    const breaks = PIECE_BREAKS.has(node.tagName);
    if (breaks) end();
    for (const child of node.childNodes) walk(child, inLink || node.tagName === 'a');
    if (breaks) end();
  };
  for (const child of cell.childNodes) walk(child, false);
  end();
  const text = pieces.map((p) => p.text).join(' ');
  const span = Math.max(1, Number(attr(cell, 'colspan')) || 1);
  if (pieces.length < 2) return { element: cell, text, header, span };
  // Links and pointers beside the cell's own text ("Further reading", "Learn more") refer elsewhere: they are not its items.
  const own = pieces.some((p) => !p.reference);
  const parts: { text: string; start: number }[] = [];
  let at = 0;
  for (const piece of pieces) {
    if (!(own && piece.reference)) parts.push({ text: piece.text, start: at });
    at += piece.text.length + 1;
  }
  // "No" beside "For more information, see …": the one piece of its own is the cell's claim, without the pointer.
  return { element: cell, text, header, span, parts: parts.length >= 2 || parts.length < pieces.length ? parts : undefined };
}

/** Pointers to other pages: "Learn more about X", "For more information, see Y". */
const POINTER = /^(?:learn more\b|read more\b|for (?:more )?(?:information|details)\b|see (?:also|the|our)\b|more info\b)/i;

/** A piece that points elsewhere: all its text is a link's, a wiki link ("[[Page|Target]]"), or a pointer sentence. */
function isReference(text: string, linkText: string): boolean {
  return (linkText !== '' && linkText === text) || /^\[\[[^\]]+\]\]$/.test(text) || POINTER.test(text);
}

function ownerTable(tr: Element): Element | null {
  let parent = tr.parentNode as Element | null;
  while (parent && parent.tagName !== 'table') parent = parent.parentNode as Element | null;
  return parent;
}

function insideHead(table: Element, tr: Element): boolean {
  let parent = tr.parentNode as Element | null;
  while (parent && parent !== table) {
    if (parent.tagName === 'thead') return true;
    parent = parent.parentNode as Element | null;
  }
  return false;
}
