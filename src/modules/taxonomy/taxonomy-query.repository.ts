import { Injectable } from '@nestjs/common';
import { Prisma } from '../../generated/prisma/client.js';
import { PrismaService } from '../../infra/database/prisma.service.js';

export interface TechnologyRow {
  id: number;
  slug: string;
  name: string;
  kind: string;
  aliases: string[];
  parentSlug: string | null;
  parentName: string | null;
  claimCount: number;
  sourceCount: number;
}

export interface TaxonomyEntryRow {
  id: number;
  slug: string;
  name: string;
  aliases: string[];
  category?: string;
  description?: string;
}

/** Claim counts of a taxonomy entry (criterion or use case) per technology the claims are about. */
export interface EntryTechnologyCount {
  entryId: number;
  technologySlug: string | null;
  technologyName: string | null;
  count: number;
}

/** Read side of the taxonomy: listings with claim counts. */
@Injectable()
export class TaxonomyQueryRepository {
  constructor(private readonly prisma: PrismaService) {}

  technologies(ids?: number[]): Promise<TechnologyRow[]> {
    return this.prisma.$queryRaw<TechnologyRow[]>`
      SELECT t.id, t.slug, t.name, lower(replace(t.kind::text, '_', '-')) AS kind, t.aliases,
             p.slug AS "parentSlug", p.name AS "parentName",
             (SELECT count(*)::int FROM claim c WHERE c.technology_id = t.id OR c.winner_id = t.id
                OR EXISTS (SELECT 1 FROM claim_mention m WHERE m.claim_id = c.id AND m.technology_id = t.id)) AS "claimCount",
             (SELECT count(*)::int FROM source_technology st WHERE st.technology_id = t.id) AS "sourceCount"
      FROM technology t LEFT JOIN technology p ON p.id = t.parent_id
      ${ids ? Prisma.sql`WHERE t.id = ANY(${ids}::int[])` : Prisma.empty}
      ORDER BY t.slug`;
  }

  async technologyChildren(id: number): Promise<{ slug: string; name: string }[]> {
    return this.prisma.technology.findMany({ where: { parentId: id }, select: { slug: true, name: true }, orderBy: { slug: 'asc' } });
  }

  technologyKindCounts(id: number): Promise<{ kind: string; count: number }[]> {
    return this.prisma.$queryRaw`
      SELECT lower(c.kind::text) AS kind, count(*)::int AS count FROM claim c
      WHERE c.technology_id = ${id} OR c.winner_id = ${id}
         OR EXISTS (SELECT 1 FROM claim_mention m WHERE m.claim_id = c.id AND m.technology_id = ${id})
      GROUP BY c.kind ORDER BY c.kind`;
  }

  criteria(): Promise<TaxonomyEntryRow[]> {
    return this.prisma.criterion.findMany({ select: { id: true, slug: true, name: true, category: true, description: true, aliases: true }, orderBy: [{ category: 'asc' }, { slug: 'asc' }] });
  }

  useCases(): Promise<TaxonomyEntryRow[]> {
    return this.prisma.useCase.findMany({ select: { id: true, slug: true, name: true, aliases: true }, orderBy: { slug: 'asc' } });
  }

  criterionCounts(): Promise<EntryTechnologyCount[]> {
    return this.prisma.$queryRaw<EntryTechnologyCount[]>`
      SELECT c.criterion_id AS "entryId", t.slug AS "technologySlug", t.name AS "technologyName", count(*)::int AS count
      FROM claim c LEFT JOIN technology t ON t.id = c.technology_id
      WHERE c.criterion_id IS NOT NULL GROUP BY c.criterion_id, t.slug, t.name ORDER BY c.criterion_id, t.slug NULLS LAST`;
  }

  useCaseCounts(): Promise<EntryTechnologyCount[]> {
    return this.prisma.$queryRaw<EntryTechnologyCount[]>`
      SELECT c.use_case_id AS "entryId", t.slug AS "technologySlug", t.name AS "technologyName", count(*)::int AS count
      FROM claim c LEFT JOIN technology t ON t.id = c.technology_id
      WHERE c.use_case_id IS NOT NULL GROUP BY c.use_case_id, t.slug, t.name ORDER BY c.use_case_id, t.slug NULLS LAST`;
  }
}
