// npm run bench:scale [-- --claims=N --sources=M --quick --duration=S --seed=K --keep-indexes --no-experiments --no-record [--print-json]]
//
// versus-kb at scale: N synthetic claims (default 1,000,000) over M sources (default 10,000),
// loaded in bulk into a scratch database on the PostgreSQL server DATABASE_URL points at, then
// measured through the real app (node dist/main.js) with autocannon at 32 connections:
//   a. a filtered claims page (uncached path): p50/p99/req/s, target p99 < 25 ms;
//   b. keyset paging: page 1 vs page 10,000, target p50 ratio <= 1.2;
//   c. full text (`q=`), several queries rotated: p95, target < 50 ms; /api/search reported;
//   d. EXPLAIN (ANALYZE, BUFFERS) of the exact SQL the app sent for each of those requests;
//   e. SQL statements per GraphQL list request at 10, 100 and 1,000 items (should be constant);
//   f. PostGraphile 4 as the peer on the same data: the filtered page through its generated
//      schema (allClaims(condition: { criterionId }, first: 50)) against versus-kb's REST page and
//      GraphQL claims(filter, first: 50) (response cache bypassed), in turns; PostGraphile 4 has
//      no full-text filter without plugins, so the full-text page has no peer figure;
//   g. recommendations (GET /api/recommendations?need=..., needs rotated): p95, target < 150 ms;
//   h. catalog reads (technologies, criteria, use cases, sources) from one client: p50 < 20 ms;
//   i. the ndjson export of every claim: claims/s (target >= 50,000) and the app's peak RSS while
//      it streams (sampled every 100 ms, target < 250 MB);
//   j. extraction of the longest seed article, in process (no process start): median < 300 ms;
// then what-ifs on the same data (bench/scale/experiments.mjs), the evidence for the fixes of any miss.
// Writes bench/results/scale.json and appends a section to BENCHMARKS.md (not with --no-record;
// --print-json then prints the results). With fewer than 500,000 claims page 10,000 does not
// exist: the deepest full page is measured and named.
// The scratch database is dropped and every process started here is stopped at the end, also on
// failure and on Ctrl-C.
import { execFileSync, fork } from 'node:child_process';
import { appendFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { clearInterval, setInterval } from 'node:timers';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { createScratchDatabase, dropScratchDatabase } from '../scripts/scratch-database.mjs';
import { CATALOG_PATHS, catalogLatency, freePort, rssMb, startApp as startServer, startPostgraphile, stopChild } from './lib.mjs';
import { FTS_QUERIES, RECOMMENDATION_NEEDS } from './scale/data.mjs';
import { narrowList, runExperiments } from './scale/experiments.mjs';
import { bulkLoad } from './scale/load.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? 'true'];
  }),
);
const count = (value, fallback) => {
  if (value === undefined) return fallback;
  const n = Number(String(value).replace(/[_,]/g, ''));
  if (!Number.isInteger(n) || n < 1) throw new Error(`not a positive integer: ${value}`);
  return n;
};
const QUICK = args.has('quick');
const CLAIMS = count(args.get('claims') ?? process.env.BENCH_SCALE_CLAIMS, 1_000_000);
const SOURCES = count(args.get('sources') ?? process.env.BENCH_SCALE_SOURCES, 10_000);
const DURATION = count(args.get('duration'), QUICK ? 5 : 10);
const SEED = count(args.get('seed'), 42);
const RECORD = !args.has('no-record');
const CONNECTIONS = 32;
const PAGE_SIZE = 50;
const DEEP_PAGE = 10_000;
const SEQUENTIAL = 500;
const TARGETS = {
  filteredPageP99Ms: '< 25',
  keysetPage10kVsPage1P50: '<= 1.2',
  fullTextP95Ms: '< 50',
  graphqlStatements: 'constant at 10, 100, 1000 items',
  filteredPageVsPostgraphileRps: '>= 1.0 (versus-kb uncached req/s / PostGraphile req/s, as bench/run.mjs graphqlUncachedVsPostgraphile)',
  recommendationsP95Ms: '< 150',
  ndjsonExportClaimsPerSecond: '>= 50,000',
  ndjsonExportPeakRssMb: '< 250',
  extractionMedianMs: '< 300',
  catalogP50Ms: '< 20',
};
const server = process.env.DATABASE_URL;
const cleanups = [];

function log(message) {
  process.stderr.write(`${message}\n`);
}

/** The real app on the scratch database (as bench/run.mjs starts it). */
const startApp = (databaseUrl) => startServer({ DATABASE_URL: databaseUrl }, { cleanups, timeoutMs: 300_000 });

function percentile(sorted, p) {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const round = (ms) => (ms === null ? null : Math.round(ms * 100) / 100);
const round2 = round;

/** autocannon at 32 connections; p95 comes from every response's own latency (autocannon's summary has no p95). */
function load(url, options = {}) {
  return new Promise((resolve, reject) => {
    const samples = [];
    const { keepSamples: _keep, ...rest } = options;
    const instance = autocannon({ url, connections: CONNECTIONS, duration: DURATION, ...rest }, (error, result) => {
      if (error) return reject(error);
      samples.sort((a, b) => a - b);
      if (result.non2xx || result.errors || result.timeouts) log(`  warning: ${url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
      resolve({
        ...(options.keepSamples ? { samples } : {}),
        rps: Math.round(result.requests.average),
        requests: result.requests.total,
        p50: result.latency.p50,
        p95: round(percentile(samples, 95)),
        p99: result.latency.p99,
        max: result.latency.max,
        non2xx: result.non2xx,
        errors: result.errors,
        timeouts: result.timeouts,
      });
    });
    instance.on('response', (_client, _status, _bytes, ms) => samples.push(ms));
    cleanups.push(() => instance.stop());
  });
}

/**
 * Two URLs under the same load in turns (A, B, A, B, each half the duration), so that drift in
 * the machine's load hits both alike; percentiles over every response of each.
 */
async function loadInTurns(urls) {
  const half = Math.max(1, Math.round(DURATION / 2));
  const runs = urls.map(() => []);
  for (let turn = 0; turn < 2; turn++) {
    for (const [j, target] of urls.entries()) {
      const { url, options = {} } = typeof target === 'string' ? { url: target } : target;
      runs[j].push(await load(url, { ...options, duration: half, keepSamples: true }));
    }
  }
  return runs.map((parts) => {
    const samples = parts.flatMap((p) => p.samples).sort((a, b) => a - b);
    const sum = (key) => parts.reduce((n, p) => n + p[key], 0);
    return {
      rps: Math.round(sum('requests') / (half * parts.length)),
      requests: sum('requests'),
      p50: round(percentile(samples, 50)),
      p95: round(percentile(samples, 95)),
      p99: round(percentile(samples, 99)),
      max: round(samples.at(-1) ?? null),
      non2xx: sum('non2xx'),
      errors: sum('errors'),
      timeouts: sum('timeouts'),
    };
  });
}

/** `n` requests one after the other (no queueing in the app): the latency floor. */
async function sequential(url, n = SEQUENTIAL, keepTimes = false) {
  const times = [];
  let failed = 0;
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    const res = await fetch(url);
    await res.arrayBuffer();
    times.push(performance.now() - started);
    if (!res.ok) failed++;
  }
  times.sort((a, b) => a - b);
  return { n, p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), p99: round(percentile(times, 99)), failed, ...(keepTimes ? { times } : {}) };
}

/** `n` requests to each URL, alternating one by one, so that both see the same machine (drift in load hits both alike). */
async function alternating(urls, n = SEQUENTIAL) {
  const times = urls.map(() => []);
  const failed = urls.map(() => 0);
  for (let i = 0; i < n; i++) {
    for (const [j, url] of urls.entries()) {
      const started = performance.now();
      const res = await fetch(url);
      await res.arrayBuffer();
      times[j].push(performance.now() - started);
      if (!res.ok) failed[j]++;
    }
  }
  return times.map((t, j) => {
    t.sort((a, b) => a - b);
    return { n, p50: round(percentile(t, 50)), p95: round(percentile(t, 95)), p99: round(percentile(t, 99)), failed: failed[j] };
  });
}

async function getJson(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** Boots the app in a child process to see its SQL and count GraphQL statements (bench/scale/inprocess.mjs). */
function inProcess(databaseUrl, task) {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(root, 'bench', 'scale', 'inprocess.mjs'), [], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', KB_RATE_LIMIT_PER_MINUTE: '0', NODE_ENV: 'production', KB_SEED_ON_START: 'false', PORT: '0', HOST: '127.0.0.1' },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    cleanups.push(() => child.exitCode === null && child.signalCode === null && child.kill('SIGKILL'));
    child.once('message', (message) => (message.ok ? resolve(message.result) : reject(new Error(message.error))));
    child.once('exit', (code) => reject(new Error(`bench/scale/inprocess.mjs exited ${code} without an answer`)));
    child.send(task);
  });
}

/** EXPLAIN (ANALYZE, BUFFERS) of one captured statement, with its own parameters: three runs, the median one kept (one if it takes seconds). */
async function explain(db, statement) {
  const params = typeof statement.params === 'string' ? JSON.parse(statement.params) : statement.params ?? [];
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const text = (await db.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT TEXT) ${statement.sql}`, params)).rows.map((r) => r['QUERY PLAN']).join('\n');
    runs.push({ text, total: Number(/Planning Time: ([\d.]+) ms/.exec(text)?.[1] ?? 0) + Number(/Execution Time: ([\d.]+) ms/.exec(text)?.[1] ?? 0) });
    if (runs[0].total > 2_000) break;
  }
  runs.sort((a, b) => a.total - b.total);
  const plan = runs[(runs.length - 1) >> 1].text;
  return {
    sql: statement.sql.replace(/\s+/g, ' ').trim(),
    params,
    executionMs: Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN),
    planningMs: Number(/Planning Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN),
    plan,
  };
}

/** POST a GraphQL query; the data, or an error with the answer's errors. */
async function graphqlData(url, body, headers = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const json = await res.json();
  if (json.errors) throw new Error(`${url}: ${JSON.stringify(json.errors)}`);
  return json.data;
}

/**
 * The whole ndjson export as a client without Accept-Encoding (curl) reads it: lines (claims),
 * bytes, seconds, and the app's RSS sampled every 100 ms while it streams.
 */
function exportNdjson(url, pid) {
  return new Promise((resolve, reject) => {
    const rss = [];
    const sample = () => {
      const mb = rssMb(pid);
      if (mb !== null) rss.push(mb);
    };
    sample();
    const timer = setInterval(sample, 100);
    const started = performance.now();
    let firstByteMs = null;
    const req = http.get(url, { headers: { accept: 'application/x-ndjson' } }, (res) => {
      if (res.statusCode !== 200) {
        clearInterval(timer);
        res.resume();
        return reject(new Error(`${url}: ${res.statusCode}`));
      }
      let lines = 0;
      let bytes = 0;
      let last = 10;
      res.on('data', (chunk) => {
        firstByteMs ??= performance.now() - started;
        bytes += chunk.length;
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
        last = chunk[chunk.length - 1];
      });
      res.on('end', () => {
        const ms = performance.now() - started;
        clearInterval(timer);
        sample();
        if (last !== 10) lines++; // a last line without its newline
        resolve({ claims: lines, bytes, mb: Math.round(bytes / 2 ** 20), seconds: round(ms / 1000), firstByteMs: round(firstByteMs), claimsPerSecond: Math.round(lines / (ms / 1000)), contentType: res.headers['content-type'], contentEncoding: res.headers['content-encoding'] ?? 'identity', rssMbBefore: rss[0] ?? null, rssMbPeak: rss.length ? Math.max(...rss) : null, rssSamples: rss.length });
      });
      res.on('error', (error) => (clearInterval(timer), reject(error)));
    });
    req.setTimeout(600_000, () => req.destroy(new Error(`${url}: no byte for 600 s`)));
    req.on('error', (error) => (clearInterval(timer), reject(error)));
    cleanups.push(() => req.destroy());
  });
}

/** The longest seed article, extracted in this process by the CLI's own function (no process start), and `kb extract` as a whole process. */
async function extractionTimes(runs = 11) {
  const dir = path.join(root, 'seeds', 'sources');
  const file = path.join(dir, readdirSync(dir).filter((f) => f.startsWith('004_') && f.endsWith('.txt')).sort()[0]);
  // what `kb extract <file>` runs (src/cli/extract.command.ts extractFile): the taxonomy from seeds/taxonomy, the file, the draft
  const { extractDraft } = await import(pathToFileURL(path.join(root, 'dist', 'modules', 'extraction', 'extract-article.js')).href);
  const { readKnownTaxonomy } = await import(pathToFileURL(path.join(root, 'dist', 'modules', 'extraction', 'known-taxonomy-files.js')).href);
  const extractFile = (f) => extractDraft(readFileSync(f, 'utf8'), 'text', readKnownTaxonomy(path.join(root, 'seeds', 'taxonomy')));
  const times = [];
  let claims = 0;
  for (let i = 0; i < runs + 1; i++) {
    const started = performance.now();
    const draft = extractFile(file);
    times.push(performance.now() - started);
    claims = draft.claims.length;
  }
  const [first, ...rest] = times;
  rest.sort((a, b) => a - b);
  const processTimes = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    execFileSync(process.execPath, [path.join(root, 'dist', 'cli', 'kb.js'), 'extract', file], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, LOG_LEVEL: 'silent' } });
    processTimes.push(performance.now() - started);
  }
  processTimes.sort((a, b) => a - b);
  return {
    file: path.relative(root, file),
    chars: readFileSync(file, 'utf8').length,
    claims,
    firstRunMs: round(first),
    runs: rest.length,
    medianMs: round(percentile(rest, 50)),
    maxMs: round(rest.at(-1)),
    wholeProcessMedianMs: round(percentile(processTimes, 50)),
  };
}

const met = (value, test) => (value === null || value === undefined || Number.isNaN(value) ? 'not measured' : test(value) ? 'yes' : 'no');

async function main() {
  if (!server) {
    log('bench:scale needs DATABASE_URL: a PostgreSQL server URL (postgresql://user@host:5432/postgres); it creates and drops its own database there.');
    process.exitCode = 2;
    return;
  }
  const { encodeCursor } = await import(pathToFileURL(path.join(root, 'dist', 'common', 'pagination', 'cursor.js')).href);
  const name = `versus_kb_scale_${Date.now().toString(36)}`;
  const databaseUrl = await createScratchDatabase(server, name);
  cleanups.unshift(() => dropScratchDatabase(server, name)); // runs last (cleanups run in reverse)
  log(`scratch database ${name}; ${CLAIMS.toLocaleString('en')} claims over ${SOURCES.toLocaleString('en')} sources; ${DURATION} s x ${CONNECTIONS} connections per measure`);
  const db = new pg.Client({ connectionString: databaseUrl });
  db.on('error', () => undefined); // the final DROP ... WITH (FORCE) may cut this connection
  await db.connect();
  cleanups.push(() => db.end());

  // 1. schema, seed claims and taxonomy: the real app's first start
  const first = await startApp(databaseUrl);
  log(`app ready in ${first.readyMs} ms (migrations + seed); stopping it for the bulk load`);
  await first.stop();

  // 2. bulk load
  const loadFigures = await bulkLoad(db, { claims: CLAIMS, sources: SOURCES, seed: SEED, keepIndexes: args.has('keep-indexes'), log });
  loadFigures.firstStartReadyMs = first.readyMs;
  const [totals] = (await db.query('SELECT (SELECT count(*) FROM claim)::int AS claims, (SELECT count(*) FROM source)::int AS sources')).rows;
  loadFigures.totalInDatabase = totals;
  log(`loaded in ${(loadFigures.totalMs / 1000).toFixed(1)} s (${loadFigures.claimsPerSecond} claims/s; insert ${(loadFigures.insertMs / 1000).toFixed(1)} s, indexes ${(loadFigures.indexesTotalMs / 1000).toFixed(1)} s, vacuum analyze ${(loadFigures.vacuumAnalyzeMs / 1000).toFixed(1)} s); ${JSON.stringify(loadFigures.tableMb)} MB`);

  // 3. measure through the real app
  let app = await startApp(databaseUrl);
  log(`app ready in ${app.readyMs} ms on ${totals.claims.toLocaleString('en')} claims`);
  const figures = { appReadyMs: app.readyMs, connections: CONNECTIONS, durationSeconds: DURATION };
  const api = (query) => `${app.base}/api/claims?${query}`;

  // a. filtered page, the most used criterion
  const [popular] = (
    await db.query(`SELECT cr.id, cr.slug, count(*)::int AS claims FROM claim c JOIN criterion cr ON cr.id = c.criterion_id GROUP BY cr.id ORDER BY 3 DESC LIMIT 1`)
  ).rows;
  const filteredQuery = `criterion=${popular.slug}&limit=${PAGE_SIZE}`;
  log(`a. filtered page ?${filteredQuery} (${popular.claims.toLocaleString('en')} matching claims)`);
  await sequential(api(filteredQuery), 20);
  figures.filteredPage = { query: filteredQuery, matchingClaims: popular.claims, load: await load(api(filteredQuery)), sequential: await sequential(api(filteredQuery), 200) };

  // b. keyset: page 1 and page 10,000 of the unfiltered list (cursor = the last id of the page before, encoded as the app does)
  // (the deepest full page up to 10,000: with fewer claims than 500,000 the deepest there is)
  const deepPage = Math.max(2, Math.min(DEEP_PAGE, Math.floor(totals.claims / PAGE_SIZE)));
  const afterIdOf = async (page, where = '', params = []) => {
    const { rows } = await db.query(`SELECT c.id FROM claim c ${where} ORDER BY c.id OFFSET $${params.length + 1} LIMIT 1`, [...params, (page - 1) * PAGE_SIZE - 1]);
    return rows[0].id;
  };
  const cursorOf = async (...a) => encodeCursor(await afterIdOf(...a));
  const deepAfterId = await afterIdOf(deepPage);
  const deepCursor = encodeCursor(deepAfterId);
  const page1 = await getJson(api(`limit=${PAGE_SIZE}`));
  if (page1.nextCursor !== (await cursorOf(2))) throw new Error(`cursor check: the app's page-1 nextCursor ${page1.nextCursor} is not the one computed here`);
  const deep = await getJson(api(`limit=${PAGE_SIZE}&cursor=${deepCursor}`));
  const [{ id: expectedFirst }] = (await db.query('SELECT id FROM claim ORDER BY id OFFSET $1 LIMIT 1', [(deepPage - 1) * PAGE_SIZE])).rows;
  if (deep.items[0]?.id !== expectedFirst) throw new Error(`cursor check: page ${deepPage} starts at ${deep.items[0]?.id}, expected ${expectedFirst}`);
  log(`b. keyset page 1 vs page ${deepPage.toLocaleString('en')} (limit ${PAGE_SIZE}, no filter; cursor ${deepCursor})`);
  const [page1Load, deepLoad] = await loadInTurns([api(`limit=${PAGE_SIZE}`), api(`limit=${PAGE_SIZE}&cursor=${deepCursor}`)]);
  const [page1Seq, deepSeq] = await alternating([api(`limit=${PAGE_SIZE}`), api(`limit=${PAGE_SIZE}&cursor=${deepCursor}`)]);
  // the same with a filter: the popular criterion, as deep as it goes (up to page 10,000)
  const filteredDeepPage = Math.min(DEEP_PAGE, Math.floor(popular.claims / PAGE_SIZE));
  const filteredDeepCursor = filteredDeepPage > 1 ? await cursorOf(filteredDeepPage, 'WHERE c.criterion_id = $1', [popular.id]) : null;
  const filteredDeepQuery = `${filteredQuery}${filteredDeepCursor ? `&cursor=${filteredDeepCursor}` : ''}`;
  const [filteredPage1Seq, filteredDeepSeq] = await alternating([api(filteredQuery), api(filteredDeepQuery)]);
  figures.keyset = {
    limit: PAGE_SIZE,
    filter: 'none',
    deepPage,
    page1: { query: `limit=${PAGE_SIZE}`, load: page1Load, sequential: page1Seq },
    deep: { query: `limit=${PAGE_SIZE}&cursor=${deepCursor}`, load: deepLoad, sequential: deepSeq },
    ratioP50: round(deepLoad.p50 / page1Load.p50),
    ratioP50Sequential: round(deepSeq.p50 / page1Seq.p50),
    filtered: {
      query: filteredQuery,
      deepPage: filteredDeepPage,
      page1: filteredPage1Seq,
      deep: filteredDeepSeq,
    },
  };
  figures.keyset.filtered.ratioP50Sequential = round(figures.keyset.filtered.deep.p50 / figures.keyset.filtered.page1.p50);

  // c. full text: the queries rotated over every connection; then each alone, one at a time
  log(`c. full text: ${FTS_QUERIES.map((q) => JSON.stringify(q)).join(', ')}`);
  const ftsPath = (q) => `/api/claims?q=${encodeURIComponent(q)}&limit=${PAGE_SIZE}`;
  for (const q of FTS_QUERIES) await sequential(`${app.base}${ftsPath(q)}`, 3);
  const ftsLoad = await load(`${app.base}${ftsPath(FTS_QUERIES[0])}`, { requests: FTS_QUERIES.map((q) => ({ method: 'GET', path: ftsPath(q) })) });
  const perQuery = [];
  for (const q of FTS_QUERIES) {
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM claim c WHERE to_tsvector('english', c.statement || ' ' || c.quote) @@ websearch_to_tsquery('english', $1)`, [q]);
    perQuery.push({ q, matchingClaims: rows[0].n, ...(await sequential(`${app.base}${ftsPath(q)}`, 30, true)) });
  }
  const pooled = perQuery.flatMap(({ times }) => times).sort((a, b) => a - b);
  for (const q of perQuery) delete q.times;
  const ftsSequential = { n: pooled.length, p50: round(percentile(pooled, 50)), p95: round(percentile(pooled, 95)), p99: round(percentile(pooled, 99)) };
  figures.fullText = { queries: FTS_QUERIES, load: ftsLoad, sequential: ftsSequential, perQuery };
  // /api/search ranks every match (claims and sources): one request at a time, each query twice
  const searchPath = (q) => `/api/search?q=${encodeURIComponent(q)}`;
  log('   /api/search, one request at a time (reported, no target)');
  const searchTimes = [];
  const searchStatus = {};
  for (let round = 0; round < 2; round++) {
    if (round > 0 && Math.max(...searchTimes.map((t) => t.ms)) > 5_000) break; // slow: one round is enough
    for (const q of FTS_QUERIES) {
      const started = performance.now();
      const res = await fetch(`${app.base}${searchPath(q)}`, { signal: globalThis.AbortSignal.timeout(60_000) }).catch((error) => ({ status: error.name, arrayBuffer: async () => null }));
      await res.arrayBuffer();
      searchTimes.push({ q, ms: round2(performance.now() - started), status: res.status });
      searchStatus[res.status] = (searchStatus[res.status] ?? 0) + 1;
    }
  }
  const searchSorted = searchTimes.map((t) => t.ms).sort((a, b) => a - b);
  figures.search = { queries: FTS_QUERIES, sequential: { n: searchTimes.length, p50: percentile(searchSorted, 50), p95: percentile(searchSorted, 95), max: searchSorted.at(-1), status: searchStatus }, requests: searchTimes };
  figures.rssMbAfterLoad = rssMb(app.child.pid);

  // f. PostGraphile 4 on the same data: the filtered page through its generated schema, in turns
  // with versus-kb's REST page and its GraphQL page (response cache bypassed: resolvers and SQL every time)
  log('f. filtered page: versus-kb (REST, GraphQL uncached) vs PostGraphile 4 on the same data, in turns');
  const claimNode = 'id quote source { slug title } technology { slug name }';
  const ourGraphqlBody = JSON.stringify({ query: `{ claims(filter: { criterion: "${popular.slug}" }, first: ${PAGE_SIZE}) { edges { node { ${claimNode} } } } }` });
  const peerBody = JSON.stringify({
    query: `{ allClaims(condition: { criterionId: ${popular.id} }, first: ${PAGE_SIZE}, orderBy: ID_ASC) { edges { node { id quote sourceBySourceId { slug title } technologyByTechnologyId { slug name } } } } }`,
  });
  const post = (body, headers = {}) => ({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  try {
    const peerStarted = Date.now();
    const peer = await startPostgraphile(databaseUrl, { cleanups, log, timeoutMs: 300_000 });
    const peerReadyMs = Date.now() - peerStarted;
    const restIds = (await getJson(api(filteredQuery))).items.map((c) => c.id);
    const ourIds = (await graphqlData(`${app.base}/graphql`, ourGraphqlBody, { 'cache-control': 'no-cache' })).claims.edges.map((e) => e.node.id);
    const peerIds = (await graphqlData(`${peer.base}/graphql`, peerBody)).allClaims.edges.map((e) => e.node.id);
    // the same claims from all three, or the comparison means nothing
    if (JSON.stringify(peerIds) !== JSON.stringify(ourIds) || JSON.stringify(restIds) !== JSON.stringify(ourIds)) {
      throw new Error(`the three answers differ: REST ${restIds.slice(0, 3)}..., GraphQL ${ourIds.slice(0, 3)}..., PostGraphile ${peerIds.slice(0, 3)}...`);
    }
    const targets = [
      { url: api(filteredQuery), options: { headers: { 'cache-control': 'no-cache' } } },
      { url: `${app.base}/graphql`, options: post(ourGraphqlBody, { 'cache-control': 'no-cache' }) },
      { url: `${peer.base}/graphql`, options: post(peerBody) },
    ];
    for (const t of targets) await load(t.url, { ...t.options, duration: 2 }); // warm-up, not recorded
    const [rest, graphql, postgraphile] = await loadInTurns(targets);
    figures.peer = {
      peer: 'PostGraphile 4.14.1 (bench/postgraphile), default options, same scratch database',
      peerReadyMs,
      filteredPage: {
        versusKbRest: { query: `GET /api/claims?${filteredQuery} (Cache-Control: no-cache)`, load: rest },
        versusKbGraphql: { query: JSON.parse(ourGraphqlBody).query, headers: 'Cache-Control: no-cache', load: graphql },
        postgraphile: { query: JSON.parse(peerBody).query, load: postgraphile },
        sameClaims: true,
        rpsRatioRest: round(rest.rps / postgraphile.rps),
        rpsRatioGraphql: round(graphql.rps / postgraphile.rps),
      },
      fullText: 'not compared: PostGraphile 4 generates equality conditions only (condition: { column: value }); full text needs plugins (postgraphile-plugin-connection-filter, postgraphile-plugin-fulltext-filter with a tsvector column) that are not part of it',
      rssMbAfterLoad: rssMb(peer.child.pid),
    };
    await peer.stop();
  } catch (error) {
    log(`   PostGraphile comparison failed: ${error.message}`);
    figures.peer = { error: error.message };
  }

  // g. recommendations, needs rotated (matching the synthetic use cases and vocabulary), response cache bypassed
  log(`g. recommendations: ${RECOMMENDATION_NEEDS.map((n) => JSON.stringify(n)).join(', ')}`);
  const recPath = (need) => `/api/recommendations?need=${encodeURIComponent(need)}`;
  const noCache = { 'cache-control': 'no-cache' };
  try {
    const recFirst = performance.now();
    const recFirstRes = await fetch(`${app.base}${recPath(RECOMMENDATION_NEEDS[0])}`, { headers: noCache });
    const recFirstBody = await recFirstRes.json();
    const recFirstMs = round(performance.now() - recFirst);
    if (!recFirstRes.ok) throw new Error(`recommendations: ${recFirstRes.status} ${JSON.stringify(recFirstBody)}`);
    const recAnswers = {};
    for (const need of RECOMMENDATION_NEEDS) {
      const res = await fetch(`${app.base}${recPath(need)}`, { headers: noCache });
      const body = await res.json();
      const ranked = body.ranking ?? body.recommendations ?? body.technologies ?? body.items ?? [];
      recAnswers[need] = { status: res.status, top: Array.isArray(ranked) ? ranked.slice(0, 3).map((r) => r.slug ?? r.technology?.slug ?? r.name) : null, bytes: JSON.stringify(body).length };
    }
    // one at a time: 10 rounds of every need (fewer if that takes over a minute)
    const recTimes = [];
    const recPerNeed = Object.fromEntries(RECOMMENDATION_NEEDS.map((n) => [n, []]));
    const recStarted = performance.now();
    for (let i = 0; i < 10 && (i < 2 || performance.now() - recStarted < 60_000); i++) {
      for (const need of RECOMMENDATION_NEEDS) {
        const started = performance.now();
        const res = await fetch(`${app.base}${recPath(need)}`, { headers: noCache });
        await res.arrayBuffer();
        recTimes.push(performance.now() - started);
        recPerNeed[need].push(performance.now() - started);
      }
    }
    recTimes.sort((a, b) => a - b);
    for (const [need, times] of Object.entries(recPerNeed)) {
      times.sort((a, b) => a - b);
      recAnswers[need].oneAtATime = { n: times.length, p50: round(percentile(times, 50)), p95: round(percentile(times, 95)) };
    }
    // then at 32 connections; autocannon stops at the end while the app still computes the requests in flight:
    // one more request waits for that backlog, so that the next measures start on an idle app
    const recLoad = await load(`${app.base}${recPath(RECOMMENDATION_NEEDS[0])}`, { headers: noCache, requests: RECOMMENDATION_NEEDS.map((n) => ({ method: 'GET', path: recPath(n), headers: noCache })) });
    const drainStarted = performance.now();
    await (await fetch(`${app.base}${recPath(RECOMMENDATION_NEEDS[0])}`, { headers: noCache })).arrayBuffer();
    const recDrainMs = round(performance.now() - drainStarted);
    if (recLoad.requests < 20 * RECOMMENDATION_NEEDS.length) log(`   note: only ${recLoad.requests} recommendations answered in ${DURATION} s at ${CONNECTIONS} connections (requests still running at the end are not counted)`);
    figures.recommendations = {
      needs: RECOMMENDATION_NEEDS,
      headers: 'Cache-Control: no-cache',
      firstRequestMs: recFirstMs,
      answers: recAnswers,
      drainAfterLoadMs: recDrainMs,
      load: recLoad,
      sequential: { n: recTimes.length, p50: round(percentile(recTimes, 50)), p95: round(percentile(recTimes, 95)), p99: round(percentile(recTimes, 99)) },
    };
  } catch (error) {
    // the app may not survive it (its heap is capped by start:prod's --max-old-space-size): record that, restart it, go on
    const gone = () => app.child.exitCode !== null || app.child.signalCode !== null;
    // the failed fetch can come before the child's exit event: give it a few seconds
    const exited = gone() || (await new Promise((resolve) => {
      app.child.once('exit', () => resolve(true));
      setTimeout(() => resolve(gone()), 10_000).unref();
    }));
    log(`   recommendations failed: ${error.message}${exited ? `; the app exited (code ${app.child.exitCode}, signal ${app.child.signalCode}): restarting it` : ''}`);
    figures.recommendations = { needs: RECOMMENDATION_NEEDS, error: error.message, appExited: exited ? { code: app.child.exitCode, signal: app.child.signalCode, flags: 'start:prod (--max-old-space-size=128)' } : null };
    if (exited) {
      app = await startApp(databaseUrl);
      figures.appRestartedAfterRecommendationsReadyMs = app.readyMs;
    }
  }

  // h. catalog reads from one client, response cache bypassed
  log('h. catalog reads, one client, Cache-Control: no-cache');
  figures.catalog = await catalogLatency(app.base, QUICK ? 40 : 100);

  // i. the ndjson export of every claim, the app's RSS sampled every 100 ms
  log(`i. ndjson export of all ${totals.claims.toLocaleString('en')} claims (RSS every 100 ms)`);
  figures.ndjsonExport = { url: '/api/claims?format=ndjson', ...(await exportNdjson(api('format=ndjson'), app.child.pid)) };
  log(`   ${figures.ndjsonExport.claims.toLocaleString('en')} claims in ${figures.ndjsonExport.seconds} s = ${figures.ndjsonExport.claimsPerSecond.toLocaleString('en')}/s, ${figures.ndjsonExport.mb} MB, peak RSS ${figures.ndjsonExport.rssMbPeak} MB`);
  if (figures.ndjsonExport.claims !== totals.claims) log(`   warning: the export has ${figures.ndjsonExport.claims} lines, the database ${totals.claims} claims`);

  // j. extraction of the longest seed article, in this process (no database, no process start)
  log('j. extraction of the longest seed article');
  figures.extraction = await extractionTimes();
  await app.stop();

  // d + e. the app's own SQL for each request (EXPLAIN), and statements per GraphQL request
  log('d. EXPLAIN of the SQL the app sends; e. statements per GraphQL list request');
  const criteriaCount = (await db.query('SELECT count(*)::int AS n FROM criterion')).rows[0].n;
  const claimFields = 'id quote source { slug title } technology { slug name } criterion { slug }';
  // claims(first) is capped at 200 (MAX_PAGE_SIZE), and first: 1000 is over the GraphQL cost limit: the top-level
  // connection is counted at 10, 100, 200 (recorded, with the 1000 refusal); 1,000 items come from nested lists
  const graphql = [
    ...[10, 100, 200, 1000].map((n) => ({ shape: 'claims(first: N)', n, query: `{ claims(first: ${n}) { edges { node { ${claimFields} } } } }` })),
    ...[10, 100, 1000].map((n) => ({ shape: `criteria { claims(first: N / ${criteriaCount}) }`, n, query: `{ criteria { slug claims(first: ${Math.min(200, Math.max(1, Math.round(n / criteriaCount)))}) { ${claimFields} } } }` })),
  ];
  const requests = [
    { name: 'filteredPage', url: `/api/claims?${filteredQuery}` },
    { name: 'keysetPage1', url: `/api/claims?limit=${PAGE_SIZE}` },
    { name: `keysetPage${deepPage}`, url: `/api/claims?limit=${PAGE_SIZE}&cursor=${deepCursor}` },
    { name: `filteredKeysetPage${filteredDeepPage}`, url: `/api/claims?${filteredDeepQuery}` },
    ...FTS_QUERIES.map((q, i) => ({ name: `fullText${i + 1}`, url: ftsPath(q) })),
    { name: 'search1', url: searchPath(FTS_QUERIES[0]) },
  ];
  const seen = await inProcess(databaseUrl, { requests, graphql });
  const explainResults = {};
  for (const [key, { url, status, statements }] of Object.entries(seen.sql)) {
    explainResults[key] = { url, status, statements: [] };
    for (const statement of statements) explainResults[key].statements.push(await explain(db, statement));
  }
  // the floor under the app: the filtered page's SQL from a bare node:http + pg server, as the app sends it and narrowed
  const floorOf = async (sql, params) => {
    const port = await freePort();
    const child = fork(path.join(root, 'bench', 'scale', 'floor-server.mjs'), [], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), FLOOR_SQL: sql, FLOOR_PARAMS: JSON.stringify(params) },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    const stop = () => stopChild(child);
    cleanups.push(stop);
    await new Promise((resolve, reject) => {
      child.once('message', resolve);
      child.once('exit', (code) => reject(new Error(`bench/scale/floor-server.mjs exited ${code}`)));
    });
    try {
      const url = `http://127.0.0.1:${port}/`;
      await sequential(url, 20);
      return { load: await load(url), sequential: await sequential(url, 200) };
    } finally {
      await stop();
    }
  };
  const filteredStatement = seen.sql.filteredPage?.statements.find((st) => /FROM claim c/.test(st.sql));
  if (filteredStatement) {
    log('   floor: the filtered page SQL from a bare node:http + pg server (as sent, and narrowed to claim + source)');
    const narrow = narrowList('c.criterion_id = ANY($1::int[])', [[popular.id]], PAGE_SIZE + 1);
    figures.floor = { asSent: await floorOf(filteredStatement.sql, filteredStatement.params), narrow: await floorOf(narrow.sql, narrow.params) };
  }

  const answered = seen.statements.filter((s) => !s.errors);
  const shapes = [...new Set(answered.map((s) => s.shape))].map((shape) => {
    const runs = answered.filter((s) => s.shape === shape);
    const counts = Object.fromEntries(runs.map((s) => [s.requested, s.statements]));
    return { shape, statements: counts, items: Object.fromEntries(runs.map((s) => [s.requested, s.items])), constant: new Set(Object.values(counts)).size === 1 };
  });
  const refused = seen.statements.filter((s) => s.errors).map((s) => ({ shape: s.shape, requested: s.requested, errors: s.errors }));
  figures.graphqlStatements = { shapes, refused, detail: seen.statements };

  // what-ifs (they change the scratch database's schema, so they come last)
  let experiments = null;
  if (!args.has('no-experiments')) {
    log('what-ifs on the same data (bench/scale/experiments.mjs)');
    experiments = await runExperiments(db, seen.sql, { criterionId: popular.id, deepAfterId, limit: PAGE_SIZE, log });
  }

  // results
  const ftsP95 = ftsLoad.p95;
  const peerPage = figures.peer?.filteredPage;
  const result = {
    n: { claims: CLAIMS, sources: SOURCES, inDatabase: totals },
    load: loadFigures,
    figures,
    targets: {
      filteredPageP99Ms: { target: TARGETS.filteredPageP99Ms, value: figures.filteredPage.load.p99, met: met(figures.filteredPage.load.p99, (v) => v < 25) },
      keysetPage10kVsPage1P50: {
        target: TARGETS.keysetPage10kVsPage1P50,
        value: figures.keyset.ratioP50,
        page: deepPage,
        met: met(figures.keyset.ratioP50, (v) => v <= 1.2),
        oneAtATime: { value: figures.keyset.ratioP50Sequential, met: met(figures.keyset.ratioP50Sequential, (v) => v <= 1.2) },
      },
      fullTextP95Ms: {
        target: TARGETS.fullTextP95Ms,
        value: ftsP95,
        met: met(ftsP95, (v) => v < 50),
        oneAtATime: { value: ftsSequential.p95, met: met(ftsSequential.p95, (v) => v < 50) },
      },
      graphqlStatements: { target: TARGETS.graphqlStatements, value: shapes.map((s) => s.statements), met: shapes.every((s) => s.constant) ? 'yes' : 'no' },
      filteredPageVsPostgraphileRps: {
        target: TARGETS.filteredPageVsPostgraphileRps,
        rest: { value: peerPage?.rpsRatioRest ?? null, met: met(peerPage?.rpsRatioRest, (v) => v >= 1) },
        graphql: { value: peerPage?.rpsRatioGraphql ?? null, met: met(peerPage?.rpsRatioGraphql, (v) => v >= 1) },
      },
      fullTextVsPostgraphile: { target: 'peer comparison', value: null, met: 'not measured', why: figures.peer?.fullText ?? figures.peer?.error },
      recommendationsP95Ms: {
        target: TARGETS.recommendationsP95Ms,
        measuredAs: 'one client, one request at a time, needs rotated, Cache-Control: no-cache',
        value: figures.recommendations.sequential?.p95 ?? null,
        met: figures.recommendations.error ? `no: ${figures.recommendations.appExited ? 'the app died on the first request' : figures.recommendations.error}` : met(figures.recommendations.sequential.p95, (v) => v < 150),
        at32Connections: { value: figures.recommendations.load?.p95 ?? null, answered: figures.recommendations.load?.requests ?? 0, met: met(figures.recommendations.load?.p95, (v) => v < 150) },
      },
      ndjsonExportClaimsPerSecond: { target: TARGETS.ndjsonExportClaimsPerSecond, value: figures.ndjsonExport.claimsPerSecond, met: met(figures.ndjsonExport.claimsPerSecond, (v) => v >= 50_000) },
      ndjsonExportPeakRssMb: { target: TARGETS.ndjsonExportPeakRssMb, value: figures.ndjsonExport.rssMbPeak, met: met(figures.ndjsonExport.rssMbPeak, (v) => v < 250) },
      extractionMedianMs: { target: TARGETS.extractionMedianMs, value: figures.extraction.medianMs, met: met(figures.extraction.medianMs, (v) => v < 300) },
      catalogP50Ms: {
        target: TARGETS.catalogP50Ms,
        value: Object.fromEntries(CATALOG_PATHS.map((p) => [p, figures.catalog[p].p50])),
        met: met(Math.max(...CATALOG_PATHS.map((p) => figures.catalog[p].p50)), (v) => v < 20),
      },
    },
    explain: explainResults,
    experiments,
    machine: { cpus: cpus().length, model: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, postgres: (await db.query('SHOW server_version')).rows[0].server_version },
    date: new Date().toISOString(),
    mode: QUICK ? 'quick' : 'full',
    seed: SEED,
  };
  const sqlMs = (key) => explainResults[key]?.statements.map((s) => `plan ${s.planningMs} + exec ${s.executionMs}`).join('; ') ?? '-';
  const ms = (v) => (v === null || v === undefined ? '-' : `${v} ms`);
  const seq = figures.search.sequential;
  const summary = [
    `\n## bench:scale ${result.date} (${result.mode}, ${CLAIMS.toLocaleString('en')} claims / ${SOURCES.toLocaleString('en')} sources, PostgreSQL ${result.machine.postgres.split(' ')[0]}, ${DURATION} s x ${CONNECTIONS} connections)`,
    '',
    '| measure | value | target | met? |',
    '|---|---|---|---|',
    `| bulk load (${totals.claims.toLocaleString('en')} claims, ${totals.sources.toLocaleString('en')} sources in the database) | ${(loadFigures.totalMs / 1000).toFixed(1)} s, ${loadFigures.claimsPerSecond.toLocaleString('en')} claims/s (insert ${(loadFigures.insertMs / 1000).toFixed(1)} s at ${loadFigures.claimsPerSecondInsertOnly.toLocaleString('en')}/s, indexes ${(loadFigures.indexesTotalMs / 1000).toFixed(1)} s, VACUUM ANALYZE ${(loadFigures.vacuumAnalyzeMs / 1000).toFixed(1)} s) | | |`,
    `| filtered page \`?${filteredQuery}\` (${popular.claims.toLocaleString('en')} matches) | p50 ${ms(figures.filteredPage.load.p50)}, p99 ${ms(figures.filteredPage.load.p99)}, ${figures.filteredPage.load.rps} req/s; one at a time p50 ${ms(figures.filteredPage.sequential.p50)}, p99 ${ms(figures.filteredPage.sequential.p99)}; SQL ${sqlMs('filteredPage')} ms | p99 < 25 ms | ${result.targets.filteredPageP99Ms.met} |`,
    ...(figures.floor
      ? [`| floor: the same page's SQL from a bare node:http + pg server (pool 10), as sent / narrowed to claim + source | p50 ${ms(figures.floor.asSent.load.p50)} / ${ms(figures.floor.narrow.load.p50)}, p99 ${ms(figures.floor.asSent.load.p99)} / ${ms(figures.floor.narrow.load.p99)}, ${figures.floor.asSent.load.rps} / ${figures.floor.narrow.load.rps} req/s | | |`]
      : []),
    `| keyset page ${deepPage.toLocaleString('en')} vs page 1 (limit ${PAGE_SIZE}, no filter) | p50 ${ms(deepLoad.p50)} vs ${ms(page1Load.p50)} = ${figures.keyset.ratioP50}x; one at a time ${ms(deepSeq.p50)} vs ${ms(page1Seq.p50)} = ${figures.keyset.ratioP50Sequential}x; SQL ${sqlMs(`keysetPage${deepPage}`)} vs ${sqlMs('keysetPage1')} ms | <= 1.2x | ${result.targets.keysetPage10kVsPage1P50.met} (one at a time: ${result.targets.keysetPage10kVsPage1P50.oneAtATime.met}) |`,
    `| keyset, \`criterion=${popular.slug}\` page ${filteredDeepPage.toLocaleString('en')} vs page 1, one at a time | p50 ${ms(figures.keyset.filtered.deep.p50)} vs ${ms(figures.keyset.filtered.page1.p50)} = ${figures.keyset.filtered.ratioP50Sequential}x | | |`,
    `| full text \`q=\` (${FTS_QUERIES.length} queries rotated), at ${CONNECTIONS} connections | p95 ${ms(ftsP95)} (p50 ${ms(ftsLoad.p50)}, p99 ${ms(ftsLoad.p99)}, ${ftsLoad.rps} req/s) | p95 < 50 ms | ${result.targets.fullTextP95Ms.met} |`,
    `| full text, the same queries one at a time (${ftsSequential.n} requests) | p95 ${ms(ftsSequential.p95)} (p50 ${ms(ftsSequential.p50)}); per query p95: ${perQuery.map((q) => `${q.q.replaceAll('"', "'")} ${q.p95} (${q.matchingClaims.toLocaleString('en')} matches)`).join(', ')} ms | p95 < 50 ms | ${result.targets.fullTextP95Ms.oneAtATime.met} |`,
    `| /api/search, same queries, one at a time | p50 ${ms(seq.p50)}, p95 ${ms(seq.p95)}, max ${ms(seq.max)} (status ${Object.entries(seq.status).map(([k, v]) => `${k} x${v}`).join(', ')}) | | |`,
    ...shapes.map((s) => `| GraphQL SQL statements per request, \`${s.shape}\`, N = ${Object.keys(s.statements).join(' / ')} (items ${Object.values(s.items).join(' / ')}) | ${Object.values(s.statements).join(' / ')} | constant | ${s.constant ? 'yes' : 'no'} |`),
    `| app RSS after the runs | ${figures.rssMbAfterLoad} MB | | |`,
    '',
  ];
  // issue 13 item 4: versus-kb against PostGraphile 4 on the same data, and the targets at this scale
  const T = result.targets;
  const lp = (l) => (l ? `${l.rps} req/s, p50 ${ms(l.p50)}, p99 ${ms(l.p99)}` : '-');
  const rec = figures.recommendations;
  const ex = figures.ndjsonExport;
  const xt = figures.extraction;
  summary.push(
    `At ${totals.claims.toLocaleString('en')} claims, versus-kb and PostGraphile 4 on the same database (${CONNECTIONS} connections, ${DURATION} s per side in two turns; versus-kb with Cache-Control: no-cache):`,
    '',
    '| measure | versus-kb | PostGraphile | target | met? |',
    '|---|---|---|---|---|',
    ...(peerPage
      ? [
          `| filtered page, 50 claims of \`${popular.slug}\` with source and technology: REST \`GET /api/claims?${filteredQuery}\` | ${lp(peerPage.versusKbRest.load)} | ${lp(peerPage.postgraphile.load)} (\`allClaims(condition: { criterionId: ${popular.id} }, first: 50, orderBy: ID_ASC)\`) | req/s >= 1.0x PostGraphile | ${T.filteredPageVsPostgraphileRps.rest.met} (${peerPage.rpsRatioRest}x) |`,
          `| the same page through GraphQL \`claims(filter: { criterion }, first: 50)\` | ${lp(peerPage.versusKbGraphql.load)} | ${lp(peerPage.postgraphile.load)} | req/s >= 1.0x PostGraphile | ${T.filteredPageVsPostgraphileRps.graphql.met} (${peerPage.rpsRatioGraphql}x) |`,
        ]
      : [`| filtered page vs PostGraphile | ${lp(figures.filteredPage.load)} | not measured: ${figures.peer?.error} | | not measured |`]),
    `| full-text page \`q=\` (${FTS_QUERIES.length} queries rotated) | ${lp(ftsLoad)}, p95 ${ms(ftsP95)} | n/a: PostGraphile 4 has equality conditions only, no full-text filter without plugins | p95 < 50 ms | ${T.fullTextP95Ms.met} (peer: not compared) |`,
    ...(rec.error
      ? [
          `| recommendations \`GET /api/recommendations?need=\` (${RECOMMENDATION_NEEDS.length} needs rotated) | not measured: ${rec.appExited ? `the app died on the first request (exit code ${rec.appExited.code}, signal ${rec.appExited.signal}; start:prod caps its heap at --max-old-space-size=128; see its stderr for the cause); restarted for the measures below` : rec.error} | n/a (no such feature) | p95 < 150 ms | ${T.recommendationsP95Ms.met} |`,
        ]
      : [
        `| recommendations \`GET /api/recommendations?need=\` (${RECOMMENDATION_NEEDS.length} needs rotated), one at a time | p95 ${ms(rec.sequential.p95)} (p50 ${ms(rec.sequential.p50)}, ${rec.sequential.n} requests); per need p50 / p95: ${Object.entries(rec.answers).map(([n, a]) => `'${n}' ${a.oneAtATime.p50} / ${a.oneAtATime.p95}`).join(', ')} ms; first request (knowledge load) ${ms(rec.firstRequestMs)} | n/a (no such feature) | p95 < 150 ms | ${T.recommendationsP95Ms.met} |`,
        `| recommendations, the same at ${CONNECTIONS} connections | p95 ${ms(rec.load.p95)} (p50 ${ms(rec.load.p50)}, p99 ${ms(rec.load.p99)}; ${rec.load.requests} answered in ${DURATION} s = ${rec.load.rps} req/s; requests still running at the end are not counted) | | p95 < 150 ms | ${T.recommendationsP95Ms.at32Connections.met} |`,
        ]),
    `| ndjson export of every claim \`GET /api/claims?format=ndjson\` | ${ex.claims.toLocaleString('en')} claims, ${ex.mb} MB in ${ex.seconds} s = ${ex.claimsPerSecond.toLocaleString('en')} claims/s (first byte ${ms(ex.firstByteMs)}) | n/a (no streaming export) | >= 50,000 claims/s | ${T.ndjsonExportClaimsPerSecond.met} |`,
    `| app peak RSS during the export (VmRSS every 100 ms, ${ex.rssSamples} samples) | ${ex.rssMbPeak} MB (${ex.rssMbBefore} MB before) | | < 250 MB | ${T.ndjsonExportPeakRssMb.met} |`,
    `| extraction of the longest seed article \`${xt.file}\` (${xt.chars.toLocaleString('en')} chars, ${xt.claims} claims), in process | median ${ms(xt.medianMs)} of ${xt.runs} (first run ${ms(xt.firstRunMs)}, max ${ms(xt.maxMs)}); \`node dist/cli/kb.js extract\` whole process median ${ms(xt.wholeProcessMedianMs)} | n/a | < 300 ms | ${T.extractionMedianMs.met} |`,
    `| catalog reads, one client, no-cache: p50 / p95 | ${CATALOG_PATHS.map((p) => `${p.slice(5)} ${figures.catalog[p].p50} / ${figures.catalog[p].p95} ms`).join(', ')} | | p50 < 20 ms | ${T.catalogP50Ms.met} |`,
    '',
  );
  if (refused.length) summary.push(`GraphQL refused: ${refused.map((r) => `\`${r.shape}\` at ${r.requested} (${r.errors.join('; ')})`).join(', ')}.`, '');
  if (experiments) {
    const shape = experiments.listShape;
    const fts = Object.entries(experiments.storedTsvector.queries ?? {});
    const wall = (name, pick) => fts.filter(([k]) => k.startsWith(name)).flatMap(([, list]) => list.map((q) => pick(q).wallMs));
    summary.push(
      'What-ifs on the same data (SQL only, median of repeated runs; details in `experiments`):',
      '',
      '| query | as the app sends it | alternative | alternative |',
      '|---|---|---|---|',
      ...Object.entries(shape).map(([name, v]) => `| ${name}: planning + execution | ${v.asSent.planningMs} + ${v.asSent.executionMs} ms | join_collapse_limit = 1: ${v.joinCollapseLimit1.planningMs} + ${v.joinCollapseLimit1.executionMs} ms | claim + source only: ${v.narrow.planningMs} + ${v.narrow.executionMs} ms |`),
      ...(experiments.storedTsvector.skipped
        ? [`| stored tsvector columns | ${experiments.storedTsvector.skipped} | | |`]
        : [
            `| full text, wall ms per query | ${wall('fullText', (q) => q.asSent).join(', ')} | stored tsvector column + GIN: ${wall('fullText', (q) => q.storedColumn).join(', ')} | |`,
            `| /api/search statements, wall ms | ${wall('search', (q) => q.asSent).join(', ')} | stored tsvector columns: ${wall('search', (q) => q.storedColumn).join(', ')} | |`,
          ]),
      '',
    );
  }
  summary.push('EXPLAIN (ANALYZE, BUFFERS) of every statement behind these requests: `bench/results/scale.json` (`explain`).', '');
  const text = summary.join('\n');
  if (RECORD) {
    mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
    writeFileSync(path.join(root, 'bench', 'results', 'scale.json'), JSON.stringify(result, null, 2) + '\n');
    appendFileSync(path.join(root, 'BENCHMARKS.md'), text);
  } else {
    log('--no-record: bench/results/scale.json and BENCHMARKS.md left alone');
    if (args.has('print-json')) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  }
  process.stdout.write(text + '\n');
}

let cleaning = null;
let interrupted = false;
async function cleanup() {
  cleaning ??= (async () => {
    for (const step of cleanups.reverse()) {
      await Promise.race([Promise.resolve().then(step), new Promise((r) => setTimeout(r, 30_000))]).catch((error) => log(`cleanup: ${error.message}`));
    }
  })();
  return cleaning;
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    interrupted = true;
    log(`${signal}: stopping the app and dropping the scratch database`);
    process.exitCode = 130;
    cleanup().finally(() => process.exit(130));
  });
}

main()
  .catch((error) => {
    if (interrupted) return; // the cleanup cut what was running
    log(error.stack ?? String(error));
    process.exitCode = 1;
  })
  .finally(async () => {
    await cleanup();
    setTimeout(() => process.exit(process.exitCode ?? 0), 200).unref();
  });
