import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DomainError, ErrorCode } from '../../common/errors/domain-error.js';
import { validateDto } from '../../common/http/validate-dto.js';
import type { Environment } from '../../config/environment.js';
import { fromProjectRoot } from '../../infra/project-paths.js';
import { IngestSourceInput } from '../ingestion/dto/ingest-source.dto.js';
import { IngestionService } from '../ingestion/ingestion.service.js';
import type { IngestionResult, IngestOptions } from '../ingestion/ingestion.types.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { SeedRepository } from './seed.repository.js';

/**
 * Loads seeds/: the taxonomy, then every seeds/claims/<externalId>.json with its article
 * seeds/sources/<externalId>.txt, through the same ingestion path as the API. Each article is
 * one transaction; a bad file fails naming the file, the claim and the reason.
 */
@Injectable()
export class SeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger(SeedService.name);

  constructor(
    private readonly taxonomy: TaxonomyService,
    private readonly ingestion: IngestionService,
    private readonly repository: SeedRepository,
    private readonly config: ConfigService<Environment, true>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.get('KB_SEED_ON_START', { infer: true })) return;
    if (await this.repository.hasSources()) return;
    const { sources } = await this.loadAll();
    this.logger.log(`seeded ${sources.length} sources, ${sources.reduce((n, r) => n + r.claims.total, 0)} claims`);
  }

  /**
   * Loads the taxonomy, then every annotated article. Seed files never overwrite an editor's
   * change: an entry or a source edited through the API or `kb ingest` is left as it is and
   * reported in `conflicts`; everything else is applied.
   */
  async loadAll(seedsDir = fromProjectRoot(this.config.get('KB_SEEDS_DIR', { infer: true }))): Promise<SeedReport> {
    const conflicts: SeedConflict[] = (await this.taxonomy.loadDirectory(path.join(seedsDir, 'taxonomy'))).map((c) => ({
      what: c.taxonomy,
      slug: c.slug,
      reason: `edited through the API or kb ingest (${c.editedAt.toISOString()}); the seed file was not applied`,
    }));
    const claimsDir = path.join(seedsDir, 'claims');
    const files = existsSync(claimsDir) ? readdirSync(claimsDir).filter((f) => f.endsWith('.json')).sort() : [];
    const sources: IngestionResult[] = [];
    // seeds/ is the project's own reviewed input: an edited article text is revised in place,
    // unless an editor changed the source since
    for (const file of files) {
      try {
        sources.push(await this.loadFile(path.join(claimsDir, file), path.join(seedsDir, 'sources'), { trusted: true, seed: true }));
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== ErrorCode.EDITED_CONFLICT) throw error;
        conflicts.push({ what: 'source', slug: file, reason: error.message.replace(`${file}: `, '') });
      }
    }
    for (const c of conflicts) this.logger.warn(`seed conflict: ${c.what} ${c.slug}: ${c.reason}`);
    return { sources, conflicts };
  }

  /**
   * One annotation file; `trusted` lets it change a stored source's text without If-Match. The
   * source is the one its draft names (slug, externalId): never a name taken from the file. The
   * file name only finds the text when the draft carries none (`<dir>/<externalId or file name>.txt`).
   */
  async loadFile(file: string, sourcesDir: string, options: IngestOptions = {}): Promise<IngestionResult> {
    const name = path.basename(file);
    try {
      const input = validateDto(IngestSourceInput, JSON.parse(readFileSync(file, 'utf8')), name, ErrorCode.INVALID_ANNOTATION);
      const bodyFile = path.join(sourcesDir, `${input.source.externalId ?? path.basename(file, '.json')}.txt`);
      const body = input.source.body ?? (existsSync(bodyFile) ? readFileSync(bodyFile, 'utf8') : undefined);
      if (body === undefined) throw new DomainError(ErrorCode.INVALID_ANNOTATION, `no body: ${bodyFile} does not exist`);
      return await this.ingestion.ingest(input, body, options);
    } catch (error) {
      if (error instanceof DomainError) throw new DomainError(error.code, `${name}: ${error.message}`, error.errors);
      if (error instanceof SyntaxError) throw new DomainError(ErrorCode.INVALID_ANNOTATION, `${name}: ${error.message}`);
      throw error;
    }
  }
}

/** Something seed files would have changed but an editor had: left as it is. */
export interface SeedConflict {
  what: 'technology' | 'criterion' | 'use case' | 'source';
  /** The entry's slug; for a source, its annotation file. */
  slug: string;
  reason: string;
}

export interface SeedReport {
  /** The sources the seed files applied (created, updated or unchanged). */
  sources: IngestionResult[];
  conflicts: SeedConflict[];
}

/** The lines `kb seed` and `npm run seed` print: one per source, one per conflict, a total. */
export function seedReportLines({ sources, conflicts }: SeedReport): string[] {
  return [
    ...sources.map((r) => `${r.status.padEnd(9)} ${r.slug}  ${r.claims.total} claims (+${r.claims.created} ~${r.claims.updated} -${r.claims.deleted})`),
    ...conflicts.map((c) => `conflict  ${c.what} ${c.slug}: ${c.reason}`),
    `${sources.length} sources, ${sources.reduce((n, r) => n + r.claims.total, 0)} claims${conflicts.length ? `; ${conflicts.length} edited entr${conflicts.length === 1 ? 'y' : 'ies'} left as they are (conflicts above)` : ''}`,
  ];
}
