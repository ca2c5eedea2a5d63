import matter from 'gray-matter';
import { DomainError, ErrorCode } from '../../common/errors/domain-error.js';
import MarkdownIt from 'markdown-it';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export const ARTICLE_FORMATS = ['html', 'markdown', 'text'] as const;
export type ArticleFormat = (typeof ARTICLE_FORMATS)[number];

/** One unit of reader text: what a reader sees as a heading, a paragraph, a list item or a table row. */
export interface ReaderBlock {
  type: 'heading' | 'paragraph' | 'item' | 'row' | 'code';
  /** Heading level 1..6 (text headings are guessed: 1 for the title, 2 otherwise). */
  level?: number;
  /** The block's text exactly as it stands in the body at `start`. */
  text: string;
  /** UTF-16 index of `text` in the body. */
  start: number;
  /** Table rows: each cell's text and its UTF-16 index in the body. */
  cells?: { text: string; start: number; header: boolean }[];
  /** Rows of one table share an index; items of one list share one. */
  group?: number;
}

/** Metadata an article states about itself (meta tags, front matter, byline, `<time>`). */
export interface ArticleMetadata {
  title: string | null;
  author: string | null;
  publisher: string | null;
  /** As stated, in any form; normalised by `statedDate`. */
  date: string | null;
  url: string | null;
}

export interface ReaderDocument {
  body: string;
  blocks: ReaderBlock[];
  metadata: ArticleMetadata;
}

const CELL_SEPARATOR = ' | ';

/** Builds the body from blocks, so every block's text (and so every quote) stands in it verbatim. */
class BodyBuilder {
  private parts: string[] = [];
  private length = 0;
  private lastGroup: number | undefined;
  readonly blocks: ReaderBlock[] = [];

  add(block: Omit<ReaderBlock, 'start' | 'cells'> & { cells?: { text: string; header: boolean }[] }, prefix = ''): void {
    const text = block.text.trim();
    if (!text) return;
    // Items of one list and rows of one table are consecutive lines; everything else a paragraph.
    const sameGroup = block.group !== undefined && block.group === this.lastGroup;
    const separator = this.blocks.length === 0 ? '' : sameGroup ? '\n' : '\n\n';
    this.push(separator + prefix);
    const start = this.length;
    let cells: ReaderBlock['cells'];
    if (block.cells) {
      cells = [];
      let at = start;
      block.cells.forEach((cell, i) => {
        if (i > 0) at += CELL_SEPARATOR.length;
        cells!.push({ text: cell.text, start: at, header: cell.header });
        at += cell.text.length;
      });
    }
    this.push(text);
    this.blocks.push({ ...block, text, start, cells });
    this.lastGroup = block.group;
  }

  private push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  get body(): string {
    return this.parts.join('');
  }
}

// ---------------------------------------------------------------- HTML

/** Elements whose content is never article text. */
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'nav', 'footer', 'aside', 'form', 'button', 'iframe', 'svg', 'select', 'input', 'textarea', 'dialog', 'head', 'figure', 'img', 'video', 'audio', 'canvas', 'object']);
const SKIPPED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar']);
/** class/id words of page furniture (site chrome, sharing, calls to action, consent banners). */
const BOILERPLATE_WORDS = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'share', 'sharing', 'social', 'cookie', 'cookies', 'consent',
  'gdpr', 'banner', 'cta', 'newsletter', 'subscribe', 'signup', 'byline', 'author', 'meta', 'related', 'comments', 'comment', 'sidebar',
  'footer', 'header', 'masthead', 'promo', 'advert', 'ad', 'ads', 'advertisement', 'popup', 'modal', 'toc', 'skip', 'sponsor', 'sponsored',
  'tags', 'pagination', 'bio', 'widget', 'hidden', 'sr-only', 'visually-hidden', 'reading-time', 'readtime', 'post-meta', 'entry-meta',
]);
const BLOCK_TAGS = new Set(['p', 'div', 'section', 'article', 'main', 'blockquote', 'dd', 'dt', 'summary', 'details', 'header', 'body', 'html', 'center', 'address']);
const HEADING = /^h([1-6])$/;

function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function classWords(el: Element): string[] {
  return `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`
    .toLowerCase()
    .split(/[\s_]+/)
    .flatMap((w) => [w, ...w.split('-')])
    .filter(Boolean);
}

function isBoilerplate(el: Element, insideArticle: boolean): boolean {
  if (SKIPPED_TAGS.has(el.tagName)) return true;
  // A site header is chrome; an article's own header holds its title (its byline is dropped below).
  if (el.tagName === 'header' && !insideArticle) return true;
  const role = attr(el, 'role');
  if (role && SKIPPED_ROLES.has(role)) return true;
  if (attr(el, 'aria-hidden') === 'true' || attr(el, 'hidden') !== undefined) return true;
  return classWords(el).some((w) => BOILERPLATE_WORDS.has(w));
}

/** Inline text of an element as a reader sees it: whitespace collapsed, nested lists and tables left out. */
function inlineText(node: Node, skipNested = true): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeName === '#text') {
      out += (n as DefaultTreeAdapterMap['textNode']).value;
      return;
    }
    if (!isElement(n)) return;
    if (SKIPPED_TAGS.has(n.tagName)) return;
    if (skipNested && n !== node && (n.tagName === 'ul' || n.tagName === 'ol' || n.tagName === 'table')) return;
    if (n.tagName === 'br') {
      out += ' ';
      return;
    }
    for (const c of n.childNodes) walk(c);
  };
  walk(node);
  return out.replace(/\s+/g, ' ').trim();
}

function hasBlockChild(el: Element): boolean {
  return el.childNodes.some((c) => isElement(c) && (BLOCK_TAGS.has(c.tagName) || HEADING.test(c.tagName) || ['ul', 'ol', 'dl', 'table', 'pre', 'p', 'li'].includes(c.tagName)));
}

function findAll(node: Node, test: (el: Element) => boolean, out: Element[] = []): Element[] {
  if (isElement(node) && test(node)) out.push(node);
  const children = isElement(node) && node.tagName === 'template' ? [] : 'childNodes' in node ? node.childNodes : [];
  for (const c of children) findAll(c, test, out);
  return out;
}

function htmlMetadata(document: Node, root: Node): ArticleMetadata {
  const metas = findAll(document, (el) => el.tagName === 'meta');
  const meta = (...keys: string[]) => {
    for (const key of keys) {
      const el = metas.find((m) => (attr(m, 'property') ?? attr(m, 'name') ?? attr(m, 'itemprop'))?.toLowerCase() === key);
      const value = el && attr(el, 'content')?.trim();
      if (value) return value;
    }
    return null;
  };
  const h1 = findAll(root, (el) => el.tagName === 'h1')[0];
  const titleTag = findAll(document, (el) => el.tagName === 'title')[0];
  const title = (h1 && inlineText(h1)) || meta('og:title', 'twitter:title') || (titleTag && inlineText(titleTag)) || null;
  // A byline names the author: rel/itemprop author first, then "By X" in a byline or post-meta line.
  const tagged = findAll(document, (el) => attr(el, 'rel') === 'author' || attr(el, 'itemprop') === 'author')[0];
  const bylines = findAll(document, (el) => classWords(el).some((w) => ['byline', 'meta', 'post-meta', 'entry-meta', 'author', 'info'].includes(w)));
  const stated = bylines.map((el) => BYLINE_ANYWHERE.exec(inlineText(el))?.[1]).find(Boolean);
  const byline = tagged ? inlineText(tagged).replace(/^(written\s+)?by\s+/i, '').trim() : (stated ?? '');
  // An element classed as the author's name that holds just a name ("Kenji Sato").
  const named = bylines.map((el) => inlineText(el)).find((t) => PERSON_NAME.test(t));
  const author = meta('author', 'article:author', 'twitter:creator') ?? (byline && byline.length <= 80 ? byline : (named ?? null));
  const time = findAll(root, (el) => el.tagName === 'time')[0] ?? findAll(document, (el) => el.tagName === 'time')[0];
  const infoLines = findAll(root, (el) => classWords(el).some((w) => ['meta', 'info', 'date', 'byline', 'published', 'updated', 'posted', 'dateline'].includes(w)))
    .map((el) => inlineText(el))
    .filter((t) => t.length < 120);
  const date =
    meta('article:published_time', 'datepublished', 'date', 'publish-date', 'pubdate') ??
    (time ? (attr(time, 'datetime') ?? inlineText(time)) : null) ??
    infoLines.find((t) => /(?:19|20)\d\d/.test(t) && statedDate(t)) ??
    null;
  const canonical = findAll(document, (el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical')[0];
  const url = (canonical && attr(canonical, 'href')) || meta('og:url');
  return { title, author: author || null, publisher: meta('og:site_name', 'publisher', 'application-name'), date, url: url && /^https?:\/\//.test(url) ? url : null };
}

function htmlBlocks(root: Node, builder: BodyBuilder, insideArticle: boolean): void {
  let group = 0;
  const walk = (node: Node, inArticle: boolean): void => {
    if (!isElement(node)) {
      return;
    }
    const el = node;
    const article = inArticle || el.tagName === 'article' || el.tagName === 'main';
    if (isBoilerplate(el, article)) return;
    const heading = HEADING.exec(el.tagName);
    if (heading) return builder.add({ type: 'heading', level: Number(heading[1]), text: inlineText(el) });
    if (el.tagName === 'pre') return builder.add({ type: 'code', text: inlineText(el) });
    if (el.tagName === 'ul' || el.tagName === 'ol') {
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
      for (const tr of findAll(el, (e) => e.tagName === 'tr')) {
        const cells = tr.childNodes.filter(isElement).filter((c) => c.tagName === 'td' || c.tagName === 'th');
        const texts = cells.map((c) => ({ text: inlineText(c, false) || '—', header: c.tagName === 'th' || findAncestorTag(el, tr, 'thead') }));
        if (!texts.some((t) => t.text !== '—')) continue;
        builder.add({ type: 'row', text: texts.map((t) => t.text).join(CELL_SEPARATOR), cells: texts, group: table });
      }
      return;
    }
    if (el.tagName === 'dl' || el.tagName === 'details') {
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
        } else loose += child.nodeName === '#text' ? (child as DefaultTreeAdapterMap['textNode']).value : inlineText(child, false) + ' ';
      }
      return flush();
    }
    builder.add({ type: 'paragraph', text: inlineText(el) });
  };
  walk(root, insideArticle);
}

function hasNestedBlocks(el: Element): boolean {
  return el.tagName === 'ul' || el.tagName === 'ol' || el.tagName === 'table' || hasBlockChild(el);
}

function findAncestorTag(table: Element, tr: Element, tag: string): boolean {
  let parent = tr.parentNode as Element | null;
  while (parent && parent !== table) {
    if (parent.tagName === tag) return true;
    parent = parent.parentNode as Element | null;
  }
  return false;
}

/** HTML as a reader sees it: the article (or main, or body) without page furniture. */
export function readHtml(html: string): ReaderDocument {
  const document = parse(html);
  const body = findAll(document, (el) => el.tagName === 'body')[0] ?? document;
  const root = findAll(body, (el) => el.tagName === 'article')[0] ?? findAll(body, (el) => el.tagName === 'main')[0] ?? body;
  const builder = new BodyBuilder();
  htmlBlocks(root, builder, root !== body);
  return { body: builder.body, blocks: builder.blocks, metadata: htmlMetadata(document, root) };
}

// ---------------------------------------------------------------- Markdown

const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false });

function frontMatterString(data: Record<string, unknown>, ...keys: string[]): string | null {
  for (const key of keys) {
    let value = data[key];
    if (Array.isArray(value)) value = value[0];
    if (value && typeof value === 'object' && 'name' in value) value = (value as { name: unknown }).name;
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value === 'string' && value.trim()) return value.trim();
    if (typeof value === 'number') return String(value);
  }
  return null;
}

/** Markdown (CommonMark + GFM tables) with optional YAML front matter. */
export function readMarkdown(source: string): ReaderDocument {
  // gray-matter reads `date: 2025-03-10` as a Date (kept to the day below); `2025-03` stays a string.
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(source);
  } catch (error) {
    throw new DomainError(ErrorCode.VALIDATION_FAILED, `the front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`, [{ field: 'content', message: 'front matter is not valid YAML' }]);
  }
  const data = parsed.data as Record<string, unknown>;
  const document = readHtml(`<body><article>${markdown.render(parsed.content)}</article></body>`);
  const fromBody = document.metadata;
  return {
    ...document,
    metadata: {
      title: frontMatterString(data, 'title', 'headline') ?? fromBody.title,
      author: frontMatterString(data, 'author', 'authors', 'byline'),
      publisher: frontMatterString(data, 'publisher', 'site', 'site_name', 'publication'),
      date: frontMatterString(data, 'date', 'published', 'publishedAt', 'published_at', 'pubDate', 'updated', 'lastmod'),
      url: frontMatterString(data, 'url', 'canonical', 'canonical_url', 'canonicalUrl', 'permalink'),
    },
  };
}


// ---------------------------------------------------------------- plain text

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
    } else if (underline || looksLikeHeading(trimmed, previousType, next)) {
      const level = underline || (blocks.length === 0 ? 1 : 2);
      blocks.push({ type: 'heading', level, text: trimmed, start: lineStart + leading });
    } else {
      blocks.push({ type: 'paragraph', text: trimmed, start: lineStart + leading });
    }
    previousType = blocks[blocks.length - 1].type;
  });
  // The title: an early line that names a comparison, else the first heading.
  const early = blocks.slice(0, 8);
  // A breadcrumb ("Home › Containers › Docker vs Podman") names the page, not the article.
  const crumb = (b: ReaderBlock) => /\s[›»>]\s|^home\s*[›»>/|]/i.test(b.text);
  const title = early.find((b) => /\s(?:vs\.?|versus)\s/i.test(b.text) && b.text.length <= 200 && !crumb(b)) ?? blocks.slice(0, 3).find((b) => b.type === 'heading' && !crumb(b)) ?? blocks[0];
  return { body, blocks, metadata: { ...textMetadata(blocks), title: title?.text ?? null } };
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

const PERSON_NAME = /^[A-Z][\p{L}.'-]+(?:\s+[A-Z][\p{L}.'-]+){1,3}$/u;
const BYLINE_ANYWHERE = /(?:^|[\s\d|·])(?:[Ww]ritten\s+)?(?:(?<=^|[\s|·])[Bb]y|By)\s+([A-Z][\p{L}.'-]+(?:\s+[A-Z][\p{L}.'-]+){0,3})/u;
const BYLINE = /^(?:[Ww]ritten\s+)?[Bb]y\s+([A-Z][\p{L}.'-]+(?:\s+[A-Z][\p{L}.'-]+){0,3})\b/u;
const AUTHOR_LINE = /^author:\s*(.+)$/i;
const DATE_LINE = /\b(?:published|posted|updated|last updated|date)\b[:\s]*(?:on\s+)?(.{4,40})/i;

function textMetadata(blocks: ReaderBlock[]): Omit<ArticleMetadata, 'title'> {
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

// ---------------------------------------------------------------- dates

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A stated date as YYYY, YYYY-MM or YYYY-MM-DD, as precise as the text states it; null when none. */
export function statedDate(text: string | null): string | null {
  if (!text) return null;
  const iso = /\b((?:19|20)\d\d)(?:-(\d\d)(?:-(\d\d))?)?(?!\d)/.exec(text);
  if (iso && (iso[2] || !/[A-Za-z]{3}/.test(text))) return [iso[1], iso[2], iso[3]].filter(Boolean).join('-');
  const lower = text.toLowerCase();
  const monthFirst = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?((?:19|20)\d\d)(?!\d)/.exec(lower);
  const dayFirst = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+((?:19|20)\d\d)(?!\d)/.exec(lower);
  const pad = (n: number) => String(n).padStart(2, '0');
  const month = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.slice(0, 3))) + 1;
  if (dayFirst) return `${dayFirst[3]}-${pad(month(dayFirst[2]))}-${pad(Number(dayFirst[1]))}`;
  if (monthFirst) return monthFirst[2] ? `${monthFirst[3]}-${pad(month(monthFirst[1]))}-${pad(Number(monthFirst[2]))}` : `${monthFirst[3]}-${pad(month(monthFirst[1]))}`;
  const numeric = /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)\b/.exec(text);
  if (numeric) return `${numeric[3]}-${pad(Number(numeric[1]))}-${pad(Number(numeric[2]))}`;
  if (iso) return iso[1];
  return null;
}

/** Reads an article in the given format into reader text with its blocks and stated metadata. */
export function readArticle(content: string, format: ArticleFormat): ReaderDocument {
  if (format === 'html') return readHtml(content);
  if (format === 'markdown') return readMarkdown(content);
  return readText(content);
}
