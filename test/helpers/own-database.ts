import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * A database of a suite's own, migrated: a new database on the test run's server, or a new embedded
 * one. For suites whose rows would change what others count, or that assert state others may edit.
 */
export async function ownDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const { runMigrations } = await import('../../src/infra/database/migration-runner.js');
  const { MIGRATIONS_DIR } = await import('../../src/infra/project-paths.js');
  const server = process.env.KB_TEST_SERVER_URL;
  if (server) {
    const name = `versus_kb_scale_${process.pid}_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    await runMigrations(url.toString(), MIGRATIONS_DIR);
    return {
      url: url.toString(),
      drop: async () => {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  const { EmbeddedPostgres } = await import('../../src/infra/database/embedded-postgres.js');
  const dir = mkdtempSync(path.join(tmpdir(), 'versus-kb-scale-'));
  const embedded = await EmbeddedPostgres.start(dir, 10);
  await runMigrations(embedded.url, MIGRATIONS_DIR);
  return {
    url: embedded.url,
    drop: async () => {
      await embedded.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
