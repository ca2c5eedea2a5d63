import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PrismaPg } from '@prisma/adapter-pg';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { PrismaClient, type Prisma } from '../../generated/prisma/client.js';
import type { Environment } from '../../config/environment.js';
import { DATABASE_CONNECTION, type DatabaseConnection } from './database-connection.js';

/** Distinct read statement texts that become named prepared statements (see statementNames). */
const PREPARED_TEXTS = 200;

/** The one Prisma client of the process. Only repositories use it. */
@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  private static readonly logger = new Logger('PrismaPool');

  /** SQL statements sent since start: tests assert that list sizes do not multiply them. */
  statementCount = 0;

  private readonly pool: pg.Pool;

  /**
   * Read statements run as named prepared statements (PostgreSQL only), by their text: the
   * server parses and plans a hot read once per connection instead of on every request.
   * PostGraphile 4 does the same (an LRU of 100). The first PREPARED_TEXTS distinct texts get
   * a name; later ones run unnamed, so what each connection keeps prepared stays bounded.
   * Not on PGlite: its connections share one session, where a name would collide.
   */
  private statementNames: Map<string, string> | null;

  constructor(@Inject(DATABASE_CONNECTION) connection: DatabaseConnection, config: ConfigService<Environment, true>) {
    const pool = new pg.Pool({
      connectionString: connection.url,
      max: config.get('DB_POOL_MAX', { infer: true }),
      connectionTimeoutMillis: config.get('DB_CONNECT_TIMEOUT_MS', { infer: true }),
      idleTimeoutMillis: 30_000,
      query_timeout: config.get('DB_QUERY_TIMEOUT_MS', { infer: true }),
    });
    super({ adapter: new PrismaPg(pool) });
    this.pool = pool;
    this.statementNames = connection.kind === 'postgresql' ? new Map() : null;
    // An idle client's error (server restart, network cut) must never crash the process:
    // the pool drops that client and the next query opens a new one.
    pool.on('error', (error) => PrismaService.logger.warn(`pool client error: ${error.message}`));
    // Statements are counted where they leave for the server, one increment each. (Prisma's
    // query events would do it too, but they build an event with serialized parameters for
    // every statement, in production as well.)
    pool.on('connect', (client) => {
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
        this.statementCount++;
        return query(...args);
      };
    });
  }

  /**
   * The hot read path: a tagged-template query (Prisma.sql, so values stay parameters) run
   * straight on the pool, rows as the pg driver parses them. It skips Prisma's raw-query
   * machinery (parameter and row conversion in the query engine), which measured as a large
   * share of a claims page's CPU. Reads only; writes keep Prisma's transactions.
   */
  async readRows<T>(query: Prisma.Sql): Promise<T[]> {
    const values = query.values as unknown[];
    const name = this.statementName(query.text);
    if (!name) return (await this.pool.query<T & object>(query.text, values)).rows;
    try {
      return (await this.pool.query<T & object>({ name, text: query.text, values })).rows;
    } catch (error) {
      // 42P05: the name exists in a session this connection did not prepare it in: the server
      // shares one session among connections (PGlite behind a socket, a pooler in statement
      // mode). Names cannot work there: stop using them and run the statement unnamed.
      if ((error as { code?: string }).code !== '42P05') throw error;
      this.statementNames = null;
      return (await this.pool.query<T & object>(query.text, values)).rows;
    }
  }

  private statementName(text: string): string | undefined {
    if (!this.statementNames) return undefined;
    let name = this.statementNames.get(text);
    if (name === undefined && this.statementNames.size < PREPARED_TEXTS) {
      name = `kb_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
      this.statementNames.set(text, name);
    }
    return name;
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
    // the pool is ours (passed to the adapter), so ending it is ours too
    await this.pool.end();
  }
}
