import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { MIGRATIONS_DIR, PROJECT_ROOT } from '../project-paths.js';

/**
 * A fresh embedded database starts from a template: an empty PGlite data directory with every
 * migration applied, made by `npm run build` (scripts/pglite-template.mjs) and copied into place.
 * PGlite's initdb (PostgreSQL's, in WebAssembly) is most of a first start: 4-6 s on a quiet
 * 2-core machine, 20-25 s under load. A plain directory, not PGlite's tarball (`loadDataDir`):
 * copying it and opening the copy took 0.8 s where unpacking the tarball took 1.7 s. The folder
 * is named by the hash of the migrations and the PGlite version, so a template that does not
 * match what this code would migrate to is never found (then the database is created and
 * migrated as before).
 */
export function pgliteTemplatePath(): string {
  const hash = createHash('sha256');
  const pglite = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const pglitePackage = path.join(pglite.slice(0, pglite.lastIndexOf(`${path.sep}dist${path.sep}`)), 'package.json');
  hash.update(JSON.parse(readFileSync(pglitePackage, 'utf8')).version as string).update('\0');
  for (const name of readdirSync(MIGRATIONS_DIR).sort()) {
    const file = path.join(MIGRATIONS_DIR, name, 'migration.sql');
    if (existsSync(file)) hash.update(name).update('\0').update(readFileSync(file)).update('\0');
  }
  return path.join(PROJECT_ROOT, 'dist', `pglite-template-${hash.digest('hex').slice(0, 16)}`);
}
