import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { fromProjectRoot } from '../infra/project-paths.js';
import { loadCases, sourceText } from './eval-set.js';
import { answerOf, expectedOf, formatReport, grade, validateCases, type EvalOutcome } from '../modules/recommendations/recommendation-eval.js';

/**
 * `npm run eval:recommendations [-- --json] [-- --set <dir>]`: boots the app on a throw-away
 * database (a new database on DATABASE_URL's server, or the embedded one in a temporary
 * directory), which migrates and seeds it, asks the recommender every need of the set and
 * reports accuracy overall and per category.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const setDir = fromProjectRoot(args.includes('--set') ? args[args.indexOf('--set') + 1] : 'test/eval/recommendations');
  const cases = loadCases(setDir);
  const problems = validateCases(cases, sourceText);
  if (problems.length) {
    console.error(`the evaluation set has problems:\n  ${problems.join('\n  ')}`);
    process.exit(2);
  }

  const server = process.env.DATABASE_URL;
  const scratch = `versus_kb_eval_${process.pid}_${Date.now().toString(36)}`;
  let dataDir: string | null = null;
  if (server) {
    await onServer(server, `CREATE DATABASE "${scratch}"`);
    const url = new URL(server);
    url.pathname = `/${scratch}`;
    process.env.DATABASE_URL = url.toString();
  } else {
    dataDir = mkdtempSync(path.join(tmpdir(), 'versus-kb-eval-'));
    process.env.KB_DATA_DIR = dataDir;
  }
  process.env.LOG_LEVEL = 'silent';
  process.env.KB_SEED_ON_START = 'true';
  const { createApp } = await import('../app.factory.js');
  const { RecommendationsService } = await import('../modules/recommendations/recommendations.service.js');
  const app = await createApp({ logger: false, docsUi: false });
  try {
    await app.init();
    const service = app.get(RecommendationsService);
    const outcomes: EvalOutcome[] = [];
    for (const c of cases) {
      const answered = answerOf(await service.recommend({ needs: c.needs, among: c.among }));
      const expected = expectedOf(c);
      outcomes.push({ id: c.id, category: c.category, expected, answered, correct: answered === expected });
    }
    const report = grade(outcomes);
    console.log(json ? JSON.stringify(report, null, 2) : formatReport(report));
  } finally {
    await app.close();
    if (server) await onServer(server, `DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
