import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataVersionService } from '../../infra/database/data-version.service.js';
import { MATCH_TERMS_VERSION, matchTerms } from '../../common/text/match-terms.js';
import type { Environment } from '../../config/environment.js';
import { ClaimMatchTermsRepository } from './claim-match-terms.repository.js';

/** Claims recomputed per round trip: one batch holds a few MB of text, and a write lock on its rows for milliseconds. */
const REINDEX_BATCH = 1_000;

/**
 * Keeps every claim's stored match terms computed by the current normaliser
 * (MATCH_TERMS_VERSION): claims whose terms are missing (rows loaded in bulk by SQL) or of
 * another version are recomputed here, at boot in the background and by `kb reindex`. Reads
 * never write them: a claim with stale terms is matched by what it stores until this pass
 * reaches it.
 */
@Injectable()
export class ClaimMatchTermsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ClaimMatchTermsService.name);
  private running: Promise<number> | null = null;
  private stopping = false;

  constructor(
    private readonly repository: ClaimMatchTermsRepository,
    private readonly dataVersion: DataVersionService,
    private readonly config: ConfigService<Environment, true>,
  ) {}

  /** The boot pass runs beside the first requests (one batch at a time), so a large backlog does not delay the start. */
  onApplicationBootstrap(): void {
    if (!this.config.get('KB_REINDEX_ON_START', { infer: true })) return;
    void this.reindex().catch((error: unknown) => {
      if (!this.stopping) this.logger.error(`match terms reindex failed: ${(error as Error).message}`);
    });
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    await this.whenIdle();
  }

  /** Resolves when no reindex is running (the boot pass included). */
  async whenIdle(): Promise<void> {
    await this.running?.catch(() => undefined);
  }

  /** Recomputes every stale claim; returns how many were written. A call while a pass runs joins it. */
  reindex(): Promise<number> {
    this.running ??= this.pass().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async pass(): Promise<number> {
    let written = 0;
    for (let afterId = 0; !this.stopping; ) {
      const rows = await this.repository.staleClaims(MATCH_TERMS_VERSION, afterId, REINDEX_BATCH);
      if (!rows.length) break;
      written += await this.repository.store(MATCH_TERMS_VERSION, rows.map((r) => ({ id: r.id, terms: matchTerms(r.statement, r.quote) })));
      afterId = rows[rows.length - 1].id;
      if (rows.length < REINDEX_BATCH) break;
    }
    // recommendations keep a dataset per data version: it reloads with the new terms
    if (written) {
      this.dataVersion.bump();
      this.logger.log(`recomputed the match terms of ${written} claims (normaliser version ${MATCH_TERMS_VERSION})`);
    }
    return written;
  }
}
