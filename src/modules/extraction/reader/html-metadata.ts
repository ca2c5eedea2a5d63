import type { ArticleMetadata } from './reader-document.js';
import { attr, classWords, findAll, inlineText, withoutPermalink, type Node } from './html-dom.js';
import { BYLINE_ANYWHERE, PERSON_NAME, statedDate } from './stated-metadata.js';

/** A title that names a comparison: "A vs B", "A versus B", "A compared to B", "Choosing between A and B". */
const COMPARISON_TITLE = /\s(?:vs\.?|versus)\s|\bcompar(?:ed|ing|ison)\b|\bchoosing between\b|\bdifferences? between\b/i;

/** What an HTML page states about its article: meta tags, the first <h1>, a byline, a <time>, the canonical link. */
export function htmlMetadata(document: Node, root: Node): ArticleMetadata {
  const metas = findAll(document, (el) => el.tagName === 'meta');
  const meta = (...keys: string[]) => {
    for (const key of keys) {
      const el = metas.find((m) => (attr(m, 'property') ?? attr(m, 'name') ?? attr(m, 'itemprop'))?.toLowerCase() === key);
      const value = el && attr(el, 'content')?.trim();
      if (value) return value;
    }
    return null;
  };
  // A page with several <h1>s (a blog's name, then the post's) is titled by the one naming a comparison.
  const h1s = findAll(root, (el) => el.tagName === 'h1');
  const h1 = h1s.find((el) => COMPARISON_TITLE.test(inlineText(el))) ?? h1s[0];
  const titleTag = findAll(document, (el) => el.tagName === 'title')[0];
  const title = (h1 && withoutPermalink(inlineText(h1))) || meta('og:title', 'twitter:title') || (titleTag && inlineText(titleTag)) || null;
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
