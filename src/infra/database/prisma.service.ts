import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../generated/prisma/client.js';
import type { Environment } from '../../config/environment.js';
import { DATABASE_CONNECTION, type DatabaseConnection } from './database-connection.js';

/** The one Prisma client of the process. Only repositories use it. */
@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  private static readonly logger = new Logger('PrismaPool');

  /** SQL statements sent since start: tests assert that list sizes do not multiply them. */
  statementCount = 0;

  constructor(@Inject(DATABASE_CONNECTION) connection: DatabaseConnection, config: ConfigService<Environment, true>) {
    super({
      adapter: new PrismaPg(
        {
          connectionString: connection.url,
          max: config.get('DB_POOL_MAX', { infer: true }),
          connectionTimeoutMillis: config.get('DB_CONNECT_TIMEOUT_MS', { infer: true }),
          idleTimeoutMillis: 30_000,
          query_timeout: config.get('DB_QUERY_TIMEOUT_MS', { infer: true }),
        },
        // An idle client's error (server restart, network cut) must never crash the process:
        // the pool drops that client and the next query opens a new one.
        { onPoolError: (error) => PrismaService.logger.warn(`pool client error: ${error.message}`) },
      ),
      log: [{ level: 'query', emit: 'event' as const }],
    });
    (this as unknown as PrismaClient<'query'>).$on('query', () => {
      this.statementCount++;
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
  }
}
