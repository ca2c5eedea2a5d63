import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import { DataVersionService } from '../../common/cache/data-version.service.js';
import { DATABASE_CONNECTION, type DatabaseConnection } from './database-connection.js';

const CHANNEL = 'versus_kb_data_changed';
const RECONNECT_MS = 1000;

/**
 * Cache invalidation across replicas on one PostgreSQL: a local write NOTIFYs the channel;
 * every other instance LISTENs and drops its derived caches. The embedded database is
 * single-process (its data directory is locked), so it has no peers and no feed.
 */
@Injectable()
export class DataChangeFeed implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(DataChangeFeed.name);
  private readonly instanceId = randomUUID();
  private client?: pg.Client;
  private stopped = false;

  constructor(
    @Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection,
    private readonly dataVersion: DataVersionService,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.connection.kind !== 'postgresql') return;
    this.dataVersion.onLocalBump(() => void this.announce());
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    await this.client?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connection.url });
    client.on('notification', (message) => {
      if (message.payload !== this.instanceId) this.dataVersion.bumpFromPeer();
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      this.client = client;
    } catch (error) {
      await client.end().catch(() => undefined);
      this.retryLater((error as Error).message);
    }
  }

  /** A lost listener may have missed notifications: invalidate, then listen again. */
  private lost(client: pg.Client, error?: Error): void {
    if (client !== this.client) return;
    this.client = undefined;
    this.dataVersion.bumpFromPeer();
    void client.end().catch(() => undefined);
    this.retryLater(error?.message ?? 'connection ended');
  }

  private retryLater(reason: string): void {
    if (this.stopped) return;
    this.logger.warn(`change feed unavailable (${reason}); retrying`);
    setTimeout(() => void this.listen(), RECONNECT_MS).unref();
  }

  private async announce(): Promise<void> {
    try {
      await this.client?.query('SELECT pg_notify($1, $2)', [CHANNEL, this.instanceId]);
    } catch (error) {
      this.logger.warn(`could not announce a change: ${(error as Error).message}`);
    }
  }
}
