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

  /**
   * Seed files: inserts new slugs; updates a stored entry only when nobody edited it (edited_at
   * null) and it differs; an edited entry that differs is left as it is and returned as a
   * conflict. Parents are linked in a second pass (so order does not matter), under the same rule.
   */
  async seedTechnologies(tx: Tx, entries: TechnologyRecord[]): Promise<SeedEntryConflict[]> {
    const db = clientOf(this.prisma, tx);
    const stored = new Map((await db.technology.findMany({ select: { id: true, slug: true, name: true, kind: true, aliases: true, keywords: true, commonWordNames: true, parentId: true, editedAt: true } })).map((t) => [t.slug, t]));
    const conflicts: SeedEntryConflict[] = [];
    const seeded: TechnologyRecord[] = [];
    for (const entry of entries) {
      const data = { name: entry.name, kind: toTechnologyKind(entry.kind), aliases: entry.aliases, keywords: entry.keywords, commonWordNames: entry.commonWordNames };
      const current = stored.get(entry.slug);
      const plan = seedPlan(current, data, conflicts, 'technology', entry.slug);
      if (plan === 'create') await db.technology.create({ data: { slug: entry.slug, ...data, lookupKeys: lookupKeysOf(entry) } });
      if (plan === 'update') await db.technology.update({ where: { slug: entry.slug }, data: { ...data, lookupKeys: lookupKeysOf(entry), version: { increment: 1 } } });
      if (plan !== 'keep') seeded.push(entry);
    }
    const ids = new Map((await db.technology.findMany({ select: { id: true, slug: true } })).map((t) => [t.slug, t.id]));
    for (const entry of seeded) {
      const parentId = entry.parentSlug ? (ids.get(entry.parentSlug) ?? null) : null;
      const current = stored.get(entry.slug);
      if (current && current.editedAt) continue;
      if (current?.parentId === parentId) continue;
      await db.technology.update({ where: { slug: entry.slug }, data: { parentId, ...(current ? { version: { increment: 1 } } : {}) } });
    }
    return conflicts;
  }

  async seedCriteria(tx: Tx, entries: CriterionRecord[]): Promise<SeedEntryConflict[]> {
    const db = clientOf(this.prisma, tx);
    const stored = new Map((await db.criterion.findMany({ select: { slug: true, name: true, category: true, description: true, aliases: true, keywords: true, unspecific: true, neutralPhrases: true, editedAt: true } })).map((t) => [t.slug, t]));
    const conflicts: SeedEntryConflict[] = [];
    for (const entry of entries) {
      const data = { name: entry.name, category: entry.category, description: entry.description, aliases: entry.aliases, keywords: entry.keywords, unspecific: entry.unspecific, neutralPhrases: entry.neutralPhrases };
      const plan = seedPlan(stored.get(entry.slug), data, conflicts, 'criterion', entry.slug);
      if (plan === 'create') await db.criterion.create({ data: { slug: entry.slug, ...data, lookupKeys: lookupKeysOf(entry) } });
      if (plan === 'update') await db.criterion.update({ where: { slug: entry.slug }, data: { ...data, lookupKeys: lookupKeysOf(entry), version: { increment: 1 } } });
    }
    return conflicts;
  }

  async seedUseCases(tx: Tx, entries: UseCaseRecord[]): Promise<SeedEntryConflict[]> {
    const db = clientOf(this.prisma, tx);
    const stored = new Map((await db.useCase.findMany({ select: { slug: true, name: true, aliases: true, keywords: true, editedAt: true } })).map((t) => [t.slug, t]));
    const conflicts: SeedEntryConflict[] = [];
    for (const entry of entries) {
      const data = { name: entry.name, aliases: entry.aliases, keywords: entry.keywords };
      const plan = seedPlan(stored.get(entry.slug), data, conflicts, 'use case', entry.slug);
      if (plan === 'create') await db.useCase.create({ data: { slug: entry.slug, ...data, lookupKeys: lookupKeysOf(entry) } });
      if (plan === 'update') await db.useCase.update({ where: { slug: entry.slug }, data: { ...data, lookupKeys: lookupKeysOf(entry), version: { increment: 1 } } });
    }
    return conflicts;
  }

  /** Every entry of one taxonomy with its names and vocabulary (a draft's proposals are matched against them). */
  async vocabulary(type: 'technology' | 'criterion' | 'useCase'): Promise<{ slug: string; name: string; aliases: string[]; keywords: string[] }[]> {
    const select = { slug: true, name: true, aliases: true, keywords: true } as const;
    if (type === 'technology') return this.prisma.technology.findMany({ select, orderBy: { slug: 'asc' } });
    if (type === 'criterion') return this.prisma.criterion.findMany({ select, orderBy: { slug: 'asc' } });
    return this.prisma.useCase.findMany({ select, orderBy: { slug: 'asc' } });
  }

  /** The whole taxonomy keyed by every lookup key (it is small: hundreds of rows). */
  async loadIndex(tx?: Tx): Promise<TaxonomyIndex> {
    const db = clientOf(this.prisma, tx);
    const select = { id: true, slug: true, name: true, lookupKeys: true } as const;
    const [technologies, criteria, useCases] = await Promise.all([
      db.technology.findMany({ select }),
      db.criterion.findMany({ select: { ...select, category: true, neutralPhrases: true } }),
      db.useCase.findMany({ select }),
    ]);
    const index = <R extends TaxonomyRef>(rows: (R & { lookupKeys: string[] })[]) => {
      const map = new Map<string, R>();
      for (const { lookupKeys, ...ref } of rows) for (const key of lookupKeys) map.set(key, ref as unknown as R);
      return map;
    };
    const byId = <R extends TaxonomyRef>(rows: (R & { lookupKeys: string[] })[]) =>
      new Map(rows.map(({ lookupKeys: _keys, ...ref }) => [ref.id, ref as unknown as R]));
    const criterionRefs = criteria.map(({ neutralPhrases: _phrases, ...ref }) => ref);
    return {
      technologies: index(technologies),
      criteria: index<CriterionRef>(criterionRefs),
      useCases: index(useCases),
      neutralPhrases: [...new Set(criteria.flatMap((c) => c.neutralPhrases))],
      byId: { technologies: byId(technologies), criteria: byId<CriterionRef>(criterionRefs), useCases: byId(useCases) },
    };
  }
}

/** A seed file entry left as it is because an editor changed the stored one. */
export interface SeedEntryConflict {
  taxonomy: 'technology' | 'criterion' | 'use case';
  slug: string;
  editedAt: Date;
}

/**
 * What seeding does with one entry: create it, update it (nobody edited it and it differs),
 * or keep it (as seeded already, or edited by an editor: then a conflict when it differs).
 */
function seedPlan<T extends object>(
  stored: (T & { editedAt: Date | null }) | undefined,
  seed: T,
  conflicts: SeedEntryConflict[],
  taxonomy: SeedEntryConflict['taxonomy'],
  slug: string,
): 'create' | 'update' | 'keep' {
  if (!stored) return 'create';
  const differs = (Object.keys(seed) as (keyof T)[]).some((k) => JSON.stringify(seed[k]) !== JSON.stringify(stored[k]));
  if (!differs) return 'keep';
  if (stored.editedAt) {
    conflicts.push({ taxonomy, slug, editedAt: stored.editedAt });
    return 'keep';
  }
  return 'update';
}
