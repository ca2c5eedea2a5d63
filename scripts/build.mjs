#!/usr/bin/env node
/**
 * `npm run build` without the work nothing asks for: `prisma generate` runs only when
 * prisma/schema.prisma (or the Prisma version) changed since the client was generated, and tsc
 * only when a compiled input (src/**, tsconfig, package-lock) changed since dist/ was built. Each
 * step records the hash of its inputs in a stamp beside its output, so deleting the output
 * (a fresh clone has neither) rebuilds it. `--force` rebuilds every step.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const force = process.argv.includes('--force');
const quiet = process.argv.includes('--quiet');
const log = (message) => quiet || console.error(`build: ${message}`);

function hashFiles(files) {
  const hash = createHash('sha256');
  for (const file of files.sort()) hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

function walk(dir, keep) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : walk(full, keep);
    return keep(entry.name) ? [full] : [];
  });
}

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/**
 * Runs `work` unless the stamp holds the inputs' hash; then records it. `inputs` may be a function
 * when the step itself says what it read (the bundle's metafile): it is asked again after the work,
 * so the stamp holds the inputs of the output just made.
 */
function step(name, stampFile, inputs, output, work) {
  const inputsNow = () => (typeof inputs === 'function' ? inputs() : inputs);
  const hash = hashFiles(inputsNow());
  const stamp = path.join(root, stampFile);
  if (!force && existsSync(path.join(root, output)) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === hash) {
    log(`${name}: up to date`);
    return;
  }
  const started = Date.now();
  work();
  writeFileSync(stamp, `${hashFiles(inputsNow())}\n`);
  log(`${name}: done in ${Date.now() - started} ms`);
}

const prismaVersion = path.join(root, 'node_modules/prisma/package.json');
step('prisma generate', 'src/generated/prisma/.schema-stamp', [path.join(root, 'prisma/schema.prisma'), prismaVersion], 'src/generated/prisma/client.ts', () =>
  run(path.join(root, 'node_modules/.bin/prisma'), ['generate'], { PRISMA_SCHEMA_ENGINE_BINARY: './scripts/offline-schema-engine.sh' }),
);
// The generated client is an input of tsc: its stamp stands for it (the files are big).
step(
  'tsc',
  'dist/.build-stamp',
  [
    ...walk(path.join(root, 'src'), (name) => /\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name)),
    path.join(root, 'src/generated/prisma/.schema-stamp'),
    path.join(root, 'tsconfig.json'),
    path.join(root, 'tsconfig.build.json'),
    path.join(root, 'package-lock.json'),
  ],
  'dist/main.js',
  () => run(path.join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.build.json']),
);
// The server bundled into one file (scripts/bundle.mjs), which `npm start` runs. Its inputs are
// the files esbuild's metafile says it read (dist/bundle/inputs.json, written by the bundle): the
// compiled app's files by their content, the dependencies' by package-lock.json (npm ci is what
// changes them; hashing ~3,000 files on every start would cost more than it tells), and every
// scripts/bundle*.mjs that shapes the output. No inputs list yet: the bundle is made.
const bundleInputs = () => {
  const listed = path.join(root, 'dist/bundle/inputs.json');
  const read = existsSync(listed) ? JSON.parse(readFileSync(listed, 'utf8')) : [];
  return [
    ...read.filter((file) => !file.split('/').includes('node_modules')).map((file) => path.join(root, file)).filter((file) => existsSync(file)),
    ...walk(path.join(root, 'scripts'), (name) => name.startsWith('bundle') && name.endsWith('.mjs')),
    path.join(root, 'package-lock.json'),
  ];
};
step('bundle', 'dist/bundle/.stamp', bundleInputs, 'dist/bundle/inputs.json', () => run(process.execPath, [path.join(root, 'scripts/bundle.mjs')]));
// The embedded database's template (initdb + migrations done once here, not on a first start):
// see src/infra/database/pglite-template.ts. Its inputs are the migrations, PGlite and the code
// that makes it.
step(
  'pglite template',
  'dist/.pglite-template-stamp',
  [
    ...walk(path.join(root, 'prisma/migrations'), (name) => name.endsWith('.sql')),
    path.join(root, 'node_modules/@electric-sql/pglite/package.json'),
    path.join(root, 'scripts/pglite-template.mjs'),
    ...['embedded-postgres.ts', 'migration-runner.ts', 'pglite-template.ts'].map((file) => path.join(root, 'src/infra/database', file)),
  ],
  // the template folder itself (named by the migrations' hash), so a deleted template is made again
  path.relative(root, (await import('../dist/infra/database/pglite-template.js')).pgliteTemplatePath()),
  () => run(process.execPath, [path.join(root, 'scripts/pglite-template.mjs')]),
);

