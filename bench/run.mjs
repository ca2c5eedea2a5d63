// npm run bench [-- --quick]: versus-kb against bare baselines on this machine, each pair in
// the same run. Writes bench/results/latest.json and bench/results/<date>.md (git ignores both; a person
// copies what is worth keeping into BENCHMARKS.md), and prints the summary.
// DATABASE_URL = a PostgreSQL server (the bench creates and drops its own database);
// unset = the embedded database in a temporary directory.
import { fork } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { createScratchDatabase, dropScratchDatabase } from '../scripts/scratch-database.mjs';
import { CATALOG_PATHS, catalogLatency as catalogTimes, freePort, rssMb, startApp as startServer, startPostgraphile as startPeer } from './lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const DURATION = quick ? 5 : 15;
const WARMUP_SECONDS = quick ? 2 : 3;
const ROUNDS = quick ? 2 : 3;
const CONNECTIONS = 32;
const server = process.env.DATABASE_URL;
const figures = {};
const ratios = {};
const cleanups = [];

function log(message) {
  process.stderr.write(`${message}\n`);
}

/** The app with the bench's own environment on top; stopped at the end of the run. */
const startApp = (env) => startServer(env, { cleanups });

async function startHelper(script, env) {
  const port = await freePort();
  const child = fork(path.join(root, 'bench', script), [], { env: { ...process.env, ...env, PORT: String(port) }, stdio: 'inherit' });
  await new Promise((resolve) => child.once('message', resolve));
  cleanups.push(() => child.kill());
  return { base: `http://127.0.0.1:${port}`, child };
}

/** CPU time (user + system, ms) a process has used so far, from /proc. */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * (1000 / 100);
}

/** One autocannon run for DURATION s at CONNECTIONS; with `pid`, the server's CPU per request too. */
async function loadOnce(url, options, pid, duration = DURATION) {
  const cpuBefore = pid ? cpuMs(pid) : 0;
  const result = await autocannon({ url, connections: CONNECTIONS, duration, ...options });
  if (result.non2xx || result.errors) log(`  warning: ${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  const cpuMsPerRequest = pid && result.requests.total ? +((cpuMs(pid) - cpuBefore) / result.requests.total).toFixed(2) : undefined;
  return { rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors, cpuMsPerRequest };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

const CATALOG_REQUESTS = quick ? 40 : 100;
const catalogLatency = (base) => catalogTimes(base, CATALOG_REQUESTS);

/** One GET with raw bytes (no decompression): status, content-encoding and body size. */
function rawGet(url, headers) {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk) => (bytes += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode, encoding: res.headers['content-encoding'] ?? 'identity', bytes }));
    }).on('error', reject);
  });
}

/**
 * What compression saves and costs: bytes on the wire per encoding, and the server's CPU per
 * request (user + system over COMPRESSION_REQUESTS sequential requests) with each encoding.
 */
const COMPRESSION_REQUESTS = quick ? 100 : 300;
async function compressionFigures(url, pid, extraHeaders = {}) {
  const out = {};
  for (const encoding of ['identity', 'gzip', 'br']) {
    const headers = { 'accept-encoding': encoding, ...extraHeaders };
    for (let i = 0; i < 10; i++) await rawGet(url, headers);
    const before = cpuMs(pid);
    let sample;
    for (let i = 0; i < COMPRESSION_REQUESTS; i++) sample = await rawGet(url, headers);
    out[encoding] = { bytes: sample.bytes, sentAs: sample.encoding, cpuMsPerRequest: +((cpuMs(pid) - before) / COMPRESSION_REQUESTS).toFixed(3) };
  }
  for (const encoding of ['gzip', 'br']) {
    out[encoding].savedPercent = +(100 * (1 - out[encoding].bytes / out.identity.bytes)).toFixed(1);
    out[encoding].extraCpuMsPerRequest = +(out[encoding].cpuMsPerRequest - out.identity.cpuMsPerRequest).toFixed(3);
  }
  return out;
}

/**
 * Measures servers that are compared with each other, interleaved: each is warmed up once
 * (not recorded, so every JIT has seen the request), then ROUNDS rounds load each in turn. A
 * figure is the round of median throughput; on a shared 2-core box a burst of noise then hits
 * one round of both sides instead of all of one side. CPU per request (server process user +
 * system time over the round / requests answered) is the profile figure behind each ratio.
 */
async function compare(targets) {
  for (const t of targets) await loadOnce(t.url, t.options ?? {}, undefined, WARMUP_SECONDS);
  const rounds = new Map(targets.map((t) => [t.name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const t of targets) rounds.get(t.name).push(await loadOnce(t.url, t.options ?? {}, t.pid));
  }
  return Object.fromEntries(
    targets.map((t) => {
      const runs = rounds.get(t.name);
      const mid = median(runs.map((r) => r.rps));
      const chosen = runs.find((r) => r.rps === mid);
      return [t.name, { ...chosen, cpuMsPerRequest: median(runs.map((r) => r.cpuMsPerRequest ?? 0)) || undefined, roundsRps: runs.map((r) => r.rps) }];
    }),
  );
}

/** PostGraphile 4 on the same database (bench/lib.mjs), stopped at the end of the run. */
const startPostgraphile = (databaseUrl) => startPeer(databaseUrl, { cleanups, log });

async function graphqlItems(url, body, pick) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = await res.json();
  if (json.errors) throw new Error(`${url}: ${JSON.stringify(json.errors)}`);
  return pick(json.data);
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
  figures.catalogEmbedded = await catalogLatency(embeddedAgain.base);
  let app = embeddedAgain;
  if (databaseUrl) {
    await embeddedAgain.stop();
    const first = await startApp({ DATABASE_URL: databaseUrl });
    figures.readyMsPostgresqlFirstStart = first.readyMs;
    await first.stop();
    app = await startApp({ DATABASE_URL: databaseUrl });
    figures.readyMsPostgresqlRestart = app.readyMs;
    figures.catalogPostgresql = await catalogLatency(app.base);
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
  const tables = await compare([
    { name: 'bare', url: `${bare.base}/table`, pid: bare.child.pid },
    { name: 'app', url: tableUrl, pid: app.child.pid },
  ]);
  const bareTable = tables.bare;
  const appTable = tables.app;
  figures.cachedTable = { app: appTable, bareFastify: bareTable, bytes: readFileSync(bodyFile).length };
  ratios.cachedTableVsBareFastify = +(appTable.rps / bareTable.rps).toFixed(3);
  figures.rssMbAfterTableLoad = rssMb(app.child.pid);
  // 5. compression: the cached comparison table and an uncached claims page
  log('5. compression: bytes and CPU per encoding');
  figures.compression = {
    table: await compressionFigures(tableUrl, app.child.pid),
    claimsPage: await compressionFigures(`${app.base}/api/claims?criterion=io-performance&limit=50`, app.child.pid, { 'cache-control': 'no-cache' }),
  };

  // 3. uncached REST page vs bare Fastify + pg running the equivalent SQL
  // (the embedded database is private to the app process: this pair needs a server)
  let appPage;
  let rawPage;
  if (databaseUrl) {
    const rawPg = await startHelper('raw-pg-server.mjs', { DATABASE_URL: databaseUrl });
    log('3. REST claims page vs raw pg');
    const pages = await compare([
      { name: 'raw', url: `${rawPg.base}/claims?criterion=io-performance&limit=50`, pid: rawPg.child.pid },
      { name: 'rawNarrow', url: `${rawPg.base}/claims-narrow?criterion=io-performance&limit=50`, pid: rawPg.child.pid },
      { name: 'app', url: `${app.base}/api/claims?criterion=io-performance&limit=50`, pid: app.child.pid },
    ]);
    rawPage = pages.raw;
    appPage = pages.app;
    figures.claimsPage = { app: appPage, rawPg: rawPage, rawPgNarrow: pages.rawNarrow };
    ratios.restVsRawPg = +(appPage.rps / rawPage.rps).toFixed(3);
    // the stricter floor: the same technique as versus-kb (claim + source, names from memory)
    ratios.restVsRawPgNarrow = +(appPage.rps / pages.rawNarrow.rps).toFixed(3);
  } else {
    appPage = (await compare([{ name: 'app', url: `${app.base}/api/claims?criterion=io-performance&limit=50`, pid: app.child.pid }])).app;
    rawPage = { rps: 'n/a (needs DATABASE_URL)', p99: '-' };
    figures.claimsPage = { app: appPage };
  }

  // 2. GraphQL: 50 claims of one criterion with their source and technology, against
  // PostGraphile 4 answering the equivalent query (by the criterion's id: PostGraphile has no
  // slug or alias lookup) on the same database.
  log('2. GraphQL list of 50 claims vs PostGraphile 4');
  const gqlBody = JSON.stringify({ query: '{ claims(filter: { criterion: "io-performance" }, first: 50) { edges { node { id quote source { slug title } technology { slug name } } } } }' });
  const gqlOptions = { method: 'POST', headers: { 'content-type': 'application/json' }, body: gqlBody };
  const ourIds = await graphqlItems(`${app.base}/graphql`, gqlBody, (d) => d.claims.edges.map((e) => e.node.id));
  const graphqlTargets = [
    { name: 'graphqlClaims', url: `${app.base}/graphql`, options: gqlOptions, pid: app.child.pid },
    // the same with the response cache bypassed (Cache-Control: no-cache): resolvers and SQL every time
    { name: 'graphqlClaimsUncached', url: `${app.base}/graphql`, options: { ...gqlOptions, headers: { ...gqlOptions.headers, 'cache-control': 'no-cache' } }, pid: app.child.pid },
  ];
  if (databaseUrl) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const { rows } = await client.query(`SELECT id FROM criterion WHERE slug = 'io-performance'`);
    await client.end();
    const peer = await startPostgraphile(databaseUrl);
    const peerBody = JSON.stringify({ query: `{ allClaims(condition: { criterionId: ${rows[0].id} }, first: 50, orderBy: ID_ASC) { edges { node { id quote sourceBySourceId { slug title } technologyByTechnologyId { slug name } } } } }` });
    const peerIds = await graphqlItems(`${peer.base}/graphql`, peerBody, (d) => d.allClaims.edges.map((e) => e.node.id));
    // the two answers must be the same claims, or the comparison means nothing
    if (JSON.stringify(peerIds) !== JSON.stringify(ourIds)) throw new Error(`PostGraphile answered other claims: ${peerIds} vs ${ourIds}`);
    graphqlTargets.unshift({ name: 'postgraphile', url: `${peer.base}/graphql`, options: { method: 'POST', headers: { 'content-type': 'application/json' }, body: peerBody }, pid: peer.child.pid });
  }
  Object.assign(figures, await compare(graphqlTargets));
  if (figures.postgraphile) {
    ratios.graphqlVsPostgraphile = +(figures.graphqlClaims.rps / figures.postgraphile.rps).toFixed(3);
    ratios.graphqlUncachedVsPostgraphile = +(figures.graphqlClaimsUncached.rps / figures.postgraphile.rps).toFixed(3);
  }
  figures.rssMbAfterLoad = rssMb(app.child.pid);

  const result = {
    ratios,
    figures,
    targets: { cachedTableVsBareFastify: '>= 0.7', graphqlVsPostgraphile: '>= 1.5', graphqlUncachedVsPostgraphile: '>= 1.0', restVsRawPg: '>= 0.5', rssMbUnderLoad: '< 200', catalogP50Ms: '< 20', readyMsEmbeddedFirstStart: '<= 10000', readyMsEmbeddedRestart: '<= 3000', readyMsPostgresqlRestart: '<= 2000' },
    notes: {
      graphqlVsPostgraphile: 'versus-kb as clients meet it (anonymous reads answered from the response cache, invalidated by every write); graphqlUncachedVsPostgraphile sends Cache-Control: no-cache, so resolvers and SQL run for every request',
      cpuMsPerRequest: 'server process CPU (user + system) over the run divided by requests answered',
      catalog: 'one client, one request at a time, Cache-Control: no-cache (counts computed every time); p50 and p95 in ms',
      compression: 'bytes of one response per Accept-Encoding, and server CPU per request over sequential requests with that encoding (extra = minus identity)',
      restVsRawPg: 'the Fastify + pg floor joins the taxonomy tables for the names in one statement; restVsRawPgNarrow is the stricter floor that uses the same technique as versus-kb (claim + source only, names from maps loaded at start)',
      scale: 'npm run bench:scale writes bench/results/scale.json',
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
    `| claims page, uncached (req/s) | ${appPage.rps} | Fastify + pg, narrowed SQL + names from memory ${figures.claimsPage.rawPgNarrow?.rps ?? '-'} (p99 ${figures.claimsPage.rawPgNarrow?.p99 ?? '-'} ms) | ${ratios.restVsRawPgNarrow ?? '-'} | |`,
    `| GraphQL 50 claims (req/s) | ${figures.graphqlClaims.rps} (p99 ${figures.graphqlClaims.p99} ms) | PostGraphile 4 ${figures.postgraphile?.rps ?? 'n/a (needs DATABASE_URL)'} (p99 ${figures.postgraphile?.p99 ?? '-'} ms) | ${ratios.graphqlVsPostgraphile ?? '-'} | >= 1.5 |`,
    `| GraphQL 50 claims, response cache bypassed (req/s) | ${figures.graphqlClaimsUncached.rps} (p99 ${figures.graphqlClaimsUncached.p99} ms) | PostGraphile 4 ${figures.postgraphile?.rps ?? '-'} | ${ratios.graphqlUncachedVsPostgraphile ?? '-'} | >= 1.0 |`,
    `| server CPU per request (ms) | table ${appTable.cpuMsPerRequest}, claims page ${appPage.cpuMsPerRequest ?? '-'}, GraphQL ${figures.graphqlClaims.cpuMsPerRequest} (uncached ${figures.graphqlClaimsUncached.cpuMsPerRequest}) | bare Fastify ${bareTable.cpuMsPerRequest}, Fastify + pg ${rawPage.cpuMsPerRequest ?? '-'} (narrowed ${figures.claimsPage.rawPgNarrow?.cpuMsPerRequest ?? '-'}), PostGraphile ${figures.postgraphile?.cpuMsPerRequest ?? '-'} | | |`,
    `| RSS under load | ${figures.rssMbAfterLoad} MB | | | < 200 MB |`,
    `| time to /ready | embedded first ${figures.readyMsEmbeddedFirstStart} ms, restart ${figures.readyMsEmbeddedRestart} ms${figures.readyMsPostgresqlFirstStart ? `, PostgreSQL first ${figures.readyMsPostgresqlFirstStart} ms, restart ${figures.readyMsPostgresqlRestart} ms` : ''} | | | first embedded <= 10000, restart <= 3000 embedded / 2000 PostgreSQL |`,
    ...[['embedded', figures.catalogEmbedded], ['PostgreSQL', figures.catalogPostgresql]].filter(([, c]) => c).map(
      ([db, c]) => `| catalog p50 / p95, one client, uncached (${db}) | ${CATALOG_PATHS.map((p) => `${p.slice(5)} ${c[p].p50} / ${c[p].p95} ms`).join(', ')} | | | p50 < 20 ms |`,
    ),
    ...Object.entries(figures.compression).map(
      ([what, c]) => `| compression, ${what === 'table' ? 'cached comparison table' : 'claims page (uncached)'} | identity ${c.identity.bytes} B; gzip ${c.gzip.bytes} B (-${c.gzip.savedPercent}%, +${c.gzip.extraCpuMsPerRequest} ms CPU); br ${c.br.bytes} B (-${c.br.savedPercent}%, +${c.br.extraCpuMsPerRequest} ms CPU) | | | |`,
    ),
    '',
  ].join('\n');
  writeFileSync(path.join(root, 'bench', 'results', `${result.date.replace(/[:.]/g, '-')}.md`), summary);
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
