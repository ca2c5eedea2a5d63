import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/database/prisma.service.js';

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
             ts_headline('english', c.quote, query.tsq, 'StartSel=<b>, StopSel=</b>, MaxFragments=2') AS snippet
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
             ts_headline('english', s.body, query.tsq, 'StartSel=<b>, StopSel=</b>, MaxFragments=2, MaxWords=25, MinWords=8') AS snippet
      FROM source s, query
      WHERE s.search_vector @@ query.tsq
      ORDER BY rank DESC, s.id
      LIMIT ${limit}`;
  }
}
