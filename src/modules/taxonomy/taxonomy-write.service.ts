import { Injectable, Logger } from '@nestjs/common';
import { DataVersionService } from '../../infra/database/data-version.service.js';
import { DomainError, ErrorCode, notFound } from '../../common/errors/domain-error.js';
import { assertIfMatch, rowEtag } from '../../common/preconditions/if-match.js';
import { TransactionRunner, type Tx } from '../../infra/database/transaction.js';
import type { CriterionEntryDto, TaxonomyAdditionsDto, TechnologyEntryDto, UseCaseEntryDto } from './dto/taxonomy-files.dto.js';
import type { TaxonomyEntryPatchInput } from './dto/taxonomy-entry-patch.input.js';
import { lookupKey } from './lookup-key.js';
import type { TaxonomyEntryModel, TaxonomyMergeResultModel } from './models/taxonomy-entry.model.js';
import { keyCollisions, keyOwners, mergedAliases, strayCommonWordNames, TAXONOMY_LABEL, union, type EntryProblem, type StoredEntry, type TaxonomyTable } from './taxonomy-entry-rules.js';
import { TaxonomyWriteRepository, type EntryWrite } from './taxonomy-write.repository.js';

type EntryInput = TechnologyEntryDto | CriterionEntryDto | UseCaseEntryDto;

const TECHNOLOGY_ONLY = ['kind', 'parent', 'commonWordNames'] as const;
const CRITERION_ONLY = ['category', 'description', 'unspecific', 'neutralPhrases'] as const;

/**
 * Writes of the taxonomy: create, update, merge and delete entries, and the additions an
 * annotation carries. Every write keeps each lookup key (slug, name, alias) naming one entry,
 * and bumps the data version so every replica's cached taxonomy index reloads.
 */
@Injectable()
export class TaxonomyWriteService {
  private readonly logger = new Logger(TaxonomyWriteService.name);

  constructor(
    private readonly repository: TaxonomyWriteRepository,
    private readonly transactions: TransactionRunner,
    private readonly dataVersion: DataVersionService,
  ) {}

  async create(table: TaxonomyTable, input: EntryInput): Promise<TaxonomyEntryModel> {
    const entry = await this.write(async (tx) => {
      const entries = await this.repository.entries(tx, table);
      if (entries.some((e) => e.slug === input.slug)) {
        throw new DomainError(ErrorCode.TAXONOMY_CONFLICT, `the ${TAXONOMY_LABEL[table]} '${input.slug}' already exists; PATCH it or choose another slug`);
      }
      const problems = keyCollisions(input, keyOwners(entries), table, TAXONOMY_LABEL[table]);
      const record = this.toRecord(table, input, entries, problems, TAXONOMY_LABEL[table]);
      problems.push(...strayCommonWordNames(record, TAXONOMY_LABEL[table]));
      throwIf(problems, `the ${TAXONOMY_LABEL[table]} '${input.slug}' was not created`);
      const id = await this.repository.insert(tx, table, record, true);
      return { id, version: 1, ...record };
    });
    return toModel(table, entry, await this.parentSlug(table, entry));
  }

  /**
   * Changes an entry. Its row is locked before it is read, and `ifMatch` (its ETag, optional) is
   * compared with that version in the same transaction: of two editors holding one ETag, one
   * wins and the other gets 412.
   */
  async update(table: TaxonomyTable, key: string, patch: TaxonomyEntryPatchInput, ifMatch?: string): Promise<TaxonomyEntryModel> {
    const misplaced = [...(table === 'technology' ? [] : TECHNOLOGY_ONLY), ...(table === 'criterion' ? [] : CRITERION_ONLY)].filter((f) => patch[f] !== undefined);
    if (misplaced.length) {
      throw new DomainError(ErrorCode.VALIDATION_FAILED, `${misplaced.join(', ')} cannot be set on a ${TAXONOMY_LABEL[table]}`, misplaced.map((field) => ({ field, message: 'not a field of this taxonomy' })));
    }
    const entry = await this.write(async (tx) => {
      await this.repository.lockSlugs(tx, table, [key]);
      const entries = await this.repository.entries(tx, table);
      const current = findForWrite(entries, key, table, ifMatch);
      const next: StoredEntry = {
        ...current,
        name: patch.name ?? current.name,
        aliases: patch.aliases ?? current.aliases,
        keywords: patch.keywords ?? current.keywords,
        kind: patch.kind ?? current.kind,
        category: patch.category ?? current.category,
        description: patch.description ?? current.description,
        commonWordNames: patch.commonWordNames ?? current.commonWordNames,
        unspecific: patch.unspecific ?? current.unspecific,
        neutralPhrases: patch.neutralPhrases ?? current.neutralPhrases,
      };
      const problems = keyCollisions(next, keyOwners(entries.filter((e) => e.id !== current.id)), table, TAXONOMY_LABEL[table]);
      problems.push(...strayCommonWordNames(next, 'patch'));
      if (table === 'technology' && patch.parent !== undefined) next.parentId = this.parentId(patch.parent, current, entries, problems);
      throwIf(problems, `the ${TAXONOMY_LABEL[table]} '${current.slug}' was not changed`);
      const { id, ...record } = next;
      return { ...next, version: await this.repository.update(tx, table, id, record, true) };
    });
    return toModel(table, entry, await this.parentSlug(table, entry));
  }

  /** Deletes an entry no claim, source or child technology refers to (else 409: merge it instead). */
  async remove(table: TaxonomyTable, key: string, ifMatch?: string): Promise<void> {
    await this.write(async (tx) => {
      await this.repository.lockSlugs(tx, table, [key]);
      const current = findForWrite(await this.repository.entries(tx, table), key, table, ifMatch);
      const refs = await this.repository.references(tx, table, current.id);
      const used = Object.entries(refs).filter(([, n]) => n > 0);
      if (used.length) {
        throw new DomainError(
          ErrorCode.TAXONOMY_CONFLICT,
          `the ${TAXONOMY_LABEL[table]} '${current.slug}' is still referenced (${used.map(([what, n]) => `${n} ${what}`).join(', ')}); merge it into another entry instead`,
        );
      }
      await this.repository.remove(tx, table, current.id);
    });
  }

  /**
   * Merges `key` into `into`: its claims (and, for technologies, mentions, compared sources and
   * children) move to the target, its slug, name and aliases become aliases of the target, its
   * keywords join the target's, and it is deleted: old references still resolve, to the target.
   */
  async merge(table: TaxonomyTable, key: string, into: string, ifMatch?: string): Promise<TaxonomyMergeResultModel> {
    const result = await this.write(async (tx) => {
      // both rows locked (id order), then read as they are now
      const named = await this.repository.entries(tx, table);
      await this.repository.lockSlugs(tx, table, [key, find(named, into, table, true).slug]);
      const entries = await this.repository.entries(tx, table);
      const merged = findForWrite(entries, key, table, ifMatch);
      const target = find(entries, into, table, true);
      if (merged.id === target.id) throw new DomainError(ErrorCode.VALIDATION_FAILED, `cannot merge the ${TAXONOMY_LABEL[table]} '${merged.slug}' into itself`);
      const claimsMoved = await this.repository.moveReferences(tx, table, merged.id, target.id);
      await this.repository.remove(tx, table, merged.id);
      const parentId = target.parentId === merged.id ? (merged.parentId === target.id ? null : merged.parentId) : target.parentId;
      // the merged entry's names become the target's aliases: its common-word names stay common words
      const next: StoredEntry = {
        ...target,
        parentId,
        aliases: mergedAliases(target, merged),
        keywords: union(target.keywords, merged.keywords),
        ...(table === 'technology' ? { commonWordNames: union(target.commonWordNames ?? [], merged.commonWordNames ?? []) } : {}),
        ...(table === 'criterion' ? { neutralPhrases: union(target.neutralPhrases ?? [], merged.neutralPhrases ?? []) } : {}),
      };
      const { id, ...record } = next;
      next.version = await this.repository.update(tx, table, id, record, true);
      return { entry: next, merged: merged.slug, claimsMoved };
    });
    this.logger.log(`merged ${TAXONOMY_LABEL[table]} ${result.merged} into ${result.entry.slug} (${result.claimsMoved} claims moved)`);
    return { ...result, entry: toModel(table, result.entry, await this.parentSlug(table, result.entry)) };
  }

  /**
   * An annotation's `taxonomy` block, in the caller's transaction: new slugs are created, known
   * ones gain new aliases and keywords (nothing else changes). True when anything was written.
   * The caller bumps the data version after its transaction commits. The entries named are
   * locked before they are read (no lost alias beside a concurrent PATCH). `edited`: an editor's
   * write (API, `kb ingest`), false for seed files.
   */
  async applyAdditions(tx: Tx, additions: TaxonomyAdditionsDto | undefined, edited: boolean): Promise<boolean> {
    if (!additions) return false;
    const problems: EntryProblem[] = [];
    const plans: { table: TaxonomyTable; writes: { id: number | null; record: EntryWrite }[] }[] = [];
    const blocks: [TaxonomyTable, string, EntryInput[] | undefined][] = [
      ['technology', 'taxonomy.technologies', additions.technologies],
      ['criterion', 'taxonomy.criteria', additions.criteria],
      ['useCase', 'taxonomy.useCases', additions.useCases],
    ];
    const technologyIds = new Map<string, number>();
    for (const [table, field, inputs] of blocks) {
      if (!inputs?.length) continue;
      await this.repository.lockSlugs(tx, table, inputs.map((input) => input.slug));
      const entries = await this.repository.entries(tx, table);
      if (table === 'technology') for (const e of entries) technologyIds.set(e.slug, e.id);
      const owners = keyOwners(entries);
      const bySlug = new Map(entries.map((e) => [e.slug, e]));
      const writes: { id: number | null; record: EntryWrite }[] = [];
      inputs.forEach((input, i) => {
        const at = `${field}[${i}] (${input.slug})`;
        const current = bySlug.get(input.slug);
        const next = current
          ? { ...current, aliases: union(current.aliases, input.aliases ?? []), keywords: union(current.keywords, input.keywords ?? []) }
          : { ...this.toRecord(table, input, entries, [], at), parentId: null };
        problems.push(...keyCollisions(next, owners, table, at));
        if (!current) problems.push(...strayCommonWordNames(next, at));
        for (const k of [next.slug, next.name, ...next.aliases]) owners.set(lookupKey(k), next.slug);
        const changed = !current || next.aliases.length !== current.aliases.length || next.keywords.length !== current.keywords.length;
        if (changed) writes.push({ id: current?.id ?? null, record: next });
      });
      plans.push({ table, writes });
    }
    throwIf(problems, 'the taxonomy additions were refused, nothing stored');
    for (const { table, writes } of plans) {
      for (const w of writes) {
        if (w.id !== null) await this.repository.update(tx, table, w.id, w.record, edited);
        else {
          const id = await this.repository.insert(tx, table, w.record, edited);
          if (table === 'technology') technologyIds.set(w.record.slug, id);
        }
      }
    }
    // parents last: a parent may be an entry of the same block
    const parentProblems: EntryProblem[] = [];
    for (const [i, input] of (additions.technologies ?? []).entries()) {
      if (!input.parent) continue;
      const write = plans.find((p) => p.table === 'technology')?.writes.find((w) => w.record.slug === input.slug && w.id === null);
      if (!write) continue; // an existing technology keeps its parent
      const parentId = technologyIds.get(input.parent);
      if (parentId === undefined || input.parent === input.slug) {
        parentProblems.push({ code: ErrorCode.UNKNOWN_REFERENCE, error: { field: `taxonomy.technologies[${i}] (${input.slug}).parent`, message: `unknown technology '${input.parent}'` } });
        continue;
      }
      await this.repository.update(tx, 'technology', technologyIds.get(input.slug)!, { ...write.record, parentId }, edited);
    }
    throwIf(parentProblems, 'the taxonomy additions were refused, nothing stored');
    return plans.some((p) => p.writes.length > 0);
  }

  private async write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const result = await this.transactions.run(work);
    this.dataVersion.bump();
    return result;
  }

  /** A new entry's columns from its input; a technology's parent must exist (checked here). */
  private toRecord(table: TaxonomyTable, input: EntryInput, entries: StoredEntry[], problems: EntryProblem[], field: string): EntryWrite {
    const record: EntryWrite = { slug: input.slug, name: input.name, aliases: union([], input.aliases ?? []), keywords: union([], input.keywords ?? []) };
    if (table === 'technology') {
      const t = input as TechnologyEntryDto;
      record.kind = t.kind;
      record.parentId = null;
      record.commonWordNames = union([], t.commonWordNames ?? []);
      if (t.parent) {
        const parent = entries.find((e) => e.slug === t.parent);
        if (parent) record.parentId = parent.id;
        else problems.push({ code: ErrorCode.UNKNOWN_REFERENCE, error: { field: `${field}.parent`, message: `unknown technology '${t.parent}'` } });
      }
    }
    if (table === 'criterion') {
      const c = input as CriterionEntryDto;
      record.category = c.category;
      record.description = c.description ?? '';
      record.unspecific = c.unspecific ?? false;
      record.neutralPhrases = union([], c.neutralPhrases ?? []);
    }
    return record;
  }

  /** A technology's new parent: an existing technology that is not the entry or one of its descendants. */
  private parentId(parent: string | null, current: StoredEntry, entries: StoredEntry[], problems: EntryProblem[]): number | null {
    if (parent === null) return null;
    const found = entries.find((e) => e.slug === parent);
    if (!found) {
      problems.push({ code: ErrorCode.UNKNOWN_REFERENCE, error: { field: 'parent', message: `unknown technology '${parent}'` } });
      return current.parentId ?? null;
    }
    const byId = new Map(entries.map((e) => [e.id, e]));
    for (let at: StoredEntry | undefined = found; at; at = at.parentId ? byId.get(at.parentId) : undefined) {
      if (at.id === current.id) {
        problems.push({ code: ErrorCode.VALIDATION_FAILED, error: { field: 'parent', message: `'${parent}' is '${current.slug}' or one of its descendants` } });
        return current.parentId ?? null;
      }
    }
    return found.id;
  }

  private async parentSlug(table: TaxonomyTable, entry: StoredEntry): Promise<string | null> {
    if (table !== 'technology' || !entry.parentId) return null;
    const entries = await this.transactions.run((tx) => this.repository.entries(tx, 'technology'));
    return entries.find((e) => e.id === entry.parentId)?.slug ?? null;
  }
}

/**
 * The entry a write names. The entry changed must be named by its slug (after a merge the old
 * slug is an alias of the target: deleting by it must not delete the target); the target of a
 * merge may be named by any alias, as reads accept.
 */
function find(entries: StoredEntry[], key: string, table: TaxonomyTable, byAlias = false): StoredEntry {
  const wanted = lookupKey(key);
  const found = entries.find((e) => e.slug === key) ?? (byAlias ? entries.find((e) => [e.slug, e.name, ...e.aliases].some((k) => lookupKey(k) === wanted)) : undefined);
  if (!found) throw notFound(TAXONOMY_LABEL[table], key);
  return found;
}

/** `find` for a write with If-Match: a stale ETag, or any ETag for an entry not stored, is 412. */
function findForWrite(entries: StoredEntry[], key: string, table: TaxonomyTable, ifMatch: string | undefined): StoredEntry {
  const found = entries.find((e) => e.slug === key);
  assertIfMatch(found ? rowEtag(table, found.id, found.version ?? 1) : null, ifMatch, `the ${TAXONOMY_LABEL[table]} '${key}'`);
  return find(entries, key, table);
}

function throwIf(problems: EntryProblem[], what: string): void {
  if (!problems.length) return;
  const code = problems.some((p) => p.code === ErrorCode.TAXONOMY_CONFLICT) ? ErrorCode.TAXONOMY_CONFLICT : problems[0].code;
  throw new DomainError(code, `${what}: ${problems.map((p) => `${p.error.field}: ${p.error.message}`).join('; ')}`, problems.map((p) => p.error));
}

function toModel(table: TaxonomyTable, entry: StoredEntry, parent: string | null): TaxonomyEntryModel {
  return {
    etag: rowEtag(table, entry.id, entry.version ?? 1),
    slug: entry.slug,
    name: entry.name,
    aliases: entry.aliases,
    keywords: entry.keywords,
    kind: entry.kind ?? null,
    parent,
    category: entry.category ?? null,
    description: entry.description ?? null,
    commonWordNames: table === 'technology' ? (entry.commonWordNames ?? []) : null,
    unspecific: table === 'criterion' ? (entry.unspecific ?? false) : null,
    neutralPhrases: table === 'criterion' ? (entry.neutralPhrases ?? []) : null,
  };
}
