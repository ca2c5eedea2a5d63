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
    const results = await this.loadAll();
    this.logger.log(`seeded ${results.length} sources, ${results.reduce((n, r) => n + r.claims.total, 0)} claims`);
  }

  async loadAll(seedsDir = fromProjectRoot(this.config.get('KB_SEEDS_DIR', { infer: true }))): Promise<IngestionResult[]> {
    await this.taxonomy.loadDirectory(path.join(seedsDir, 'taxonomy'));
    const claimsDir = path.join(seedsDir, 'claims');
    const files = existsSync(claimsDir) ? readdirSync(claimsDir).filter((f) => f.endsWith('.json')).sort() : [];
    const results: IngestionResult[] = [];
    // seeds/ is the project's own reviewed input: an edited article text is revised in place
    for (const file of files) results.push(await this.loadFile(path.join(claimsDir, file), path.join(seedsDir, 'sources'), { trusted: true }));
    return results;
  }

  /** One annotation file; `trusted` lets it change a stored source's text without If-Match. */
  async loadFile(file: string, sourcesDir: string, options: IngestOptions = {}): Promise<IngestionResult> {
    const name = path.basename(file);
    try {
      const input = validateDto(IngestSourceInput, JSON.parse(readFileSync(file, 'utf8')), name, ErrorCode.INVALID_ANNOTATION);
      const externalId = input.source.externalId ?? path.basename(file, '.json');
      input.source.externalId = externalId;
      const bodyFile = path.join(sourcesDir, `${externalId}.txt`);
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
