// npm run bench [-- --quick]: versus-kb against bare baselines on this machine, each pair in
// the same run. Writes bench/results/latest.json and appends a summary to BENCHMARKS.md.
// DATABASE_URL = a PostgreSQL server (the bench creates and drops its own database);
// unset = the embedded database in a temporary directory.
import { fork, spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { createScratchDatabase, dropScratchDatabase } from '../scripts/scratch-database.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const DURATION = quick ? 5 : 15;
const CONNECTIONS = 32;
const server = process.env.DATABASE_URL;
const figures = {};
const ratios = {};
const cleanups = [];

function log(message) {
  process.stderr.write(`${message}\n`);
}

async function freePort() {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(url, child, timeoutMs = 120_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`${url}: process exited ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return Date.now() - started;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`${url} not ready`);
}

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024);
}

async function startApp(env) {
  const port = await freePort();
  const started = Date.now();
  const child = spawn(process.execPath, ['dist/main.js'], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', KB_RATE_LIMIT_PER_MINUTE: '0', NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/ready`, child);
  const stop = () => new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', resolve), child.kill('SIGTERM'))));
  cleanups.push(stop);
  return { base, child, readyMs: Date.now() - started, stop };
}

async function startHelper(script, env) {
  const port = await freePort();
  const child = fork(path.join(root, 'bench', script), [], { env: { ...process.env, ...env, PORT: String(port) }, stdio: 'inherit' });
  await new Promise((resolve) => child.once('message', resolve));
  cleanups.push(() => child.kill());
  return { base: `http://127.0.0.1:${port}`, child };
}

async function load(url, options = {}) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, ...options });
  if (result.non2xx || result.errors) log(`  warning: ${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}

async function main() {
  let databaseUrl;
  let dropDatabase = async () => undefined;
  if (server) {
    const name = `versus_kb_bench_${Date.now().toString(36)}`;
    databaseUrl = await createScratchDatabase(server, name);
    dropDatabase = () => dropScratchDatabase(server, name);
  }

  // 6. time to /ready on each database (fresh, so it includes migrations and seeding)
  const embeddedDir = mkdtempSync(path.join(tmpdir(), 'versus-kb-bench-'));
  const embedded = await startApp({ DATABASE_URL: '', KB_DATA_DIR: embeddedDir });
  figures.readyMsEmbeddedFirstStart = embedded.readyMs;
  await embedded.stop();
  const embeddedAgain = await startApp({ DATABASE_URL: '', KB_DATA_DIR: embeddedDir });
  figures.readyMsEmbeddedRestart = embeddedAgain.readyMs;
  let app = embeddedAgain;
  if (databaseUrl) {
    await embeddedAgain.stop();
    app = await startApp({ DATABASE_URL: databaseUrl });
    figures.readyMsPostgresqlFirstStart = app.readyMs;
  }
  figures.database = databaseUrl ? 'postgresql' : 'embedded';
  log(`app ready (${figures.database}); startup figures ${JSON.stringify(figures)}`);

  // 1. cached comparison table vs a bare Fastify server answering the same bytes
  const tableUrl = `${app.base}/api/comparisons/nodejs/python`;
  const tableRes = await fetch(tableUrl);
  const bodyFile = path.join(embeddedDir, 'table.json');
  writeFileSync(bodyFile, Buffer.from(await tableRes.arrayBuffer()));
  const bare = await startHelper('bare-server.mjs', { BODY_FILE: bodyFile, CONTENT_TYPE: tableRes.headers.get('content-type'), ETAG: tableRes.headers.get('etag') });
  log('1. cached table vs bare Fastify');
  const bareTable = await load(`${bare.base}/table`);
  const appTable = await load(tableUrl);
  figures.cachedTable = { app: appTable, bareFastify: bareTable, bytes: readFileSync(bodyFile).length };
  ratios.cachedTableVsBareFastify = +(appTable.rps / bareTable.rps).toFixed(3);
  figures.rssMbAfterTableLoad = rssMb(app.child.pid);

  // 3. uncached REST page vs bare Fastify + pg running the equivalent SQL
  // (the embedded database is private to the app process: this pair needs a server)
  let appPage;
  let rawPage;
  if (databaseUrl) {
    const rawPg = await startHelper('raw-pg-server.mjs', { DATABASE_URL: databaseUrl });
    log('3. REST claims page vs raw pg');
    rawPage = await load(`${rawPg.base}/claims?criterion=io-performance&limit=50`);
    appPage = await load(`${app.base}/api/claims?criterion=io-performance&limit=50`);
    figures.claimsPage = { app: appPage, rawPg: rawPage };
    ratios.restVsRawPg = +(appPage.rps / rawPage.rps).toFixed(3);
  } else {
    appPage = await load(`${app.base}/api/claims?criterion=io-performance&limit=50`);
    rawPage = { rps: 'n/a (needs DATABASE_URL)', p99: '-' };
    figures.claimsPage = { app: appPage };
  }

  // GraphQL: 50 claims of one criterion with their source and technology
  log('2. GraphQL list of 50 claims');
  const gqlBody = JSON.stringify({ query: '{ claims(filter: { criterion: "io-performance" }, first: 50) { edges { node { id quote source { slug title } technology { slug name } } } } }' });
  figures.graphqlClaims = await load(`${app.base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: gqlBody });
  figures.rssMbAfterLoad = rssMb(app.child.pid);

  const result = {
    ratios,
    figures,
    targets: { cachedTableVsBareFastify: '>= 0.7', restVsRawPg: '>= 0.5', rssMbUnderLoad: '< 200' },
    notMeasured: {
      graphqlVsPostgraphile: 'PostGraphile 4 is not yet part of the bench; figures.graphqlClaims is versus-kb alone',
      scale: 'bench:scale (1,000,000 claims) is not written yet',
    },
    machine: { cpus: cpus().length, model: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
    date: new Date().toISOString(),
    mode: quick ? 'quick' : 'full',
    durationSeconds: DURATION,
    connections: CONNECTIONS,
  };
  mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
  writeFileSync(path.join(root, 'bench', 'results', 'latest.json'), JSON.stringify(result, null, 2) + '\n');
  const summary = [
    `\n## ${result.date} (${result.mode}, ${figures.database}, ${DURATION} s x ${CONNECTIONS} connections)`,
    '',
    '| measure | versus-kb | baseline | ratio | target |',
    '|---|---|---|---|---|',
    `| cached comparison table (req/s) | ${appTable.rps} (p99 ${appTable.p99} ms) | bare Fastify ${bareTable.rps} (p99 ${bareTable.p99} ms) | ${ratios.cachedTableVsBareFastify} | >= 0.7 |`,
    `| claims page, uncached (req/s) | ${appPage.rps} (p99 ${appPage.p99} ms) | Fastify + pg ${rawPage.rps} (p99 ${rawPage.p99} ms) | ${ratios.restVsRawPg ?? '-'} | >= 0.5 |`,
    `| GraphQL 50 claims (req/s) | ${figures.graphqlClaims.rps} (p99 ${figures.graphqlClaims.p99} ms) | PostGraphile: not measured | | >= 1.5 |`,
    `| RSS under load | ${figures.rssMbAfterLoad} MB | | | < 200 MB |`,
    `| time to /ready | embedded first ${figures.readyMsEmbeddedFirstStart} ms, restart ${figures.readyMsEmbeddedRestart} ms${figures.readyMsPostgresqlFirstStart ? `, PostgreSQL first ${figures.readyMsPostgresqlFirstStart} ms` : ''} | | | |`,
    '',
  ].join('\n');
  appendFileSync(path.join(root, 'BENCHMARKS.md'), summary);
  process.stdout.write(summary + '\n');
  await dropDatabase().catch(() => undefined);
}

main()
  .catch((error) => {
    log(error.stack ?? String(error));
    process.exitCode = 1;
  })
  .finally(async () => {
    for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => undefined);
    setTimeout(() => process.exit(process.exitCode ?? 0), 500).unref();
  });
