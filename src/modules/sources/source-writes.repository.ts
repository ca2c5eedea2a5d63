import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/database/prisma.service.js';
import { clientOf, type Tx } from '../../infra/database/transaction.js';
import type { SourceRecord } from '../ingestion/ingestion.types.js';
import type { SourceMatches } from './source-identity.js';

/** Every statement that writes `source` and `source_technology` (reads: SourcesRepository). */
@Injectable()
export class SourceWritesRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The stored sources a write's slug, externalId (when given) and text each name. */
  async findMatches(tx: Tx, request: { slug: string; externalId?: string; contentHash: string }): Promise<SourceMatches> {
    const db = clientOf(this.prisma, tx);
    const select = { id: true, slug: true, externalId: true, contentHash: true, annotationHash: true, updatedAt: true } as const;
    const or = [{ slug: request.slug }, { contentHash: request.contentHash }, ...(request.externalId === undefined ? [] : [{ externalId: request.externalId }])];
    const rows = await db.source.findMany({ where: { OR: or }, select });
    return {
      bySlug: rows.find((r) => r.slug === request.slug) ?? null,
      byExternalId: request.externalId === undefined ? null : (rows.find((r) => r.externalId === request.externalId) ?? null),
      byContent: rows.find((r) => r.contentHash === request.contentHash) ?? null,
    };
  }

  async saveSource(tx: Tx, existingId: number | null, record: SourceRecord): Promise<number> {
    const db = clientOf(this.prisma, tx);
    const { compareIds, ...data } = record;
    const id = existingId
      ? (await db.source.update({ where: { id: existingId }, data, select: { id: true } })).id
      : (await db.source.create({ data, select: { id: true } })).id;
    await db.sourceTechnology.deleteMany({ where: { sourceId: id } });
    await db.sourceTechnology.createMany({ data: compareIds.map((technologyId) => ({ sourceId: id, technologyId })) });
    return id;
  }

  /** Deletes by slug or externalId (claims cascade); false when there was none. */
  async deleteSource(tx: Tx, key: string): Promise<boolean> {
    const { count } = await clientOf(this.prisma, tx).source.deleteMany({ where: { OR: [{ slug: key }, { externalId: key }] } });
    return count > 0;
  }
}
