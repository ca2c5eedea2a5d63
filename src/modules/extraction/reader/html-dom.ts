import type { DefaultTreeAdapterMap } from 'parse5';

/** parse5's tree, and the ways the HTML reader walks it. */
export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];
export type TextNode = DefaultTreeAdapterMap['textNode'];

/**
 * Elements whose content is never article text. A <figure> is not one of them: WordPress wraps its
 * tables in one (its image and caption are; a figure holding only an image reads as nothing).
 */
export const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'nav', 'footer', 'aside', 'form', 'button', 'iframe', 'svg', 'select', 'input', 'textarea', 'dialog', 'head', 'figcaption', 'img', 'video', 'audio', 'canvas', 'object']);

/** An attribute's value, undefined when absent. */
export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

export function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

/**
 * Class words that say how an element is laid out or what it holds besides itself, not what it is:
 * "overflow-hidden" is not hidden, "has-sidebar" is not a sidebar, "with-toc" is not a contents box.
 */
const LAYOUT_PREFIX = /^(?:has|with|without|no|is|overflow|show|can|allow|enable|contains)-/;

/** The words of an element's class and id, whole and split at hyphens ("post-meta" gives post-meta, post, meta); a layout class stays whole. */
export function classWords(el: Element): string[] {
  return `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`
    .toLowerCase()
    .split(/[\s_]+/)
    .flatMap((w) => (LAYOUT_PREFIX.test(w) ? [w] : [w, ...w.split('-')]))
    .filter(Boolean);
}

/** Inline text of an element as a reader sees it: whitespace collapsed, nested lists and tables left out. */
export function inlineText(node: Node, skipNested = true): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeName === '#text') {
      out += (n as TextNode).value;
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

/** The lines of an element's inline text, split at each <br>: whitespace collapsed, empty lines left out. */
export function brokenLines(node: Node): string[] {
  const lines: string[] = [''];
  const walk = (n: Node) => {
    if (n.nodeName === '#text') lines[lines.length - 1] += (n as TextNode).value;
    else if (isElement(n) && n.tagName === 'br') lines.push('');
    else if (isElement(n) && !SKIPPED_TAGS.has(n.tagName)) for (const c of n.childNodes) walk(c);
  };
  walk(node);
  return lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** Every element at or below `node` that passes `test`, in document order; a <template>'s content is inert and left out. */
export function findAll(node: Node, test: (el: Element) => boolean, out: Element[] = []): Element[] {
  if (isElement(node) && test(node)) out.push(node);
  const children = isElement(node) && node.tagName === 'template' ? [] : 'childNodes' in node ? node.childNodes : [];
  for (const c of children) findAll(c, test, out);
  return out;
}

/** A heading's text without the permalink sign documentation generators put after it ("Install¶"): a link, not words. */
export function withoutPermalink(text: string): string {
  return text.replace(/\s*¶$/u, '');
}
