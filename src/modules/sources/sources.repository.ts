import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/database/prisma.service.js';
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

@Injectable()
export class SourcesRepository {
  constructor(private readonly prisma: PrismaService) {}

  async list(): Promise<SourceRow[]> {
    const rows = await this.prisma.source.findMany({ select: summary, orderBy: [{ publishedOn: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }] });
    return rows.map(({ technologies, claimCount, ...row }) => ({ ...row, compares: technologies.map((t) => t.technology), claimCount: claimCount?.claims ?? 0 }));
  }

  async findBySlugOrExternalId(key: string): Promise<SourceDetailRow | null> {
    const row = await this.prisma.source.findFirst({ where: { OR: [{ slug: key }, { externalId: key }] }, select: { ...summary, body: true, annotationHash: true, updatedAt: true } });
    if (!row) return null;
    const byKind = await this.prisma.claim.groupBy({ by: ['kind'], where: { sourceId: row.id }, _count: { _all: true }, orderBy: { kind: 'asc' } });
    const { technologies, claimCount, ...rest } = row;
    return {
      ...rest,
      compares: technologies.map((t) => t.technology),
      claimCount: claimCount?.claims ?? 0,
      claimCountsByKind: byKind.map((k) => ({ kind: k.kind.toLowerCase(), count: k._count._all })),
    };
  }
}
