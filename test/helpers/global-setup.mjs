import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createScratchDatabase } from '../../scripts/scratch-database.mjs';
import { EmbeddedPostgres } from '../../dist/infra/database/embedded-postgres.js';
import { runMigrations } from '../../dist/infra/database/migration-runner.js';
import { MIGRATIONS_DIR } from '../../dist/infra/project-paths.js';

/**
 * One fresh database per test run, migrated once:
 * - DATABASE_URL set: a new database `versus_kb_test_<random>` on that server (dropped after);
 * - unset: the embedded PGlite in a temporary directory, served on a loopback port.
 * Tests then create their own rows; the seed content is loaded by the first app boot.
 */
export default async function globalSetup() {
  const server = process.env.DATABASE_URL;
  if (server) {
    const name = `versus_kb_test_${process.pid}_${Date.now().toString(36)}`;
    process.env.DATABASE_URL = await createScratchDatabase(server, name);
    process.env.KB_TEST_SERVER_URL = server;
    process.env.KB_TEST_DATABASE = name;
    process.env.KB_TEST_DB_KIND = 'postgresql';
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), 'versus-kb-test-'));
    const embedded = await EmbeddedPostgres.start(dir, 10);
    globalThis.__embedded = embedded;
    process.env.DATABASE_URL = embedded.url;
    process.env.KB_TEST_DB_KIND = 'embedded';
  }
  process.env.LOG_LEVEL ??= 'silent';
  // Suites send thousands of requests (fuzzing); the rate-limit test turns it on for itself.
  process.env.KB_RATE_LIMIT_PER_MINUTE ??= '0';
  // Suites insert claims by SQL (without match terms): a background pass at every boot would
  // rewrite them beside other suites' requests; claim-match-terms-reindex.spec.ts turns it on.
  process.env.KB_REINDEX_ON_START ??= 'false';
  process.env.NODE_ENV = 'test';
  await runMigrations(process.env.DATABASE_URL, MIGRATIONS_DIR);
}
