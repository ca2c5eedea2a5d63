import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { SingleBar } from 'cli-progress';
import { DomainError } from '../common/errors/domain-error.js';
import { API_KEY_ROLES, type ApiKeyRole } from '../modules/auth/api-key.types.js';
import { ApiKeysService } from '../modules/auth/api-keys.service.js';
import { ClaimMatchTermsService } from '../modules/claims/claim-match-terms.service.js';
import { MATCH_TERMS_VERSION } from '../common/text/match-terms.js';
import { SeedService, seedReportLines } from '../modules/seed/seed.service.js';
import { withApp } from './cli-app.js';
import { EXTRACT_COMMAND, EXTRACT_HELP, EXTRACT_OPTIONS, writeDraftFile } from './extract.command.js';

export interface CommandArgs {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

/** One `kb` command: its words, usage, options (node's util.parseArgs) and what it does. */
export interface CliCommand {
  /** The words that select it: `ingest`, `keys create`. */
  name: string;
  /** Positionals after the name, for the usage line: `<file.json|dir>`. */
  args: string;
  summary: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Option descriptions for `kb <command> --help`. */
  help: Record<string, string>;
  /** Exit code; 2 = usage error. */
  run(args: CommandArgs): Promise<number>;
}

/** A usage problem: printed with the command's help, exit code 2. */
export class UsageError extends Error {}

/** Every `kb` command. A new command (e.g. `extract`) is one more entry here. */
export const COMMANDS: CliCommand[] = [
  {
    name: 'ingest',
    args: '<file.json|dir>',
    summary: 'load annotation files (the source is the one the draft names by slug/externalId; body from source.body, <dir>/<id>.txt or ../sources/<id>.txt); each file is one transaction',
    options: { quiet: { type: 'boolean' }, 'revise-text': { type: 'boolean' }, ...EXTRACT_OPTIONS, extract: { type: 'string' } },
    help: {
      '--quiet': 'no progress bar',
      '--revise-text': 'the files are trusted: a changed article text replaces the stored one without If-Match (claim ids kept by key)',
      '--extract <article>': 'extract a draft from an article (html, md, txt), then ingest it unchanged (trusted input)',
      ...EXTRACT_HELP,
    },
    run: ({ positionals: [given], values }) => {
      const target = typeof values.extract === 'string' ? writeDraftFile(values.extract, values.format as string | undefined, values.slug as string | undefined) : given;
      if (!target) throw new UsageError('ingest needs a file or a directory');
      if (!existsSync(target)) throw new UsageError(`${target} does not exist`);
      return withApp((app) => ingest(app.get(SeedService), target, values.quiet === true, values['revise-text'] === true));
    },
  },
  EXTRACT_COMMAND,
  {
    name: 'seed',
    args: '',
    summary: 'load seeds/ (taxonomy, then every annotated article; idempotent), as `npm run seed`; entries edited through the API are left as they are and reported',
    options: {},
    help: {},
    run: () =>
      withApp(async (app) => {
        for (const line of seedReportLines(await app.get(SeedService).loadAll())) console.log(line);
        return 0;
      }),
  },
  {
    name: 'reindex',
    args: '',
    summary: 'recompute the match terms of claims stored without them or by another normaliser version (a server does it at boot too)',
    options: {},
    help: {},
    run: () =>
      withApp(async (app) => {
        const written = await app.get(ClaimMatchTermsService).reindex();
        console.log(`recomputed the match terms of ${written} claims (normaliser version ${MATCH_TERMS_VERSION})`);
        return 0;
      }),
  },
  {
    name: 'keys create',
    args: '',
    summary: 'print a new API key (shown once)',
    options: { role: { type: 'string' }, name: { type: 'string' } },
    help: { '--role <role>': `one of ${API_KEY_ROLES.join(', ')} (required)`, '--name <name>': 'what the key is for' },
    run: ({ values }) => {
      const role = values.role as ApiKeyRole | undefined;
      if (!role || !API_KEY_ROLES.includes(role)) throw new UsageError(`--role must be one of ${API_KEY_ROLES.join(', ')}`);
      return withApp(async (app) => {
        const created = await app.get(ApiKeysService).create(role, (values.name as string | undefined) ?? `${role} key`);
        console.log(created.key);
        console.error(`created ${created.role} key ${created.prefix}: store it now, it is not shown again`);
        return 0;
      });
    },
  },
  {
    name: 'keys list',
    args: '',
    summary: 'list API keys (prefix, role, state, name)',
    options: {},
    help: {},
    run: () =>
      withApp(async (app) => {
        for (const k of await app.get(ApiKeysService).list()) console.log(`${k.prefix}  ${k.role.padEnd(6)}  ${k.revokedAt ? 'revoked' : 'active '}  ${k.name}`);
        return 0;
      }),
  },
  {
    name: 'keys revoke',
    args: '<prefix>',
    summary: 'revoke an API key by its prefix',
    options: {},
    help: {},
    run: ({ positionals: [prefix] }) => {
      if (!prefix) throw new UsageError('keys revoke needs the key prefix');
      return withApp(async (app) => {
        const revoked = await app.get(ApiKeysService).revoke(prefix);
        console.log(revoked ? `revoked ${prefix}` : `no active key ${prefix}`);
        return revoked ? 0 : 1;
      });
    },
  },
];

/** Each file is its own transaction: a bad file is reported and the rest still load. */
async function ingest(seeds: SeedService, target: string, quiet: boolean, trusted: boolean): Promise<number> {
  const files = statSync(target).isDirectory()
    ? readdirSync(target)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => path.join(target, f))
    : [target];
  const bar = new SingleBar({ format: 'ingest [{bar}] {value}/{total} {file}', stream: process.stderr, noTTYOutput: !quiet, notTTYSchedule: 2000 });
  if (!quiet) bar.start(files.length, 0, { file: '' });
  const summary = { created: 0, updated: 0, unchanged: 0, rejected: [] as { file: string; reason: string }[] };
  for (const file of files) {
    const dir = path.dirname(file);
    const sourcesDir = existsSync(path.join(dir, '..', 'sources')) ? path.join(dir, '..', 'sources') : dir;
    try {
      const result = await seeds.loadFile(file, sourcesDir, { trusted });
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
