import 'reflect-metadata';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { SingleBar } from 'cli-progress';
import { DomainError } from '../common/errors/domain-error.js';
import { API_KEY_ROLES, type ApiKeyRole } from '../modules/auth/api-key.types.js';
import { ApiKeysService } from '../modules/auth/api-keys.service.js';
import { SeedService } from '../modules/seed/seed.service.js';
import { CliModule } from './cli.module.js';
import { EXTRACT_USAGE, extractCommand, writeDraftFile } from './extract.command.js';

const USAGE = `usage:
  npm run kb -- ingest <file.json|dir>     load annotation files (body from source.body, <dir>/<id>.txt or ../sources/<id>.txt)
  npm run kb -- keys create --role <reader|editor|admin> [--name <name>]   print a new API key (shown once)
  npm run kb -- keys list
  npm run kb -- keys revoke <prefix>
${EXTRACT_USAGE}
  npm run kb -- ingest --extract <article> [--format …]   extract, then ingest the draft unchanged (trusted input)`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, options: { role: { type: 'string' }, name: { type: 'string' }, quiet: { type: 'boolean' }, format: { type: 'string' }, slug: { type: 'string' }, extract: { type: 'string' } } });
  const [command, sub, arg] = positionals;
  if (command === 'extract' && sub) return extractCommand(sub, values.format, values.slug);
  if (command === 'ingest' && values.extract) return withApp((app) => ingest(app.get(SeedService), writeDraftFile(values.extract!, values.format, values.slug), values.quiet ?? false));
  if (command === 'ingest' && sub) return withApp((app) => ingest(app.get(SeedService), sub, values.quiet ?? false));
  if (command === 'keys' && sub === 'create') {
    const role = values.role as ApiKeyRole | undefined;
    if (!role || !API_KEY_ROLES.includes(role)) return usage(`--role must be one of ${API_KEY_ROLES.join(', ')}`);
    return withApp(async (app) => {
      const created = await app.get(ApiKeysService).create(role, values.name ?? `${role} key`);
      console.log(created.key);
      console.error(`created ${created.role} key ${created.prefix}: store it now, it is not shown again`);
      return 0;
    });
  }
  if (command === 'keys' && sub === 'list') {
    return withApp(async (app) => {
      for (const k of await app.get(ApiKeysService).list()) console.log(`${k.prefix}  ${k.role.padEnd(6)}  ${k.revokedAt ? 'revoked' : 'active '}  ${k.name}`);
      return 0;
    });
  }
  if (command === 'keys' && sub === 'revoke' && arg) {
    return withApp(async (app) => {
      const revoked = await app.get(ApiKeysService).revoke(arg);
      console.log(revoked ? `revoked ${arg}` : `no active key ${arg}`);
      return revoked ? 0 : 1;
    });
  }
  return usage();
}

/** Each file is its own transaction: a bad file is reported and the rest still load. */
async function ingest(seeds: SeedService, target: string, quiet: boolean): Promise<number> {
  const files = statSync(target).isDirectory()
    ? readdirSync(target).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(target, f))
    : [target];
  const bar = new SingleBar({ format: 'ingest [{bar}] {value}/{total} {file}', stream: process.stderr, noTTYOutput: !quiet, notTTYSchedule: 2000 });
  if (!quiet) bar.start(files.length, 0, { file: '' });
  const summary = { created: 0, updated: 0, unchanged: 0, rejected: [] as { file: string; reason: string }[] };
  for (const file of files) {
    const dir = path.dirname(file);
    const sourcesDir = existsSync(path.join(dir, '..', 'sources')) ? path.join(dir, '..', 'sources') : dir;
    try {
      const result = await seeds.loadFile(file, sourcesDir);
      summary[result.status]++;
    } catch (error) {
      const reason = error instanceof DomainError ? error.message : String(error);
      summary.rejected.push({ file, reason });
    }
    if (!quiet) bar.increment(1, { file: path.basename(file) });
  }
  if (!quiet) bar.stop();
  console.log(`loaded ${summary.created + summary.updated} (created ${summary.created}, updated ${summary.updated}), unchanged ${summary.unchanged}, rejected ${summary.rejected.length}`);
  for (const r of summary.rejected) console.log(`  rejected ${r.file}: ${r.reason}`);
  return summary.rejected.length ? 1 : 0;
}

async function withApp(work: (app: Awaited<ReturnType<typeof NestFactory.createApplicationContext>>) => Promise<number>): Promise<number> {
  process.env.KB_SEED_ON_START ??= 'false';
  const app = await NestFactory.createApplicationContext(CliModule, { logger: ['error', 'warn'] });
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

function usage(problem?: string): number {
  if (problem) console.error(problem);
  console.error(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
