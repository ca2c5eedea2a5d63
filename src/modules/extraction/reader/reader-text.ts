import { readHtml } from './html-reader.js';
import { readMarkdown } from './markdown-reader.js';
import { readabilityText } from './readability-content.js';
import type { ArticleFormat, ReaderDocument } from './reader-document.js';
import { readText } from './text-reader.js';

// The reader's public face: its callers (extraction, the CLI, the DTO) import from here only.
export { ARTICLE_FORMATS, type ArticleFormat, type ArticleMetadata, type ReaderBlock, type ReaderDocument } from './reader-document.js';
export { statedDate } from './stated-metadata.js';
export { isGenericHeading } from './generic-headings.js';

/** Reads an article in the given format into reader text with its blocks and stated metadata. */
export function readArticle(content: string, format: ArticleFormat): ReaderDocument {
  if (format === 'html') return readHtml(content, readabilityText(content));
  if (format === 'markdown') return readMarkdown(content);
  return readText(content);
}
