import { Injectable } from '@nestjs/common';
import { Prisma } from '../../generated/prisma/client.js';
import { PrismaService } from '../../infra/database/prisma.service.js';

export interface TechnologyRow {
  id: number;
  version: number;
  slug: string;
  name: string;
  kind: string;
  aliases: string[];
  commonWordNames: string[];
  parentSlug: string | null;
  parentName: string | null;
  claimCount: number;
  sourceCount: number;
}

export interface TaxonomyEntryRow {
  id: number;
  version: number;
  slug: string;
  name: string;
  aliases: string[];
  category?: string;
  description?: string;
  unspecific?: boolean;
  neutralPhrases?: string[];
}

/** Claim counts of a taxonomy entry (criterion or use case) per technology the claims are about. */
export interface EntryTechnologyCount {
  entryId: number;
  technologySlug: string | null;
  technologyName: string | null;
  count: number;
}

/** One page of a list ordered by slug (or category, then slug): at most `size` items after the slug `after`. */
export interface ListPage {
  size: number;
  after: string | null;
}

export type TaxonomyEntryKind = 'criterion' | 'useCase';

/** The maintained count table of each entry kind and its entry column (fixed fragments only). */
const ENTRY_COUNTS: Record<TaxonomyEntryKind, { table: Prisma.Sql; entry: Prisma.Sql }> = {
  criterion: { table: Prisma.sql`criterion_technology_count`, entry: Prisma.sql`criterion_id` },
  useCase: { table: Prisma.sql`use_case_technology_count`, entry: Prisma.sql`use_case_id` },
};

/** Read side of the taxonomy: listings with claim counts. */
@Injectable()
export class TaxonomyQueryRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Technologies with the claims and sources involving each. The counts are maintained by
   * triggers (migration catalog_counts): reading them costs the same at 1,000 or 1,000,000 claims,
   * where the grouped pass over every (technology, claim) pair took 2.4 s at 1M claims.
   */
  technologies(which: { ids?: number[]; page?: ListPage } = {}): Promise<TechnologyRow[]> {
    const { ids, page } = which;
    // The technologies asked for: by id, one page by slug (keyset), or all.
    const chosen = ids
      ? Prisma.sql`SELECT unnest(${ids}::int[]) AS id`
      : page
        ? Prisma.sql`SELECT id FROM technology WHERE ${page.after === null ? Prisma.sql`true` : Prisma.sql`slug > ${page.after}`} ORDER BY slug LIMIT ${page.size}`
        : null;
    const only = (column: Prisma.Sql) => (chosen ? Prisma.sql`WHERE ${column} IN (SELECT id FROM chosen)` : Prisma.empty);
    return this.prisma.readRows<TechnologyRow>(Prisma.sql`
      WITH chosen AS (${chosen ?? Prisma.sql`SELECT NULL::int AS id WHERE false`}),
      claims AS (SELECT k.technology_id AS tid, sum(k.claims)::int AS n FROM technology_kind_count k ${only(Prisma.sql`k.technology_id`)} GROUP BY k.technology_id)
      SELECT t.id, t.version, t.slug, t.name, lower(replace(t.kind::text, '_', '-')) AS kind, t.aliases, coalesce(t.common_word_names, '{}') AS "commonWordNames",
             p.slug AS "parentSlug", p.name AS "parentName",
             coalesce(claims.n, 0) AS "claimCount", coalesce(s.sources, 0) AS "sourceCount"
      FROM technology t LEFT JOIN technology p ON p.id = t.parent_id
      LEFT JOIN claims ON claims.tid = t.id
      LEFT JOIN technology_source_count s ON s.technology_id = t.id
      ${only(Prisma.sql`t.id`)}
      ORDER BY t.slug`);
  }

  async technologyChildren(id: number): Promise<{ slug: string; name: string }[]> {
    return this.prisma.technology.findMany({ where: { parentId: id }, select: { slug: true, name: true }, orderBy: { slug: 'asc' } });
  }

  /** Claims involving the technology per kind, in the enum's order (maintained counts, as above). */
  async technologyKindCounts(id: number): Promise<{ kind: string; count: number }[]> {
    const rows = await this.prisma.technologyKindCount.findMany({ where: { technologyId: id }, select: { kind: true, claims: true }, orderBy: { kind: 'asc' } });
    return rows.map((r) => ({ kind: r.kind.toLowerCase(), count: r.claims }));
  }

  /** By category, then slug; one page after the criterion `page.after` names (keyset), or all. */
  async criteria(page?: ListPage): Promise<TaxonomyEntryRow[]> {
    let where: Prisma.CriterionWhereInput | undefined;
    if (page?.after != null) {
      const last = await this.prisma.criterion.findUnique({ where: { slug: page.after }, select: { category: true, slug: true } });
      if (!last) return [];
      where = { OR: [{ category: { gt: last.category } }, { category: last.category, slug: { gt: last.slug } }] };
    }
    return this.prisma.criterion.findMany({
      select: { id: true, version: true, slug: true, name: true, category: true, description: true, aliases: true, unspecific: true, neutralPhrases: true },
      where,
      orderBy: [{ category: 'asc' }, { slug: 'asc' }],
      take: page?.size,
    });
  }

  /** Whether a criterion has this slug (a page can only start after an existing one). */
  async criterionExists(slug: string): Promise<boolean> {
    return (await this.prisma.criterion.count({ where: { slug } })) > 0;
  }

  useCases(page?: ListPage): Promise<TaxonomyEntryRow[]> {
    return this.prisma.useCase.findMany({
      select: { id: true, version: true, slug: true, name: true, aliases: true },
      where: page?.after != null ? { slug: { gt: page.after } } : undefined,
      orderBy: { slug: 'asc' },
      take: page?.size,
    });
  }

  /**
   * Claim counts per (entry, subject technology), maintained by triggers; technology_id 0 (no
   * subject) joins no technology. Read on the pool (readRows): thousands of rows at scale, where
   * Prisma's raw-query row conversion cost more than the statement.
   */
  entryCounts(kind: TaxonomyEntryKind, entryIds?: number[]): Promise<EntryTechnologyCount[]> {
    const { table, entry } = ENTRY_COUNTS[kind];
    return this.prisma.readRows<EntryTechnologyCount>(Prisma.sql`
      SELECT n.${entry} AS "entryId", t.slug AS "technologySlug", t.name AS "technologyName", n.claims AS count
      FROM ${table} n LEFT JOIN technology t ON t.id = n.technology_id
      ${entryIds ? Prisma.sql`WHERE n.${entry} = ANY(${entryIds}::int[])` : Prisma.empty}
      ORDER BY n.${entry}, t.slug NULLS LAST`);
  }
}
