// node bench/scale/catalog.mjs [--claims=N --sources=M --root=/path/to/checkout]
//
// Only the catalog part of bench:scale (item h), for issue 13 item 2: a scratch database on
// DATABASE_URL, the app's first start (migrations + seed), the bulk load (its rate), then the
// catalog lists from one client (p50/p95, response cache bypassed) and EXPLAIN ANALYZE of the
// count queries. --root runs another checkout's built app on the same load (before/after).
// The scratch database is dropped at the end, unless --keep (it prints its name); --db=NAME
// measures a kept database again (no load) with the app of --root, which migrates it first.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createScratchDatabase, dropScratchDatabase } from '../../scripts/scratch-database.mjs';
import { CATALOG_PATHS, freePort, stopChild } from '../lib.mjs';
import { bulkLoad } from './load.mjs';
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const CLAIMS = Number(args.get('claims') ?? 200_000);
const SOURCES = Number(args.get('sources') ?? 10_000);
const ROOT = path.resolve(args.get('root') ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '../..'));
const server = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const log = (m) => process.stderr.write(`${m}\n`);

async function startApp(databaseUrl) {
  const port = await freePort();
  const child = spawn('sh', ['scripts/serve.sh'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', KB_RATE_LIMIT_PER_MINUTE: '0', NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error('the app exited');
    try {
      if ((await fetch(`${base}/ready`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (i > 3000) throw new Error('the app did not get ready');
    await new Promise((r) => setTimeout(r, 100));
  }
  return { base, stop: () => stopChild(child) };
}

const KEEP = args.has('keep') || args.has('db');
const name = args.get('db') ?? `versus_kb_catalog_${Date.now().toString(36)}`;
const url = args.has('db') ? Object.assign(new URL(server), { pathname: `/${name}` }).toString() : await createScratchDatabase(server, name);
const db = new pg.Client({ connectionString: url });
db.on('error', () => undefined);
let app;
try {
  await db.connect();
  let load = null;
  if (!args.has('db')) {
    app = await startApp(url);
    await app.stop();
    load = await bulkLoad(db, { claims: CLAIMS, sources: SOURCES, log });
  }
  const [totals] = (await db.query('SELECT (SELECT count(*) FROM claim)::int AS claims, (SELECT count(*) FROM source)::int AS sources')).rows;
  if (load) log(`root ${ROOT}: ${JSON.stringify(totals)}; load ${load.totalMs} ms, ${load.claimsPerSecond} claims/s (insert only ${load.claimsPerSecondInsertOnly}/s)`);
  const startedAt = performance.now();
  app = await startApp(url);
  const readyMs = Math.round(performance.now() - startedAt);
  const latency = {};
  for (const p of [...CATALOG_PATHS, '/api/sources?limit=50']) {
    const times = [];
    try {
      for (let i = 0; i < 25; i++) {
        const started = performance.now();
        const res = await fetch(`${app.base}${p}`, { headers: { 'cache-control': 'no-cache' } });
        await res.arrayBuffer();
        if (!res.ok) throw new Error(`${res.status}`);
        if (i >= 5) times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      latency[p] = { p50: +times[10].toFixed(2), p95: +times[18].toFixed(2) };
    } catch (error) {
      latency[p] = { failed: String(error.cause?.code ?? error.message), afterRequests: times.length };
      if (app) await app.stop();
      app = await startApp(url); // the app may have died (heap): go on with the next path
    }
  }
  const detail = [];
  for (let i = 0; i < 25; i++) {
    const started = performance.now();
    const res = await fetch(`${app.base}/api/technologies/nodejs`, { headers: { 'cache-control': 'no-cache' } });
    await res.arrayBuffer();
    if (i >= 5) detail.push(performance.now() - started);
  }
  detail.sort((a, b) => a - b);
  latency['/api/technologies/nodejs'] = { p50: +detail[10].toFixed(2) };
  const plans = {};
  const hasCounts = (await db.query(`SELECT to_regclass('technology_kind_count') IS NOT NULL AS yes`)).rows[0].yes;
  if (hasCounts) {
    for (const [label, sql] of Object.entries({
      technologies: `SELECT t.id, coalesce(k.n, 0), coalesce(s.sources, 0) FROM technology t LEFT JOIN (SELECT technology_id, sum(claims)::int AS n FROM technology_kind_count GROUP BY 1) k ON k.technology_id = t.id LEFT JOIN technology_source_count s ON s.technology_id = t.id`,
      sourcesPage: `SELECT s.id, s.slug, s.title, s.published_on, c.claims FROM source s LEFT JOIN source_claim_count c ON c.source_id = s.id ORDER BY s.published_on DESC NULLS LAST, s.id LIMIT 51`,
      criteria: `SELECT n.criterion_id, t.slug, n.claims FROM criterion_technology_count n LEFT JOIN technology t ON t.id = n.technology_id ORDER BY 1, 2`,
    })) {
      const { rows } = await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`);
      plans[label] = rows.map((r) => r['QUERY PLAN']);
    }
  }
  console.log(JSON.stringify({ root: ROOT, totals, database: name, readyMs, load: load && { totalMs: load.totalMs, insertMs: load.insertMs, claimsPerSecond: load.claimsPerSecond, claimsPerSecondInsertOnly: load.claimsPerSecondInsertOnly }, latency, plans }, null, 1));
} finally {
  await app?.stop();
  await db.end().catch(() => undefined);
  if (KEEP) log(`kept database ${name}`);
  else await dropScratchDatabase(server, name);
}
