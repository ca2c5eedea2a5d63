import type { DraftSource } from '../extraction.types.js';
import { statedDate, type ReaderDocument } from '../reader/reader-text.js';
import { kebab, type TaxonomyMatcher } from '../taxonomy-matcher.js';
import { detectComparedPair } from './compared-pair.js';

/** What a caller may set on the draft: the source's slug (else one from its title). */
export interface DraftOptions {
  slug?: string;
}

/** The source part of a draft: what the article states about itself, the compared pair (resolved or proposed), and a title when it states none. */
export function draftSource(document: ReaderDocument, matcher: TaxonomyMatcher, options: DraftOptions): DraftSource {
  const meta = document.metadata;
  let title = (meta.title ?? document.blocks.find((b) => b.type === 'heading')?.text ?? 'Untitled comparison').slice(0, 300);
  const compared = detectComparedPair(title, document, matcher);
  // No stated title (text that opens with a sentence): a descriptive one, "X vs Y" in the order the text names them.
  if ((title.length > 100 || (/[.:]$/.test(title) && title.split(' ').length > 8)) && compared.length >= 2) {
    const first = (slug: string) => matcher.findTechnologies(document.body).find((m) => m.slug === slug)?.index ?? Infinity;
    title = [...compared].sort((a, b) => first(a) - first(b)).map((s) => matcher.technologyName(s)).join(' vs ');
  }
  return {
    slug: options.slug ?? (kebab(title) || 'article'),
    title,
    author: meta.author ? meta.author.slice(0, 200) : null,
    publisher: meta.publisher ? meta.publisher.slice(0, 200) : null,
    publishedAt: statedDate(meta.date),
    // Only an absolute http(s) address is a source's URL (front matter often holds a site-relative path).
    url: meta.url && /^https?:\/\/[^\s/]+/i.test(meta.url) && URL.canParse(meta.url) ? meta.url : null,
    compares: compared,
    body: document.body,
  };
}
