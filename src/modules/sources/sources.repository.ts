import { Injectable } from '@nestjs/common';
import type { Prisma } from '../../generated/prisma/client.js';
import { PrismaService } from '../../infra/database/prisma.service.js';
import type { SourceListPosition } from './source-cursor.js';
import type { SourceDetailRow, SourceRow } from './sources.types.js';

const summary = {
  id: true,
  slug: true,
  externalId: true,
  title: true,
  author: true,
  publisher: true,
  publishedOn: true,
  publishedPrecision: true,
  url: true,
  contentHash: true,
  ingestedAt: true,
  technologies: { select: { technology: { select: { slug: true, name: true } } }, orderBy: { technologyId: 'asc' } },
  // maintained by triggers (migration catalog_counts): no count over the claims per request
  claimCount: { select: { claims: true } },
} as const;

/** Newest first, undated last, then by id (unique: a total order for the keyset). */
const LIST_ORDER: Prisma.SourceOrderByWithRelationInput[] = [{ publishedOn: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }];

/** The sources after `position` in LIST_ORDER. */
function afterPosition({ publishedOn, id }: SourceListPosition): Prisma.SourceWhereInput {
  if (!publishedOn) return { publishedOn: null, id: { gt: id } };
  return { OR: [{ publishedOn: { lt: publishedOn } }, { publishedOn, id: { gt: id } }, { publishedOn: null }] };
}

function toRow<T extends { technologies: { technology: { slug: string; name: string } }[]; claimCount: { claims: number } | null }>({ technologies, claimCount, ...row }: T) {
  return { ...row, compares: technologies.map((t) => t.technology), claimCount: claimCount?.claims ?? 0 };
}

@Injectable()
export class SourcesRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Where the source `slug` stands in the list order (GraphQL `sources(after:)`); null when no source has it. */
  async positionOf(slug: string): Promise<SourceListPosition | null> {
    return this.prisma.source.findUnique({ where: { slug }, select: { id: true, publishedOn: true } });
  }

  /**
   * One page of the list in the same order, after `after` (keyset on date, then id): `size + 1`
   * rows so the caller knows whether another page follows.
   */
  async page(size: number, after: SourceListPosition | null): Promise<SourceRow[]> {
    const rows = await this.prisma.source.findMany({ select: summary, where: after ? afterPosition(after) : undefined, orderBy: LIST_ORDER, take: size + 1 });
    return rows.map(toRow);
  }

  /** The source with this slug, else the one with this externalId: one source, never two. */
  async findBySlugOrExternalId(key: string): Promise<SourceDetailRow | null> {
    const rows = await this.prisma.source.findMany({ where: { OR: [{ slug: key }, { externalId: key }] }, select: { ...summary, body: true, annotationHash: true, version: true }, take: 2 });
    const row = rows.find((r) => r.slug === key) ?? rows.find((r) => r.externalId === key);
    if (!row) return null;
    const byKind = await this.prisma.claim.groupBy({ by: ['kind'], where: { sourceId: row.id }, _count: { _all: true }, orderBy: { kind: 'asc' } });
    return { ...toRow(row), claimCountsByKind: byKind.map((k) => ({ kind: k.kind.toLowerCase(), count: k._count._all })) };
  }
}
