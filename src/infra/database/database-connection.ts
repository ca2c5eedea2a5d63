import { Logger } from '@nestjs/common';
import { fromProjectRoot, MIGRATIONS_DIR } from '../project-paths.js';
import { DataDirInUseError } from './data-dir-lock.js';
import { EmbeddedChangeSignal } from './embedded-change-signal.js';
import { EmbeddedPostgres } from './embedded-postgres.js';
import { runMigrations } from './migration-runner.js';

export const DATABASE_CONNECTION = Symbol('DATABASE_CONNECTION');

/** The database this process talks to, migrated and ready. */
export interface DatabaseConnection {
  url: string;
  kind: 'postgresql' | 'embedded';
  /** Embedded only: this process serves the database (owner) or joined the process that does (client). */
  role?: 'owner' | 'client';
  /** Embedded only: how the owner and joined CLIs tell each other that data changed. */
  changes?: EmbeddedChangeSignal;
  close(): Promise<void>;
}

export interface DatabaseSettings {
  /** A PostgreSQL server's URL; absent = embedded PGlite in dataDir. */
  url?: string;
  dataDir: string;
  poolMax: number;
  /** Join a live owner of the embedded database (its loopback port) instead of failing. */
  joinRunning?: boolean;
}

export async function openDatabase(settings: DatabaseSettings): Promise<DatabaseConnection> {
  const logger = new Logger('Database');
  const started = Date.now();
  let connection: DatabaseConnection;
  if (settings.url) {
    connection = { url: settings.url, kind: 'postgresql', close: async () => undefined };
  } else {
    const dataDir = fromProjectRoot(settings.dataDir);
    let embedded: EmbeddedPostgres;
    try {
      embedded = await EmbeddedPostgres.start(dataDir, settings.poolMax);
    } catch (error) {
      if (!(settings.joinRunning && error instanceof DataDirInUseError && error.serverAddress)) throw error;
      // The owner migrated the database when it started; this process is one more client of it.
      logger.log(`embedded PostgreSQL (PGlite) on ${dataDir}, served by process ${error.owner} at ${error.serverAddress}`);
      return { url: `postgresql://postgres@${error.serverAddress}/postgres`, kind: 'embedded', role: 'client', changes: new EmbeddedChangeSignal(dataDir), close: async () => undefined };
    }
    logger.log(`embedded PostgreSQL (PGlite) on ${dataDir}`);
    connection = { url: embedded.url, kind: 'embedded', role: 'owner', changes: new EmbeddedChangeSignal(dataDir), close: () => embedded.stop() };
  }
  try {
    const result = await runMigrations(connection.url, MIGRATIONS_DIR);
    logger.log(
      `migrations: ${result.applied.length} applied${result.applied.length ? ` (${result.applied.join(', ')})` : ''}, ` +
        `${result.alreadyApplied} already applied, ${Date.now() - started} ms`,
    );
  } catch (error) {
    await connection.close();
    throw error;
  }
  return connection;
}
