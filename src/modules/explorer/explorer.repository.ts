import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/database/prisma.service.js';

export interface CitedSourceRow {
  slug: string;
  title: string;
  author: string | null;
  publisher: string | null;
  url: string | null;
  body: string;
  publishedOn: Date | null;
  publishedPrecision: string | null;
}

/** What the explorer's pages need of sources: the cited one's text and metadata, and their URLs. */
@Injectable()
export class ExplorerRepository {
  constructor(private readonly prisma: PrismaService) {}

  citedSource(slug: string): Promise<CitedSourceRow | null> {
    return this.prisma.source.findUnique({ where: { slug }, select: { slug: true, title: true, author: true, publisher: true, url: true, body: true, publishedOn: true, publishedPrecision: true } });
  }

  /** The sources' own URLs (slug -> url), for the titles of a page of claims. */
  async sourceUrls(slugs: string[]): Promise<Map<string, string | null>> {
    if (!slugs.length) return new Map();
    const rows = await this.prisma.source.findMany({ where: { slug: { in: [...new Set(slugs)] } }, select: { slug: true, url: true } });
    return new Map(rows.map((r) => [r.slug, r.url]));
  }
}
