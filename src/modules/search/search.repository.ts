import { Injectable } from '@nestjs/common';
import { Prisma } from '../../generated/prisma/client.js';
import { PrismaService } from '../../infra/database/prisma.service.js';
import { textHeadline } from '../../infra/database/text-headline.js';

export interface RankedId {
  id: number;
  rank: number;
  snippet: string;
}

export interface SourceHitRow extends RankedId {
  slug: string;
  title: string;
  publishedOn: Date | null;
  publishedPrecision: string | null;
}

/** Ranked full-text search; the expressions equal those of the GIN indexes (see migrations). */
@Injectable()
export class SearchRepository {
  constructor(private readonly prisma: PrismaService) {}

  claims(q: string, limit: number): Promise<RankedId[]> {
    return this.prisma.$queryRaw<RankedId[]>`
      WITH query AS (SELECT websearch_to_tsquery('english', ${q}) AS tsq)
      SELECT c.id, ts_rank(c.search_vector, query.tsq)::float8 AS rank,
             ${textHeadline(Prisma.sql`c.quote`, Prisma.sql`query.tsq`)} AS snippet
      FROM claim c, query
      WHERE c.search_vector @@ query.tsq
      ORDER BY rank DESC, c.id
      LIMIT ${limit}`;
  }

  sources(q: string, limit: number): Promise<SourceHitRow[]> {
    return this.prisma.$queryRaw<SourceHitRow[]>`
      WITH query AS (SELECT websearch_to_tsquery('english', ${q}) AS tsq)
      SELECT s.id, s.slug, s.title, s.published_on AS "publishedOn", s.published_precision::text AS "publishedPrecision",
             ts_rank(s.search_vector, query.tsq)::float8 AS rank,
             ${textHeadline(Prisma.sql`s.body`, Prisma.sql`query.tsq`, true)} AS snippet
      FROM source s, query
      WHERE s.search_vector @@ query.tsq
      ORDER BY rank DESC, s.id
      LIMIT ${limit}`;
  }
}
