import { cpSync, existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { DataDirLock } from './data-dir-lock.js';
import { pgliteTemplatePath } from './pglite-template.js';
import { keepExtendedQueriesWhole } from './pglite-socket-queue.js';

/** The pool of a CLI process that joins a running owner's embedded database. */
export const CLI_POOL_MAX = 2;

/**
 * PostgreSQL without a server: PGlite (PostgreSQL compiled to WASM) keeps its data on disk
 * and is served on a loopback port, so the app reaches it through the same pg driver,
 * Prisma adapter and migrations as a real server (see README "Why PGlite over a socket").
 */
export class EmbeddedPostgres {
  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    private readonly lock: DataDirLock,
    readonly url: string,
  ) {}

  static async start(dataDir: string, maxConnections: number): Promise<EmbeddedPostgres> {
    const dir = path.resolve(dataDir);
    const lock = await DataDirLock.acquire(dir);
    try {
      // Loaded only when used: a server on PostgreSQL never needs PGlite in memory.
      const [{ PGlite }, { PGLiteSocketServer }] = await Promise.all([import('@electric-sql/pglite'), import('@electric-sql/pglite-socket')]);
      const pgdata = path.join(dir, 'pgdata');
      // A new data directory starts from the migrated template when the build made one (pglite-template.ts).
      if (!existsSync(path.join(pgdata, 'PG_VERSION'))) copyTemplate(pgdata);
      const db = await PGlite.create(pgdata);
      // Port 0: the socket server binds a free loopback port and reports it (host:port).
      // Its default of one connection resets every pooled connection but one. Room is left
      // for the change feed and for CLI processes that join (KB_JOIN_EMBEDDED, CLI_POOL_MAX each).
      const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: maxConnections + 4 + 2 * CLI_POOL_MAX });
      keepExtendedQueriesWhole(server);
      await server.start();
      lock.announce(server.getServerConn());
      return new EmbeddedPostgres(db, server, lock, `postgresql://postgres@${server.getServerConn()}/postgres`);
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  async stop(): Promise<void> {
    try {
      await this.server.stop();
      await this.db.close();
    } finally {
      await this.lock.release();
    }
  }
}

/**
 * Copies the template data directory to `pgdata` (which holds no database yet), through a
 * sibling folder renamed at the end: a start cut short mid-copy leaves no half a database
 * behind. No template (a build without one): nothing, and PGlite runs initdb.
 */
function copyTemplate(pgdata: string): void {
  const template = pgliteTemplatePath();
  if (!existsSync(template)) return;
  const partial = `${pgdata}.partial`;
  rmSync(partial, { recursive: true, force: true });
  cpSync(template, partial, { recursive: true });
  rmSync(pgdata, { recursive: true, force: true });
  renameSync(partial, pgdata);
}
