import type { FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { KeyvAdapter } from '@apollo/utils.keyvadapter';
import { ErrorsAreMissesCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import KeyvRedis, { createClient } from '@keyv/redis';
import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Redis } from 'ioredis';
import { Keyv } from 'keyv';
import type { Environment } from '../../config/environment.js';
import { sharedRateLimitStore } from './shared-rate-limit-store.js';

/** A Redis command that takes longer fails (then: counted locally, or a persisted-query miss). */
const COMMAND_TIMEOUT_MS = 500;
const CONNECT_TIMEOUT_MS = 2000;
/** Reconnect forever, backing off to one attempt every 2 s: Redis coming back needs no restart. */
const backoff = (attempt: number) => Math.min(100 * 2 ** attempt, 2000);
/** Persisted queries expire from Redis after a day unused-or-not; a client re-registers on a miss. */
const PERSISTED_QUERY_TTL_S = 24 * 3600;

/**
 * What replicas share through Redis when REDIS_URL is set: the rate limit's counters
 * (@fastify/rate-limit's Redis store on ioredis) and the persisted-query (APQ) store (Apollo's
 * Keyv adapter on @keyv/redis). Every key starts with KB_REDIS_PREFIX. The response cache is
 * not here: it stays in each process, invalidated by the database's change signal
 * (LISTEN/NOTIFY), so a cached answer never outlives a write on any replica.
 *
 * Redis away never fails a request and never ends the process: commands are not queued while
 * disconnected and time out after 500 ms; the rate limit then counts in the process
 * (shared-rate-limit-store.ts) and a persisted query is "not found" (the client sends the
 * full query again). Each client reconnects on its own. Unset REDIS_URL: both stores are the
 * in-process defaults.
 */
@Injectable()
export class SharedStores implements OnApplicationShutdown {
  private readonly logger = new Logger(SharedStores.name);
  private readonly rateLimitClient?: Redis;
  private readonly persistedQueryClient?: ReturnType<typeof createClient>;
  private readonly prefix: string;
  /** Whether the last Redis operation failed: an outage is logged once, and so is the recovery. */
  private failing = false;

  constructor(config: ConfigService<Environment, true>) {
    const url = config.get('REDIS_URL', { infer: true });
    this.prefix = config.get('KB_REDIS_PREFIX', { infer: true });
    if (!url) return;
    this.rateLimitClient = new Redis(url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: COMMAND_TIMEOUT_MS,
      connectTimeout: CONNECT_TIMEOUT_MS,
      retryStrategy: backoff,
    });
    this.rateLimitClient.on('error', (error: Error) => this.failed(error));
    this.rateLimitClient.on('ready', () => this.recovered());
    this.persistedQueryClient = createClient({
      url,
      disableOfflineQueue: true,
      commandOptions: { timeout: COMMAND_TIMEOUT_MS },
      socket: { connectTimeout: CONNECT_TIMEOUT_MS, reconnectStrategy: backoff },
    });
    this.persistedQueryClient.on('error', (error: Error) => this.failed(error));
    this.persistedQueryClient.on('ready', () => this.recovered());
    // Connects in the background: the app starts (and serves) with Redis away.
    this.persistedQueryClient.connect().catch((error: Error) => this.failed(error));
  }

  /** Where the rate limit counts: Redis (shared), or undefined for the plugin's in-process store. */
  rateLimitStore(): FastifyRateLimitStoreCtor | undefined {
    return this.rateLimitClient && sharedRateLimitStore(this.rateLimitClient, `${this.prefix}rate-limit:`, (error) => this.failed(error));
  }

  /**
   * Apollo's `persistedQueries` option: the store in Redis, or undefined for Apollo's
   * in-process default. Keys: `<KB_REDIS_PREFIX>apq:apq:<sha256>` (Apollo adds the second `apq:`).
   */
  persistedQueries(): { cache: KeyValueCache<string>; ttl: number } | undefined {
    if (!this.persistedQueryClient) return undefined;
    const store = new KeyvRedis(this.persistedQueryClient, { namespace: `${this.prefix}apq`, keyPrefixSeparator: ':', throwOnConnectError: false });
    store.on('error', (error: Error) => this.failed(error));
    // (KeyvAdapter is CommonJS and sees keyv's .d.cts: the same class, typed twice.)
    const keyv = new Keyv<string>({ store, namespace: `${this.prefix}apq`, useKeyPrefix: false });
    keyv.on('error', (error: Error) => this.failed(error));
    const cache = new ErrorsAreMissesCache<string>(new KeyvAdapter<string>(keyv as never, { disableBatchReads: true }), {
      debug: () => undefined,
      info: () => undefined,
      warn: (e: unknown) => this.failed(e),
      error: (e: unknown) => this.failed(e),
    });
    return { cache, ttl: PERSISTED_QUERY_TTL_S };
  }

  private failed(error: unknown): void {
    if (this.failing) return;
    this.failing = true;
    this.logger.warn(`Redis unavailable (${error instanceof Error ? error.message : String(error)}): rate limits count per process, persisted queries miss, until it is back`);
  }

  private recovered(): void {
    if (!this.failing) return;
    this.failing = false;
    this.logger.log('Redis is back: rate limits and persisted queries are shared again');
  }

  /** Drops both connections at once (a persisted query not yet written is of no consequence). */
  onApplicationShutdown(): void {
    this.rateLimitClient?.disconnect();
    if (this.persistedQueryClient?.isOpen) this.persistedQueryClient.destroy();
  }
}
