import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { DATABASE_CONNECTION, type DatabaseConnection } from '../../infra/database/database-connection.js';
import { HealthRepository } from './health.repository.js';

/**
 * Readiness bound: a stuck database answers 503 quickly instead of hanging the probe. One second,
 * an orchestrator's usual probe timeout (Kubernetes' default), and a full second inside the 2 s
 * the outage contract promises (test/infra/database-outage.spec.ts): at 1.5 s a loaded CI machine
 * answered in 2.15 s once.
 */
const PING_TIMEOUT_MS = 1000;

@Injectable()
export class DatabaseHealthIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly repository: HealthRepository,
    @Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection,
  ) {}

  async check() {
    const indicator = this.indicators.check('database');
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.repository.ping(),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), PING_TIMEOUT_MS))),
      ]);
      return indicator.up({ kind: this.connection.kind });
    } catch (error) {
      return indicator.down({ kind: this.connection.kind, reason: (error as Error).message === 'timeout' ? 'timeout' : 'unreachable' });
    } finally {
      clearTimeout(timer);
    }
  }
}
