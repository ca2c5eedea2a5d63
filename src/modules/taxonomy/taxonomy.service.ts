import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, type FieldError } from '../../common/errors/domain-error.js';
import { DataVersionService } from '../../infra/database/data-version.service.js';
import { validateDto } from '../../common/http/validate-dto.js';
import { TransactionRunner, type Tx } from '../../infra/database/transaction.js';
import { CriteriaFileDto, TechnologiesFileDto, UseCasesFileDto } from './dto/taxonomy-files.dto.js';
import { lookupKeysOf } from './lookup-key.js';
import { TaxonomyRepository, type SeedEntryConflict } from './taxonomy.repository.js';
import { strayCommonWordNames } from './taxonomy-entry-rules.js';
import type { TaxonomyIndex } from './taxonomy.types.js';

export interface TaxonomyFiles {
  technologies: TechnologiesFileDto;
  criteria: CriteriaFileDto;
  useCases: UseCasesFileDto;
}

@Injectable()
export class TaxonomyService {
  constructor(
    private readonly repository: TaxonomyRepository,
    private readonly transactions: TransactionRunner,
    private readonly dataVersion: DataVersionService,
  ) {}

  /** The taxonomy index outside transactions, reloaded only after a write. */
  private cached?: { version: number; index: Promise<TaxonomyIndex> };

  /** Reads and validates seeds/taxonomy/*.json; throws naming the file and entry at fault. */
  readDirectory(dir: string): TaxonomyFiles {
    const read = <T extends object>(file: string, cls: new () => T): T => {
      const full = path.join(dir, file);
      let parsed: unknown;
      try {
        parsed = JSON.parse(readFileSync(full, 'utf8'));
      } catch (error) {
        throw new DomainError(ErrorCode.INVALID_ANNOTATION, `${full}: ${(error as Error).message}`);
      }
      return validateDto(cls, parsed, full, ErrorCode.INVALID_ANNOTATION);
    };
    const files = {
      technologies: read('technologies.json', TechnologiesFileDto),
      criteria: read('criteria.json', CriteriaFileDto),
      useCases: read('use-cases.json', UseCasesFileDto),
    };
    this.checkConsistency(files, dir);
    return files;
  }

  /**
   * Seed files, in the caller's transaction: new slugs are created, entries nobody edited take
   * the files' content, and entries an editor changed are left as they are and returned.
   */
  async save(tx: Tx, files: TaxonomyFiles): Promise<SeedEntryConflict[]> {
    return [
      ...(await this.repository.seedTechnologies(
        tx,
        files.technologies.technologies.map((t) => ({ slug: t.slug, name: t.name, kind: t.kind, parentSlug: t.parent ?? null, aliases: t.aliases, keywords: t.keywords, commonWordNames: t.commonWordNames })),
      )),
      ...(await this.repository.seedCriteria(tx, files.criteria.criteria)),
      ...(await this.repository.seedUseCases(tx, files.useCases.useCases)),
    ];
  }

  /** Loads seeds/taxonomy; returns the entries left as they are because an editor changed them. */
  async loadDirectory(dir: string): Promise<SeedEntryConflict[]> {
    const files = this.readDirectory(dir);
    const conflicts = await this.transactions.run((tx) => this.save(tx, files));
    this.dataVersion.bump();
    return conflicts;
  }

  /**
   * The taxonomy index, cached per data version. `fresh`: read it again now (an id was not in
   * the cached one: a write committed after this request's index was taken).
   */
  index(tx?: Tx, fresh = false): Promise<TaxonomyIndex> {
    if (tx) return this.repository.loadIndex(tx);
    const version = this.dataVersion.current;
    if (fresh || this.cached?.version !== version) {
      const index = this.repository.loadIndex();
      this.cached = { version, index };
      index.catch(() => (this.cached = undefined));
    }
    return this.cached!.index;
  }

  /** Every entry of one taxonomy with its names and vocabulary (small: hundreds of rows). */
  vocabulary(type: 'technology' | 'criterion' | 'useCase') {
    return this.repository.vocabulary(type);
  }

  private checkConsistency(files: TaxonomyFiles, dir: string): void {
    const errors: FieldError[] = [];
    const checkKeys = (file: string, entries: { slug: string; name: string; aliases: string[] }[]) => {
      const owner = new Map<string, string>();
      entries.forEach((entry, i) => {
        if (owner.has(`slug:${entry.slug}`)) errors.push({ field: `${file}[${i}].slug`, message: `duplicate slug '${entry.slug}'` });
        owner.set(`slug:${entry.slug}`, entry.slug);
        for (const key of lookupKeysOf(entry)) {
          const other = owner.get(key);
          if (other && other !== entry.slug) errors.push({ field: `${file}[${i}]`, message: `'${key}' names both '${other}' and '${entry.slug}'` });
          owner.set(key, entry.slug);
        }
      });
    };
    checkKeys('technologies.json', files.technologies.technologies);
    checkKeys('criteria.json', files.criteria.criteria);
    checkKeys('use-cases.json', files.useCases.useCases);
    const slugs = new Set(files.technologies.technologies.map((t) => t.slug));
    files.technologies.technologies.forEach((t, i) => {
      if (t.parent && !slugs.has(t.parent)) errors.push({ field: `technologies.json[${i}].parent`, message: `unknown parent '${t.parent}'` });
      errors.push(...strayCommonWordNames(t, `technologies.json[${i}]`).map((p) => p.error));
    });
    if (errors.length) {
      throw new DomainError(ErrorCode.INVALID_ANNOTATION, `${dir}: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`, errors);
    }
  }
}
