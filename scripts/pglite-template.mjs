#!/usr/bin/env node
// Makes the embedded database's template (see src/infra/database/pglite-template.ts): a PGlite
// data directory created and migrated by the app's own code, copied to dist/. Run by build.mjs
// after tsc; the folder name carries the hash of the migrations and the PGlite version.
import { cpSync, mkdtempSync, renameSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EmbeddedPostgres } from '../dist/infra/database/embedded-postgres.js';
import { runMigrations } from '../dist/infra/database/migration-runner.js';
import { pgliteTemplatePath } from '../dist/infra/database/pglite-template.js';
import { MIGRATIONS_DIR } from '../dist/infra/project-paths.js';

const target = pgliteTemplatePath();
const dir = mkdtempSync(path.join(tmpdir(), 'versus-kb-template-'));
try {
  const embedded = await EmbeddedPostgres.start(dir, 2);
  try {
    await runMigrations(embedded.url, MIGRATIONS_DIR);
  } finally {
    await embedded.stop();
  }
  // older templates (other migrations or PGlite) are of no use any more
  for (const name of readdirSync(path.dirname(target))) if (name.startsWith('pglite-template-')) rmSync(path.join(path.dirname(target), name), { recursive: true, force: true });
  // Copied beside its final name, then renamed: a build cut short leaves no half a template.
  cpSync(path.join(dir, 'pgdata'), `${target}.partial`, { recursive: true });
  renameSync(`${target}.partial`, target);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
