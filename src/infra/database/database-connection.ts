import { Logger } from '@nestjs/common';
import { fromProjectRoot, MIGRATIONS_DIR } from '../project-paths.js';
import { EmbeddedPostgres } from './embedded-postgres.js';
import { runMigrations } from './migration-runner.js';

export const DATABASE_CONNECTION = Symbol('DATABASE_CONNECTION');

/** The database this process talks to, migrated and ready. */
export interface DatabaseConnection {
  url: string;
  kind: 'postgresql' | 'embedded';
  close(): Promise<void>;
}

export interface DatabaseSettings {
  /** A PostgreSQL server's URL; absent = embedded PGlite in dataDir. */
  url?: string;
  dataDir: string;
  poolMax: number;
}

export async function openDatabase(settings: DatabaseSettings): Promise<DatabaseConnection> {
  const logger = new Logger('Database');
  const started = Date.now();
  let connection: DatabaseConnection;
  if (settings.url) {
    connection = { url: settings.url, kind: 'postgresql', close: async () => undefined };
  } else {
    const dataDir = fromProjectRoot(settings.dataDir);
    const embedded = await EmbeddedPostgres.start(dataDir, settings.poolMax);
    logger.log(`embedded PostgreSQL (PGlite) on ${dataDir}`);
    connection = { url: embedded.url, kind: 'embedded', close: () => embedded.stop() };
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
