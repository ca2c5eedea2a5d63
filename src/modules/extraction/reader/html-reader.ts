import { parse } from 'parse5';
import { BodyBuilder, CELL_SEPARATOR } from './body-builder.js';
import { brokenLines, findAll, inlineText, isElement, withoutPermalink, type Element, type Node, type TextNode } from './html-dom.js';
import { contentRoot, isBoilerplate, isLinkList, isLinkParagraph } from './html-furniture.js';
import { htmlMetadata } from './html-metadata.js';
import { readTable, type TableCell } from './html-table.js';
import { linesAsList } from './line-lists.js';
import { outsideArticle } from './readability-content.js';
import type { ReaderDocument } from './reader-document.js';

/** Elements that start a block of their own: the text around them is not one paragraph with them. */
const BLOCK_TAGS = new Set(['p', 'div', 'section', 'article', 'main', 'blockquote', 'dd', 'dt', 'summary', 'details', 'header', 'body', 'html', 'center', 'address', 'figure']);
const HEADING = /^h([1-6])$/;

function hasBlockChild(el: Element): boolean {
  return el.childNodes.some((c) => isElement(c) && (BLOCK_TAGS.has(c.tagName) || HEADING.test(c.tagName) || ['ul', 'ol', 'dl', 'table', 'pre', 'p', 'li'].includes(c.tagName)));
}

/** Adds the blocks under `root` to `builder`: headings, paragraphs, list items, table rows and code, in reading order. */
function htmlBlocks(root: Node, builder: BodyBuilder, insideArticle: boolean): void {
  let group = 0;
  const walk = (node: Node, inArticle: boolean): void => {
    if (!isElement(node)) return;
    const el = node;
    const article = inArticle || el.tagName === 'article' || el.tagName === 'main';
    if (isBoilerplate(el, article)) return;
    const heading = HEADING.exec(el.tagName);
    if (heading) return builder.add({ type: 'heading', level: Number(heading[1]), text: withoutPermalink(inlineText(el)) });
    if (el.tagName === 'pre') return builder.add({ type: 'code', text: inlineText(el) });
    if (el.tagName === 'ul' || el.tagName === 'ol') {
      if (isLinkList(el)) return;
      const list = ++group;
      for (const li of el.childNodes.filter(isElement)) {
        if (li.tagName !== 'li') {
          walk(li, article);
          continue;
        }
        if (isBoilerplate(li, article)) continue;
        builder.add({ type: 'item', text: inlineText(li), group: list }, el.tagName === 'ol' ? '' : '- ');
        // Nested lists and blocks inside an item come after it, as their own lines.
        for (const child of li.childNodes.filter(isElement)) if (['ul', 'ol', 'table', 'p', 'div'].includes(child.tagName) && hasNestedBlocks(child)) walk(child, article);
      }
      return;
    }
    if (el.tagName === 'table') {
      const table = ++group;
      const layout = readTable(el);
      if (layout.kind === 'sectioned-prose') {
        // Captions become headings under the current one; each prose cell is read as the page's own text.
        const level = Math.min(6, builder.headingLevel + 1);
        let captioned = false;
        for (const row of layout.rows) {
          captioned ||= row.caption;
          if (row.caption) builder.add({ type: 'heading', level, text: row.cells[0].text });
          else if (!captioned) addRow(builder, row.cells, table);
          else for (const cell of row.cells) walk(cell.element, article);
        }
        return;
      }
      for (const row of layout.rows) addRow(builder, row.cells, table);
      return;
    }
    if (el.tagName === 'dl') {
      // A term, then its descriptions: each description an item of the list the term introduces.
      const list = ++group;
      for (const child of findAll(el, (e) => (e.tagName === 'dt' || e.tagName === 'dd') && ownerList(e) === el)) {
        if (isBoilerplate(child, article)) continue;
        if (child.tagName === 'dd' && !hasBlockChild(child)) builder.add({ type: 'item', text: inlineText(child), group: list });
        else walk(child, article);
      }
      return;
    }
    if (el.tagName === 'details') {
      for (const child of el.childNodes.filter(isElement)) walk(child, article);
      return;
    }
    if (el.tagName === 'summary' || el.tagName === 'dt') return builder.add({ type: 'paragraph', text: inlineText(el) });
    if (hasBlockChild(el)) {
      // Text directly inside a container that also holds blocks is a paragraph of its own.
      let loose = '';
      const flush = () => {
        if (loose.trim()) builder.add({ type: 'paragraph', text: loose.replace(/\s+/g, ' ') });
        loose = '';
      };
      for (const child of el.childNodes) {
        if (isElement(child) && (BLOCK_TAGS.has(child.tagName) || HEADING.test(child.tagName) || ['ul', 'ol', 'dl', 'table', 'pre', 'p', 'li', 'nav', 'footer', 'aside', 'form', 'script', 'style', 'figure'].includes(child.tagName) || isBoilerplate(child, article))) {
          flush();
          walk(child, article);
        } else loose += child.nodeName === '#text' ? (child as TextNode).value : inlineText(child, false) + ' ';
      }
      return flush();
    }
    if (el.tagName === 'p' && isLinkParagraph(el)) return;
    if (el.tagName === 'p' && addLineList(el, builder, ++group)) return;
    builder.add({ type: 'paragraph', text: inlineText(el) });
  };
  walk(root, insideArticle);
}

/** A paragraph whose lines (split by <br> or Markdown line breaks) form a list without bullets: a lead-in, then an item per line. */
function addLineList(p: Element, builder: BodyBuilder, group: number): boolean {
  if (!findAll(p, (e) => e.tagName === 'br').length) return false;
  const list = linesAsList(brokenLines(p));
  if (!list) return false;
  if (list.leadIn) builder.add({ type: 'paragraph', text: list.leadIn });
  for (const item of list.items) builder.add({ type: 'item', text: item, group });
  return true;
}

/** A table row: each cell as it reads, an empty one as a dash. */
function addRow(builder: BodyBuilder, cells: TableCell[], group: number): void {
  const texts = cells.map((c) => ({ text: c.text || '—', header: c.header, parts: c.parts }));
  if (!texts.some((t) => t.text !== '—')) return;
  builder.add({ type: 'row', text: texts.map((t) => t.text).join(CELL_SEPARATOR), cells: texts, group });
}

/** The definition list a term or description belongs to (a <div> may group them). */
function ownerList(el: Element): Element | null {
  let parent = el.parentNode as Element | null;
  while (parent && parent.tagName !== 'dl') parent = parent.parentNode as Element | null;
  return parent;
}

function hasNestedBlocks(el: Element): boolean {
  return el.tagName === 'ul' || el.tagName === 'ol' || el.tagName === 'table' || hasBlockChild(el);
}

/**
 * HTML as a reader sees it: the article (or main, or body) without page furniture. `article` is
 * Readability's text of the page (white space taken out), when the caller has it: blocks it leaves
 * out of the article are left out, and a marked article far shorter than it is not the article.
 */
export function readHtml(html: string, article: string | null = null): ReaderDocument {
  const document = parse(html);
  const body = findAll(document, (el) => el.tagName === 'body')[0] ?? document;
  const marked = markedArticle(body);
  let builder = new BodyBuilder();
  if (marked) htmlBlocks(marked, builder, true);
  // A page marking a teaser or a card as its <article>: its own text is far shorter than the article Readability finds.
  const teaser = marked && article && builder.body.replace(/\s+/g, '').length < 0.5 * article.length;
  if ((!marked || teaser) && isElement(body)) {
    // A page that does not mark its article: the container holding its text, after the page's title.
    const unmarked = new BodyBuilder();
    const root = contentRoot(body);
    const title = findAll(body, (el) => el.tagName === 'h1')[0];
    if (root !== body && title && !findAll(root, (el) => el === title).length) unmarked.add({ type: 'heading', level: 1, text: inlineText(title) });
    htmlBlocks(root, unmarked, false);
    if (!marked || unmarked.body.length > builder.body.length) builder = unmarked;
  } else if (!marked) htmlBlocks(body, builder, false);
  if (article) {
    const outside = outsideArticle(builder.blocks, article);
    if (outside.size) builder = builder.without(outside);
  }
  return { body: builder.body, blocks: builder.blocks, metadata: htmlMetadata(document, marked ?? body) };
}

/**
 * The element a page marks as its article: the <article> holding the most text (a page may mark
 * each teaser of a list of other posts as one too), else <main>.
 */
function markedArticle(body: Node): Element | undefined {
  const articles = findAll(body, (el) => el.tagName === 'article');
  if (articles.length > 1) {
    const sized = articles.map((el) => ({ el, length: inlineText(el, false).length }));
    return sized.sort((a, b) => b.length - a.length)[0].el;
  }
  return articles[0] ?? findAll(body, (el) => el.tagName === 'main')[0];
}
