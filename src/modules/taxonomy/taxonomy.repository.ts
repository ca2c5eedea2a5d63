import { Injectable } from '@nestjs/common';
import { TechnologyKind } from '../../generated/prisma/client.js';
import { PrismaService } from '../../infra/database/prisma.service.js';
import { clientOf, type Tx } from '../../infra/database/transaction.js';
import { lookupKeysOf } from './lookup-key.js';
import type { CriterionRecord, CriterionRef, TaxonomyIndex, TaxonomyRef, TechnologyRecord, UseCaseRecord } from './taxonomy.types.js';

const toTechnologyKind = (kind: string) => kind.toUpperCase().replace(/-/g, '_') as TechnologyKind;

@Injectable()
export class TaxonomyRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Inserts or updates by slug; parents are linked in a second pass so order does not matter. */
  async upsertTechnologies(tx: Tx, entries: TechnologyRecord[]): Promise<void> {
    const db = clientOf(this.prisma, tx);
    for (const entry of entries) {
      const data = { name: entry.name, kind: toTechnologyKind(entry.kind), aliases: entry.aliases, keywords: entry.keywords, lookupKeys: lookupKeysOf(entry) };
      await db.technology.upsert({ where: { slug: entry.slug }, create: { slug: entry.slug, ...data }, update: data });
    }
    const ids = new Map((await db.technology.findMany({ select: { id: true, slug: true } })).map((t) => [t.slug, t.id]));
    for (const entry of entries) {
      await db.technology.update({ where: { slug: entry.slug }, data: { parentId: entry.parentSlug ? (ids.get(entry.parentSlug) ?? null) : null } });
    }
  }

  async upsertCriteria(tx: Tx, entries: CriterionRecord[]): Promise<void> {
    const db = clientOf(this.prisma, tx);
    for (const entry of entries) {
      const data = { name: entry.name, category: entry.category, description: entry.description, aliases: entry.aliases, keywords: entry.keywords, lookupKeys: lookupKeysOf(entry) };
      await db.criterion.upsert({ where: { slug: entry.slug }, create: { slug: entry.slug, ...data }, update: data });
    }
  }

  async upsertUseCases(tx: Tx, entries: UseCaseRecord[]): Promise<void> {
    const db = clientOf(this.prisma, tx);
    for (const entry of entries) {
      const data = { name: entry.name, aliases: entry.aliases, keywords: entry.keywords, lookupKeys: lookupKeysOf(entry) };
      await db.useCase.upsert({ where: { slug: entry.slug }, create: { slug: entry.slug, ...data }, update: data });
    }
  }

  /** The whole taxonomy keyed by every lookup key (it is small: hundreds of rows). */
  async loadIndex(tx?: Tx): Promise<TaxonomyIndex> {
    const db = clientOf(this.prisma, tx);
    const select = { id: true, slug: true, name: true, lookupKeys: true } as const;
    const [technologies, criteria, useCases] = await Promise.all([
      db.technology.findMany({ select }),
      db.criterion.findMany({ select: { ...select, category: true } }),
      db.useCase.findMany({ select }),
    ]);
    const index = <R extends TaxonomyRef>(rows: (R & { lookupKeys: string[] })[]) => {
      const map = new Map<string, R>();
      for (const { lookupKeys, ...ref } of rows) for (const key of lookupKeys) map.set(key, ref as unknown as R);
      return map;
    };
    const byId = <R extends TaxonomyRef>(rows: (R & { lookupKeys: string[] })[]) =>
      new Map(rows.map(({ lookupKeys: _keys, ...ref }) => [ref.id, ref as unknown as R]));
    return {
      technologies: index(technologies),
      criteria: index<CriterionRef>(criteria),
      useCases: index(useCases),
      byId: { technologies: byId(technologies), criteria: byId<CriterionRef>(criteria), useCases: byId(useCases) },
    };
  }
}
