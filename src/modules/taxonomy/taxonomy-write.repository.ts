import { Injectable } from '@nestjs/common';
import { Prisma, type TechnologyKind } from '../../generated/prisma/client.js';
import { PrismaService } from '../../infra/database/prisma.service.js';
import { clientOf, type Tx } from '../../infra/database/transaction.js';
import { lookupKeysOf } from './lookup-key.js';
import type { StoredEntry, TaxonomyTable } from './taxonomy-entry-rules.js';

const toTechnologyKind = (kind: string) => kind.toUpperCase().replace(/-/g, '_') as TechnologyKind;
const fromTechnologyKind = (kind: string) => kind.toLowerCase().replace(/_/g, '-');

/** What every reference to an entry counts: claims by each column, mentions, compared sources, child technologies. */
export interface EntryReferences {
  claims: number;
  mentions: number;
  sources: number;
  children: number;
}

/** The columns a write sets (slug only on create). */
export type EntryWrite = Omit<StoredEntry, 'id'>;

const technologyColumns = (entry: EntryWrite) => ({ kind: toTechnologyKind(entry.kind!), parentId: entry.parentId ?? null, commonWordNames: entry.commonWordNames ?? [] });
const criterionColumns = (entry: EntryWrite) => ({ category: entry.category!, description: entry.description ?? '', unspecific: entry.unspecific ?? false, neutralPhrases: entry.neutralPhrases ?? [] });

/** The table of each taxonomy (fixed fragments only). */
const TABLES: Record<TaxonomyTable, Prisma.Sql> = { technology: Prisma.sql`technology`, criterion: Prisma.sql`criterion`, useCase: Prisma.sql`use_case` };

/** Writes of technologies, criteria and use cases (reads for clients: TaxonomyQueryRepository). */
@Injectable()
export class TaxonomyWriteRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Locks the entries with these slugs (FOR UPDATE, in id order) until the transaction ends, and
   * returns their ids: a concurrent write to one of them waits, then reads what this one left.
   */
  async lockSlugs(tx: Tx, table: TaxonomyTable, slugs: string[]): Promise<number[]> {
    if (!slugs.length) return [];
    const rows = await clientOf(this.prisma, tx).$queryRaw<{ id: number }[]>(Prisma.sql`
      SELECT id FROM ${TABLES[table]} WHERE slug = ANY(${slugs}::text[]) ORDER BY id FOR UPDATE`);
    return rows.map((r) => r.id);
  }

  /** Every entry of one taxonomy (hundreds of rows): collisions are checked against all of them. */
  async entries(tx: Tx, table: TaxonomyTable): Promise<StoredEntry[]> {
    const db = clientOf(this.prisma, tx);
    const base = { id: true, version: true, slug: true, name: true, aliases: true, keywords: true } as const;
    if (table === 'technology') {
      const rows = await db.technology.findMany({ select: { ...base, kind: true, parentId: true, commonWordNames: true }, orderBy: { id: 'asc' } });
      return rows.map((r) => ({ ...r, kind: fromTechnologyKind(r.kind) }));
    }
    if (table === 'criterion') return db.criterion.findMany({ select: { ...base, category: true, description: true, unspecific: true, neutralPhrases: true }, orderBy: { id: 'asc' } });
    return db.useCase.findMany({ select: base, orderBy: { id: 'asc' } });
  }

  /** `edited`: an editor's write (API, `kb ingest`), which seed files then leave as it is. */
  async insert(tx: Tx, table: TaxonomyTable, entry: EntryWrite, edited: boolean): Promise<number> {
    const db = clientOf(this.prisma, tx);
    const data = { slug: entry.slug, name: entry.name, aliases: entry.aliases, keywords: entry.keywords, lookupKeys: lookupKeysOf(entry), editedAt: edited ? new Date() : undefined };
    const select = { id: true } as const;
    if (table === 'technology') return (await db.technology.create({ data: { ...data, ...technologyColumns(entry) }, select })).id;
    if (table === 'criterion') return (await db.criterion.create({ data: { ...data, ...criterionColumns(entry) }, select })).id;
    return (await db.useCase.create({ data, select })).id;
  }

  /** Writes the entry's columns and adds 1 to its version (returned); `edited` as for insert. */
  async update(tx: Tx, table: TaxonomyTable, id: number, entry: EntryWrite, edited: boolean): Promise<number> {
    const db = clientOf(this.prisma, tx);
    const data = { name: entry.name, aliases: entry.aliases, keywords: entry.keywords, lookupKeys: lookupKeysOf(entry), version: { increment: 1 }, editedAt: edited ? new Date() : undefined };
    const select = { version: true } as const;
    if (table === 'technology') return (await db.technology.update({ where: { id }, data: { ...data, ...technologyColumns(entry) }, select })).version;
    if (table === 'criterion') return (await db.criterion.update({ where: { id }, data: { ...data, ...criterionColumns(entry) }, select })).version;
    return (await db.useCase.update({ where: { id }, data, select })).version;
  }

  async remove(tx: Tx, table: TaxonomyTable, id: number): Promise<void> {
    const db = clientOf(this.prisma, tx);
    if (table === 'technology') await db.technology.delete({ where: { id } });
    else if (table === 'criterion') await db.criterion.delete({ where: { id } });
    else await db.useCase.delete({ where: { id } });
  }

  async references(tx: Tx, table: TaxonomyTable, id: number): Promise<EntryReferences> {
    const db = clientOf(this.prisma, tx);
    if (table === 'criterion') return { claims: await db.claim.count({ where: { criterionId: id } }), mentions: 0, sources: 0, children: 0 };
    if (table === 'useCase') return { claims: await db.claim.count({ where: { useCaseId: id } }), mentions: 0, sources: 0, children: 0 };
    const [claims, mentions, sources, children] = await Promise.all([
      db.claim.count({ where: { OR: [{ technologyId: id }, { winnerId: id }] } }),
      db.claimMention.count({ where: { technologyId: id } }),
      db.sourceTechnology.count({ where: { technologyId: id } }),
      db.technology.count({ where: { parentId: id } }),
    ]);
    return { claims, mentions, sources, children };
  }

  /**
   * Points every reference to `fromId` at `intoId`. Rows keyed by (claim or source, technology)
   * that the target already has are dropped instead of duplicated. Returns the claims touched.
   */
  async moveReferences(tx: Tx, table: TaxonomyTable, fromId: number, intoId: number): Promise<number> {
    const db = clientOf(this.prisma, tx);
    // a claim whose reference moves is a new version of the claim
    if (table === 'criterion') return (await db.claim.updateMany({ where: { criterionId: fromId }, data: { criterionId: intoId, version: { increment: 1 } } })).count;
    if (table === 'useCase') return (await db.claim.updateMany({ where: { useCaseId: fromId }, data: { useCaseId: intoId, version: { increment: 1 } } })).count;
    const asSubject = await db.claim.updateMany({ where: { technologyId: fromId }, data: { technologyId: intoId, version: { increment: 1 } } });
    const asWinner = await db.claim.updateMany({ where: { winnerId: fromId }, data: { winnerId: intoId, version: { increment: 1 } } });
    await db.$executeRaw(Prisma.sql`
      INSERT INTO claim_mention (claim_id, technology_id) SELECT claim_id, ${intoId} FROM claim_mention WHERE technology_id = ${fromId}
      ON CONFLICT DO NOTHING`);
    await db.claimMention.deleteMany({ where: { technologyId: fromId } });
    await db.$executeRaw(Prisma.sql`
      INSERT INTO source_technology (source_id, technology_id) SELECT source_id, ${intoId} FROM source_technology WHERE technology_id = ${fromId}
      ON CONFLICT DO NOTHING`);
    await db.sourceTechnology.deleteMany({ where: { technologyId: fromId } });
    await db.technology.updateMany({ where: { parentId: fromId, id: { not: intoId } }, data: { parentId: intoId, version: { increment: 1 } } });
    return asSubject.count + asWinner.count;
  }
}
