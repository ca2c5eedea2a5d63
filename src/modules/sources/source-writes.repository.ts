import { Injectable } from '@nestjs/common';
import { Prisma } from '../../generated/prisma/client.js';
import { PrismaService } from '../../infra/database/prisma.service.js';
import { clientOf, type Tx } from '../../infra/database/transaction.js';
import type { SourceRecord } from './sources.types.js';
import type { SourceMatches, StoredSourceVersion } from './source-identity.js';

const VERSION_COLUMNS = Prisma.sql`id, slug, external_id AS "externalId", content_hash AS "contentHash", annotation_hash AS "annotationHash", version, edited_at AS "editedAt"`;

/** Every statement that writes `source` and `source_technology` (reads: SourcesRepository). */
@Injectable()
export class SourceWritesRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * The stored sources a write's slug, externalId (when given) and text each name, locked
   * (FOR UPDATE, in id order) until the write's transaction ends: a concurrent write to the same
   * source waits here and then reads the version this one leaves, so If-Match is checked and
   * acted on atomically.
   */
  async findMatches(tx: Tx, request: { slug: string; externalId?: string; contentHash: string }): Promise<SourceMatches> {
    const keys = request.externalId === undefined ? [request.slug] : [request.slug, request.externalId];
    const rows = await clientOf(this.prisma, tx).$queryRaw<StoredSourceVersion[]>(Prisma.sql`
      SELECT ${VERSION_COLUMNS} FROM source
      WHERE slug = ANY(${keys}::text[]) OR external_id = ANY(${keys}::text[]) OR content_hash = ${request.contentHash}
      ORDER BY id FOR UPDATE`);
    const bySlug = rows.find((r) => r.slug === request.slug) ?? null;
    return {
      bySlug,
      byExternalId: request.externalId === undefined ? null : (rows.find((r) => r.externalId === request.externalId) ?? null),
      byContent: rows.find((r) => r.contentHash === request.contentHash) ?? null,
      crossed: rows.find((r) => r.id !== bySlug?.id && (r.externalId === request.slug || (request.externalId !== undefined && r.slug === request.externalId))) ?? null,
    };
  }

  /**
   * The one source a key names, locked for the write: the source with that slug, else the one
   * with that externalId (slugs win: a key never names two sources at once).
   */
  async lockByKey(tx: Tx, key: string): Promise<StoredSourceVersion | null> {
    const rows = await clientOf(this.prisma, tx).$queryRaw<StoredSourceVersion[]>(Prisma.sql`
      SELECT ${VERSION_COLUMNS} FROM source WHERE slug = ${key} OR external_id = ${key} ORDER BY id FOR UPDATE`);
    return rows.find((r) => r.slug === key) ?? rows.find((r) => r.externalId === key) ?? null;
  }

  /** `edited`: the write comes from an editor (API, `kb ingest`), not from seed files. */
  async saveSource(tx: Tx, existingId: number | null, record: SourceRecord, edited: boolean): Promise<number> {
    const db = clientOf(this.prisma, tx);
    const { compareIds, ...data } = record;
    const editedAt = edited ? new Date() : undefined;
    const id = existingId
      ? (await db.source.update({ where: { id: existingId }, data: { ...data, editedAt, version: { increment: 1 } }, select: { id: true } })).id
      : (await db.source.create({ data: { ...data, editedAt }, select: { id: true } })).id;
    await db.sourceTechnology.deleteMany({ where: { sourceId: id } });
    await db.sourceTechnology.createMany({ data: compareIds.map((technologyId) => ({ sourceId: id, technologyId })) });
    return id;
  }

  /** Deletes one source by id (claims cascade). */
  async deleteSource(tx: Tx, id: number): Promise<void> {
    await clientOf(this.prisma, tx).source.delete({ where: { id } });
  }
}
