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

/** What the citation page needs of a source: its text and metadata. */
@Injectable()
export class ExplorerRepository {
  constructor(private readonly prisma: PrismaService) {}

  citedSource(slug: string): Promise<CitedSourceRow | null> {
    return this.prisma.source.findUnique({ where: { slug }, select: { slug: true, title: true, author: true, publisher: true, url: true, body: true, publishedOn: true, publishedPrecision: true } });
  }
}
