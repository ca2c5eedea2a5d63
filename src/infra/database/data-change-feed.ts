import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import { DataVersionService } from './data-version.service.js';
import { DATABASE_CONNECTION, type DatabaseConnection } from './database-connection.js';

const CHANNEL = 'versus_kb_data_changed';
const RECONNECT_MS = 1000;

/**
 * Cache invalidation across replicas on one PostgreSQL: a local write NOTIFYs the channel;
 * every other instance LISTENs and drops its derived caches. The embedded database has one
 * owner process (its data directory is locked) and, beside it, CLIs that joined it: they signal
 * through a file instead (EmbeddedChangeSignal).
 */
@Injectable()
export class DataChangeFeed implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(DataChangeFeed.name);
  private readonly instanceId = randomUUID();
  private client?: pg.Client;
  private stopped = false;
  private stopWatching?: () => void;

  constructor(
    @Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection,
    private readonly dataVersion: DataVersionService,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.connection.kind === 'embedded') return this.embeddedFeed();
    this.dataVersion.onLocalBump(() => void this.announce());
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    this.stopWatching?.();
    await this.client?.end().catch(() => undefined);
  }

  /** The owner hears joined CLIs' writes; a joined CLI tells the owner of its own. */
  private embeddedFeed(): void {
    const changes = this.connection.changes;
    if (!changes) return;
    if (this.connection.role === 'owner') this.stopWatching = changes.watch(() => this.dataVersion.bumpFromPeer());
    else this.dataVersion.onLocalBump(() => changes.notify());
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
