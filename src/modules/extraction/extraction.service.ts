import { Injectable } from '@nestjs/common';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import type { TaxonomyIndex, TaxonomyRef } from '../taxonomy/taxonomy.types.js';
import type { ExtractArticleInput } from './dto/extract-article.input.js';
import { extractDraft } from './extract-article.js';
import type { ExtractionDraft } from './extraction.types.js';
import { ArticleFetcher, type FetchedArticle } from './fetching/article-fetcher.js';
import type { KnownEntry, KnownTaxonomy } from './taxonomy-matcher.js';
import type { ArticleFormat } from './reader/reader-text.js';

/** Drafts annotations against the live taxonomy; stores nothing (an editor posts the draft). */
@Injectable()
export class ExtractionService {
  constructor(
    private readonly taxonomy: TaxonomyService,
    private readonly fetcher: ArticleFetcher,
  ) {}

  /** Drafts from the article given, or from the one fetched from `url` (which becomes the source's url). */
  async extract(input: ExtractArticleInput): Promise<ExtractionDraft> {
    return (await this.extractWithArticle(input)).draft;
  }

  /** The draft with the article it was read from: its format is known here even when a URL's Content-Type chose it. */
  async extractWithArticle(input: ExtractArticleInput): Promise<{ draft: ExtractionDraft; content: string; format: ArticleFormat }> {
    const article = await this.article(input);
    const known = knownFromIndex(await this.taxonomy.index());
    const draft = extractDraft(article.content, article.format, known, input.slug ? { slug: input.slug } : {});
    return {
      draft: article.url === null ? draft : { ...draft, source: { ...draft.source, url: article.url } },
      content: article.content,
      format: article.format,
    };
  }

  /** Input validation guarantees exactly one of content and url, and a format with content. */
  private async article(input: ExtractArticleInput): Promise<Omit<FetchedArticle, 'url'> & { url: string | null }> {
    if (input.url) return this.fetcher.fetch(input.url, input.format ?? undefined);
    return { content: input.content ?? '', format: input.format!, url: null };
  }
}

/** The index maps every normalised slug, name and alias to its entry; group the keys back per entry. */
function knownFromIndex(index: TaxonomyIndex): KnownTaxonomy {
  const entries = (map: Map<string, TaxonomyRef>): KnownEntry[] => {
    const bySlug = new Map<string, KnownEntry>();
    for (const [key, ref] of map) {
      const entry = bySlug.get(ref.slug) ?? { slug: ref.slug, name: ref.name, aliases: [] };
      // Keys are normalised (lowercase); the matcher reads a lowercase key as written in Title or UPPER case.
      // The slug stays: "kafka" is how the text writes Apache Kafka.
      if (key !== ref.name.toLowerCase()) entry.aliases.push(key);
      bySlug.set(ref.slug, entry);
    }
    return [...bySlug.values()];
  };
  return { technologies: entries(index.technologies), criteria: entries(index.criteria), useCases: entries(index.useCases), neutralPhrases: index.neutralPhrases };
}
