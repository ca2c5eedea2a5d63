import type { ArticleMetadata, ReaderBlock, ReaderDocument } from './reader-document.js';
import { isFurnitureText } from './furniture-text.js';
import { isGenericHeading } from './generic-headings.js';
import { BYLINE_ANYWHERE, statedDate } from './stated-metadata.js';

/** What opens a list item in plain text: a bullet, a number, or a ✅/❌-style mark (which also says pro or con). */
const BULLET = /^(\s*)([-*•·▪◦‣–—]|\d{1,2}[.)]|[✅✔✓☑❌✗✘✖⚠👍👎]\uFE0F?|\+|−)\s+/u;
const EMOJI_BULLET = /^[✅✔✓☑❌✗✘✖⚠👍👎]/u;

/** Plain text: lines are blocks; bullets items; tab- or pipe-separated lines table rows. The body is the text itself. */
export function readText(source: string): ReaderDocument {
  const body = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const blocks: ReaderBlock[] = [];
  let group = 0;
  let previousType: ReaderBlock['type'] | 'blank' = 'blank';
  let offset = 0;
  const lines = body.split('\n');
  // A heading heads something: the text's last line (a one-sentence text, a closing remark) is a paragraph.
  const lastLine = lines.findLastIndex((l) => l.trim() !== '');
  lines.forEach((line, index) => {
    const lineStart = offset;
    offset += line.length + 1;
    const trimmed = line.trim();
    if (!trimmed) {
      previousType = 'blank';
      return;
    }
    const leading = line.length - line.trimStart().length;
    const cellsOf = splitTextRow(line);
    if (cellsOf) {
      if (previousType !== 'row') group++;
      if (/^\|?[\s:|-]+\|?$/.test(trimmed)) return; // a Markdown-style separator row
      const cells = cellsOf.map((c) => ({ text: c.text, start: lineStart + c.start, header: previousType !== 'row' }));
      blocks.push({ type: 'row', text: trimmed, start: lineStart + leading, cells, group });
      previousType = 'row';
      return;
    }
    const bullet = BULLET.exec(line);
    if (bullet && trimmed.length > bullet[0].trim().length) {
      if (previousType !== 'item') group++;
      // ✅/❌ stay in the text: they say pro or con. Plain bullets are not part of the item.
      const keep = EMOJI_BULLET.test(bullet[2]) || bullet[2] === '+' || bullet[2] === '−';
      const textStart = keep ? bullet[1].length : bullet[0].length;
      blocks.push({ type: 'item', text: line.slice(textStart).trimEnd(), start: lineStart + textStart, group });
      previousType = 'item';
      return;
    }
    const next = lines[index + 1]?.trim() ?? '';
    const underline = /^(=+|-+)$/.test(next) ? (next.startsWith('=') ? 1 : 2) : 0;
    if (/^(=+|-+)$/.test(trimmed) && previousType === 'heading') return;
    const heading = /^(#{1,6})\s+/.exec(trimmed);
    if (heading) {
      blocks.push({ type: 'heading', level: heading[1].length, text: trimmed.slice(heading[0].length), start: lineStart + leading + heading[0].length });
    } else if (underline || (!(index === lastLine && blocks.length) && looksLikeHeading(trimmed, previousType, next))) {
      const level = underline || (blocks.length === 0 ? 1 : 2);
      blocks.push({ type: 'heading', level, text: trimmed, start: lineStart + leading });
    } else {
      blocks.push({ type: 'paragraph', text: trimmed, start: lineStart + leading });
    }
    previousType = blocks[blocks.length - 1].type;
  });
  for (const block of blocks) if (block.type === 'heading' && isGenericHeading(block.text)) block.generic = true;
  // Calls to action and comment prompts stay in the text (it is the source) but are no block to draft from.
  const read = blocks.filter((b) => !((b.type === 'paragraph' || b.type === 'item') && isFurnitureText(b.text)));
  // The title: an early line that names a comparison, else the first heading.
  const early = blocks.slice(0, 8);
  // A breadcrumb ("Home › Containers › Docker vs Podman") names the page, not the article.
  const crumb = (b: ReaderBlock) => /\s[›»>]\s|^home\s*[›»>/|]/i.test(b.text);
  const title = early.find((b) => /\s(?:vs\.?|versus)\s/i.test(b.text) && b.text.length <= 200 && !crumb(b)) ?? blocks.slice(0, 3).find((b) => b.type === 'heading' && !crumb(b)) ?? blocks[0];
  return { body, blocks: read, metadata: { ...textMetadata(blocks), title: title?.text ?? null } };
}

/** A short line that does not read as a sentence, with a blank line or a list after it. */
function looksLikeHeading(line: string, previous: ReaderBlock['type'] | 'blank', next: string): boolean {
  if (line.length > 90) return false;
  // Right after a list, a short title-like line is a heading only when a paragraph follows it.
  if (previous === 'item' && next !== '' && !(BULLET.test(next) && line.split(/\s+/).length <= 3 && !/[.,;:!?)]$/.test(line)) && !(next.length >= 60 && /[.!?]$/.test(next) && line.split(/\s+/).length <= 8 && /^[A-Z0-9]/.test(line) && !/[.,;:!?)]$/.test(line))) return false;
  if (/[.,;]$/.test(line)) return false;
  if (/\?\s*\+?$/.test(line)) return false; // questions are paragraphs (FAQ), with or without an accordion's "+"
  if (/:$/.test(line)) return false; // lead-ins ("Choose X when:") stay paragraphs
  if (previous === 'blank' || previous === 'heading') return true;
  // Text copied from a web page loses its blank lines: a short title-like line is still a heading.
  return line.length <= 60 && line.split(/\s+/).length <= 8 && /^[A-Z0-9]/.test(line) && !/[.!?:;,)]$/.test(line) && !/\s[—–-]\s/.test(line);
}

/** A tab- or pipe-separated line as its cells (each with its index in the line); null when it is not a row. */
function splitTextRow(line: string): { text: string; start: number }[] | null {
  const separator = line.includes('\t') ? '\t' : line.includes(' | ') || /^\s*\|.*\|\s*$/.test(line) ? '|' : null;
  if (!separator) return null;
  const cells: { text: string; start: number }[] = [];
  let at = 0;
  for (const raw of line.split(separator)) {
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) cells.push({ text, start: at + lead });
    at += raw.length + 1;
  }
  return cells.length >= 2 ? cells : null;
}

/** "By Jane Doe" opening a line. */
const BYLINE = /^(?:[Ww]ritten\s+)?[Bb]y\s+([A-Z][\p{L}.'-]+(?:\s+[A-Z][\p{L}.'-]+){0,3})\b/u;
const AUTHOR_LINE = /^author:\s*(.+)$/i;
const DATE_LINE = /\b(?:published|posted|updated|last updated|date)\b[:\s]*(?:on\s+)?(.{4,40})/i;

/** Author, date and publisher from the first lines of an article (plain text, or the blocks of a Markdown one). */
export function textMetadata(blocks: ReaderBlock[]): Omit<ArticleMetadata, 'title'> {
  let author: string | null = null;
  let date: string | null = null;
  let publisher: string | null = null;
  for (const block of blocks.slice(0, 12)) {
    const byline = BYLINE.exec(block.text) ?? AUTHOR_LINE.exec(block.text);
    if (!author && byline && block.text.length < 160) author = byline[1].replace(/\s*[|·•,–—-]\s*.*$/, '').trim();
    const dated = DATE_LINE.exec(block.text);
    if (!date && dated && statedDate(dated[1])) date = dated[1];
    const datedByline = BYLINE_ANYWHERE.exec(block.text);
    if (!author && datedByline && block.text.length < 100 && /\b(?:19|20)\d\d|min read|published|updated/i.test(block.text)) author = datedByline[1];
    if (!date && statedDate(block.text) && /(?:19|20)\d\d/.test(block.text) && ((byline && block.text.length < 160) || (block.text.length < 40 && /^[\p{L}\d ,.·|–—-]+$/u.test(block.text)))) date = block.text;
    const pub = /^publisher:\s*(.+)$/i.exec(block.text);
    if (!publisher && pub) publisher = pub[1].trim();
  }
  return { author, date, publisher, url: null };
}
