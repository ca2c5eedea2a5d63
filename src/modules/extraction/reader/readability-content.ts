import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ReaderBlock } from './reader-document.js';

/**
 * A second opinion on where a page's article is: Mozilla's Readability (Firefox Reader View) scores
 * the page's containers by their text and keeps the best. Its output is never stored (it rewrites
 * and re-joins text); only its choice is used, by text, to tell the reader's own blocks that lie
 * outside the article (a byline, a date and reading time, an author box, a list of other posts)
 * from those inside it. Quotes stay in the reader's body, verbatim.
 */

/** Pages with more elements than this are not scored (Readability's time grows with them). */
const MAX_ELEMENTS = 6000;

/** Readability's article text with all white space taken out (it joins blocks without spaces); null when it finds none. */
export function readabilityText(html: string): string | null {
  try {
    const { document } = parseHTML(html);
    const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 200, maxElemsToParse: MAX_ELEMENTS }).parse();
    const text = article?.textContent ? squeezed(article.textContent) : '';
    return text.length >= 200 ? text : null;
  } catch {
    // A page Readability cannot score (too large, or markup it rejects): the reader's rules alone decide.
    return null;
  }
}

const squeezed = (text: string) => text.replace(/\s+/g, '');

/**
 * Which blocks Readability leaves out of the article: paragraphs whose text it does not keep, and
 * lists none of whose items it keeps. Headings, tables and code stay (Readability drops a heading
 * that repeats the title, and tables and lists of short lines it finds too sparse; the article
 * keeps them, and a heading still opens its section).
 * Nothing is left out when Readability's article holds less than `agreement` of the prose's text:
 * it then chose something else than the reader did, and the reader's choice stands.
 */
export function outsideArticle(blocks: ReaderBlock[], article: string, agreement = 0.7): Set<number> {
  const kept = blocks.map((b) => article.includes(squeezed(b.text)));
  // Agreement is measured on prose (paragraphs and items): a row's cells come joined differently.
  const prose = (b: ReaderBlock) => b.type === 'paragraph' || b.type === 'item';
  const total = blocks.reduce((n, b) => n + (prose(b) ? b.text.length : 0), 0);
  const inside = blocks.reduce((n, b, i) => n + (prose(b) && kept[i] ? b.text.length : 0), 0);
  const out = new Set<number>();
  if (!total || inside < agreement * total) return out;
  const groupKept = new Map<number, boolean>();
  blocks.forEach((b, i) => {
    if (b.type === 'item' && b.group !== undefined) groupKept.set(b.group, (groupKept.get(b.group) ?? false) || kept[i]);
  });
  blocks.forEach((b, i) => {
    if (kept[i]) return;
    if (b.type === 'paragraph') out.add(i);
    else if (b.type === 'item' && b.group !== undefined && !groupKept.get(b.group)) out.add(i);
  });
  return out;
}
