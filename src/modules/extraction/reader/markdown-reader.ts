import matter from 'gray-matter';
import MarkdownIt from 'markdown-it';
import { DomainError, ErrorCode } from '../../../common/errors/domain-error.js';
import { readHtml } from './html-reader.js';
import { preparedMarkdown } from './markdown-source.js';
import type { ReaderDocument } from './reader-document.js';
import { textMetadata } from './text-reader.js';
import { tomlFrontMatter } from './toml-front-matter.js';

const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false });
// A line break inside a paragraph stays visible to the HTML reader (as a <br>, read as a space),
// so lines that form a list without bullets can be told from wrapped prose.
markdown.renderer.rules.softbreak = () => '<br>\n';

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

/** TOML front matter between `+++` fences (Hugo, Zola). */
const TOML_FENCE = /^\uFEFF?\+\+\+[ \t]*\r?\n/;

/** Markdown (CommonMark + GFM tables) with optional YAML (`---`) or TOML (`+++`) front matter. */
export function readMarkdown(source: string): ReaderDocument {
  // gray-matter reads `date: 2025-03-10` as a Date (kept to the day below); `2025-03` stays a string.
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = TOML_FENCE.test(source) ? matter(source.replace(/^\uFEFF/, ''), { delimiters: '+++', language: 'toml', engines: { toml: tomlFrontMatter } }) : matter(source);
  } catch (error) {
    throw new DomainError(ErrorCode.VALIDATION_FAILED, `the front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`, [{ field: 'content', message: 'front matter is not valid YAML' }]);
  }
  const data = parsed.data as Record<string, unknown>;
  const document = readHtml(`<body><article>${markdown.render(preparedMarkdown(parsed.content))}</article></body>`);
  const fromBody = document.metadata;
  // Without front matter saying so, a byline or date line near the top ("Kim Park, March 2024") may.
  const stated = textMetadata(document.blocks);
  return {
    ...document,
    metadata: {
      title: frontMatterString(data, 'title', 'headline') ?? fromBody.title,
      author: frontMatterString(data, 'author', 'authors', 'byline') ?? stated.author,
      publisher: frontMatterString(data, 'publisher', 'site', 'site_name', 'publication'),
      // ms.date: Microsoft Learn's documentation front matter (MM/DD/YYYY).
      date: frontMatterString(data, 'date', 'published', 'publishedAt', 'published_at', 'pubDate', 'updated', 'lastmod', 'ms.date') ?? stated.date,
      url: frontMatterString(data, 'url', 'canonical', 'canonical_url', 'canonicalUrl', 'permalink'),
    },
  };
}
