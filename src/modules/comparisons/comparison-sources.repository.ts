import { Prisma } from '../../generated/prisma/client.js';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/database/prisma.service.js';

export interface ComparedPairRow {
  aSlug: string;
  aName: string;
  bSlug: string;
  bName: string;
  sourceCount: number;
}

/** What the sources compare: the pairs, and the cited sources' own URLs for credits. */
@Injectable()
export class ComparisonSourcesRepository {
  constructor(private readonly prisma: PrismaService) {}

  async urls(slugs: string[]): Promise<Map<string, string | null>> {
    if (!slugs.length) return new Map();
    const rows = await this.prisma.source.findMany({ where: { slug: { in: slugs } }, select: { slug: true, url: true } });
    return new Map(rows.map((r) => [r.slug, r.url]));
  }

  /** Every pair of technologies some source compares, with how many sources compare it. */
  comparedPairs(page?: { offset: number; limit: number }): Promise<ComparedPairRow[]> {
    return this.prisma.$queryRaw<ComparedPairRow[]>`
      SELECT ta.slug AS "aSlug", ta.name AS "aName", tb.slug AS "bSlug", tb.name AS "bName", count(DISTINCT a.source_id)::int AS "sourceCount"
      FROM source_technology a
      JOIN source_technology b ON b.source_id = a.source_id AND b.technology_id > a.technology_id
      JOIN technology ta ON ta.id = a.technology_id
      JOIN technology tb ON tb.id = b.technology_id
      GROUP BY ta.slug, ta.name, tb.slug, tb.name
      ORDER BY "sourceCount" DESC, ta.name, tb.name, ta.slug, tb.slug
      ${page ? Prisma.sql`LIMIT ${page.limit} OFFSET ${page.offset}` : Prisma.empty}`;
  }
}
