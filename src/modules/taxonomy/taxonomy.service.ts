import { Injectable } from '@nestjs/common';
import { DataVersionService } from '../../infra/database/data-version.service.js';
import { TransactionRunner, type Tx } from '../../infra/database/transaction.js';
import { TaxonomyRepository, type SeedEntryConflict } from './taxonomy.repository.js';
import type { TaxonomyIndex } from './taxonomy.types.js';
import { readTaxonomyFiles, type TaxonomyFiles } from './taxonomy-files.js';

export type { TaxonomyFiles };


@Injectable()
export class TaxonomyService {
  constructor(
    private readonly repository: TaxonomyRepository,
    private readonly transactions: TransactionRunner,
    private readonly dataVersion: DataVersionService,
  ) {}

  /** The taxonomy index outside transactions, reloaded only after a write. */
  private cached?: { version: number; index: Promise<TaxonomyIndex> };

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
    const files = readTaxonomyFiles(dir);
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
}
