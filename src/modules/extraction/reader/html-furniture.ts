/** Page furniture in HTML: site chrome, sharing, calls to action, comment forms, lists of links. */
import { attr, classWords, findAll, inlineText, isElement, SKIPPED_TAGS, type Element } from './html-dom.js';

/** ARIA roles of page furniture. */
const SKIPPED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar']);
/** class/id words of page furniture (site chrome, sharing, calls to action, consent banners). */
const BOILERPLATE_WORDS = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'share', 'sharing', 'social', 'cookie', 'cookies', 'consent',
  'gdpr', 'banner', 'cta', 'newsletter', 'subscribe', 'signup', 'byline', 'author', 'meta', 'related', 'comments', 'comment', 'sidebar',
  'footer', 'header', 'masthead', 'promo', 'advert', 'ad', 'ads', 'advertisement', 'popup', 'modal', 'toc', 'skip', 'sponsor', 'sponsored',
  'tags', 'pagination', 'bio', 'widget', 'hidden', 'sr-only', 'visually-hidden', 'reading-time', 'readtime', 'post-meta', 'entry-meta',
  // WordPress, Ghost and their plugins: comment forms, share bars, related posts, button rows, sign-up forms.
  'respond', 'disqus', 'sharedaddy', 'addtoany', 'yarpp', 'relatedposts', 'read-next', 'readnext', 'more-posts', 'buttons', 'btn',
  'sign-up', 'optin', 'opt-in', 'mc4wp', 'wpcf7', 'upsell', 'promotion', 'cat-links', 'tag-links', 'post-tags', 'categories',
]);

/** Page furniture: skipped tags, chrome roles, hidden elements, furniture class words. */
export function isBoilerplate(el: Element, insideArticle: boolean): boolean {
  if (SKIPPED_TAGS.has(el.tagName)) return true;
  // A site header is chrome; an article's own header holds its title (its byline is dropped below).
  if (el.tagName === 'header' && !insideArticle) return true;
  const role = attr(el, 'role');
  if (role && SKIPPED_ROLES.has(role)) return true;
  if (attr(el, 'aria-hidden') === 'true' || attr(el, 'hidden') !== undefined) return true;
  return classWords(el).some((w) => BOILERPLATE_WORDS.has(w));
}


/**
 * A list of links to other pages ("Next steps", "Further reading"): every item is a link and
 * nothing else, and the links read as page titles (three words or more on average), not as the
 * names a list of tools would give ("Django", "Flask").
 */
export function isLinkList(list: Element): boolean {
  const items = list.childNodes.filter(isElement).filter((c) => c.tagName === 'li');
  if (items.length < 2) return false;
  const linkOnly = items.every((li) => {
    const text = inlineText(li);
    const linked = findAll(li, (e) => e.tagName === 'a').map((a) => inlineText(a)).join(' ').trim();
    return text !== '' && linked === text;
  });
  const words = items.reduce((n, li) => n + inlineText(li).split(/\s+/).length, 0) / items.length;
  return linkOnly && words >= 3;
}

/**
 * A paragraph that is a list of links to other pages run together ("Related: <a>Tuning Alpha for
 * writes</a>, <a>Beta in production</a>"): two links or more reading as page titles (three words
 * or more on average) that hold nearly all its text after an optional label ending in ':'.
 */
export function isLinkParagraph(p: Element): boolean {
  const links = findAll(p, (e) => e.tagName === 'a').map((a) => inlineText(a)).filter(Boolean);
  if (links.length < 2) return false;
  const text = inlineText(p).replace(/^[^:]{0,40}:\s*/, '');
  const linked = links.join('').replace(/\W+/g, '').length;
  const words = links.reduce((n, l) => n + l.split(/\s+/).length, 0) / links.length;
  return words >= 3 && linked >= 0.85 * text.replace(/\W+/g, '').length;
}

/** Elements a reader steps into when looking for the article in a page without <article> or <main>. */
const CONTAINERS = new Set(['div', 'section', 'center', 'td', 'span', 'font']);
/** Elements whose text is article text: paragraphs, items, cells, headings below the title, code. */
const CONTENT_TAGS = new Set(['p', 'li', 'td', 'th', 'dd', 'dt', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'blockquote']);

/**
 * The element that holds the article in a page that does not say where it is (no <article>, no
 * <main>): from <body>, step into the one container that holds almost all (85%) of the page's
 * text in paragraphs, items, cells and headings, while there is one. Furniture (navigation,
 * sidebars, footers, comment forms) is not counted, so a page whose text sits in one column
 * loses the columns around it and a page whose text is spread keeps everything.
 */
export function contentRoot(body: Element): Element {
  const weights = new Map<Element, number>();
  const weight = (el: Element): number => {
    const known = weights.get(el);
    if (known !== undefined) return known;
    let total = 0;
    if (!isBoilerplate(el, false)) {
      if (CONTENT_TAGS.has(el.tagName)) total = inlineText(el, false).length;
      else for (const child of el.childNodes) if (isElement(child)) total += weight(child);
    }
    weights.set(el, total);
    return total;
  };
  const total = weight(body);
  let root = body;
  for (;;) {
    const inner = root.childNodes.filter(isElement).find((c) => CONTAINERS.has(c.tagName) && weight(c) >= 0.85 * total);
    if (!inner) return root;
    root = inner;
  }
}
