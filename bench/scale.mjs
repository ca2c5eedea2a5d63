// npm run bench:scale [-- --claims=N --sources=M --quick --duration=S --seed=K --keep-indexes --no-experiments
//                        --no-record [--print-json] --reuse-db[=NAME] [--drop-db] --budget-factor=F]
//
// versus-kb at scale: N synthetic claims (default 1,000,000) over M sources (default 10,000),
// loaded in bulk into a scratch database on the PostgreSQL server DATABASE_URL points at, then
// measured through the real app (node dist/main.js) with autocannon at 32 connections:
//   a. a filtered claims page (uncached path): p50/p99/req/s, target p99 < 25 ms;
//   b. keyset paging: page 1 vs page 10,000, target p50 ratio <= 1.2;
//   c. full text (`q=`), several queries rotated: p95, target < 50 ms; /api/search reported;
//   d. EXPLAIN (ANALYZE, BUFFERS) of the exact SQL the app sent for each of those requests;
//   e. SQL statements per GraphQL list request at 10, 100 and 1,000 items (should be constant);
//   f. PostGraphile 4 as the peer on the same data (issue 13 item 4), at 32 connections, in turns:
//      - the filtered page through its generated schema (allClaims(condition: { criterionId }, first: 50))
//        against versus-kb's REST page and GraphQL claims(filter, first: 50) (response cache bypassed);
//      - the full-text page: PostGraphile 4 has no full-text filter, so the scratch database gets
//        two STABLE SQL functions it exposes as a custom query and a computed column:
//        search_claims(q) RETURNS SETOF claim (the app's condition, search_vector @@
//        websearch_to_tsquery('english', q), in id order) and claim_snippet(claim, q) (the app's
//        ts_headline); searchClaims(q, first: 50) with the fields of the REST item against
//        GET /api/claims?q=...&limit=50, the same queries rotated, the same ids checked per query;
//      target: versus-kb req/s >= PostGraphile's and p99 <= PostGraphile's p99, for each page;
//   g. recommendations (GET /api/recommendations?need=..., needs rotated): p95, target < 150 ms;
//   h. catalog reads (technologies, criteria, use cases, sources) from one client: p50 < 20 ms
//      (at most 100 requests, or 20 s, per path);
//   i. the ndjson export of every claim: claims/s (target >= 50,000) and the app's peak RSS while
//      it streams (sampled every 100 ms, target < 250 MB);
//   j. extraction of the longest seed article, in process (no process start): median < 300 ms;
// then what-ifs on the same data (bench/scale/experiments.mjs), the evidence for the fixes of any miss.
//
// Every section runs under a time budget (seconds, in BUDGETS below, times --budget-factor): when
// the budget runs out the section is stopped and recorded as `timeout` with what it had measured;
// a section that throws, gets non-2xx answers or errors, or takes the app down is recorded as
// such (`sections.<name>.status`), the app is restarted if it died, and the run goes on.
// After every section the results so far go to bench/results/scale.partial.json (also with
// --no-record), so an interrupted run keeps what it measured. At the end: bench/results/scale.json
// and bench/results/scale-<date>.md, both ignored by git (a person copies what is worth keeping into
// BENCHMARKS.md) (not with --no-record; --print-json then prints the
// results), each with the issue 13 item 4 targets: figure, PostGraphile's figure, target, met.
// With fewer than 500,000 claims page 10,000 does not exist: the deepest full page is measured and named.
//
// The scratch database is dropped and every process started here is stopped at the end, also on
// failure and on Ctrl-C. --reuse-db[=NAME] keeps it instead: the database NAME (default
// versus_kb_scale_reuse_<claims>_<sources>_<seed>; names must start with versus_kb_scale) is
// created and loaded on the first run and marked loaded (a COMMENT ON DATABASE with the load
// figures); the next run with --reuse-db finds the mark and skips the ~2-minute bulk load. A
// database without the mark (a load cut short) or loaded with other --claims/--sources/--seed is
// dropped and loaded again. --drop-db drops it at the end of the run.
import { AsyncLocalStorage } from 'node:async_hooks';
import { execFileSync, fork } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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
import { item4Targets, renderSummary, targetsOf } from './scale/report.mjs';

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
const BUDGET_FACTOR = Number(args.get('budget-factor') ?? 1);
if (!(BUDGET_FACTOR > 0)) throw new Error(`--budget-factor: not a positive number: ${args.get('budget-factor')}`);
const REUSE_DB = args.has('reuse-db') ? (args.get('reuse-db') === 'true' ? `versus_kb_scale_reuse_${CLAIMS}_${SOURCES}_${SEED}` : args.get('reuse-db')) : null;
if (REUSE_DB && !/^versus_kb_scale[a-z0-9_]*$/.test(REUSE_DB)) throw new Error(`--reuse-db=${REUSE_DB}: the name must start with versus_kb_scale (lower case, digits, _): the bench may drop it`);
const DROP_DB = !REUSE_DB || args.has('drop-db');
const CONNECTIONS = 32;
const PAGE_SIZE = 50;
const DEEP_PAGE = 10_000;
const SEQUENTIAL = 500;
/** Seconds each section may take (times --budget-factor); D = --duration. */
const BUDGETS = {
  prepare: 120,
  filteredPage: 2 * DURATION + 60,
  keyset: 3 * DURATION + 120,
  fullText: 2 * DURATION + 120,
  search: 150,
  peerFilteredPage: 4 * DURATION + 150,
  peerFullTextPage: 3 * DURATION + 90,
  recommendations: 2 * DURATION + 180,
  catalog: 120,
  ndjsonExport: 300,
  extraction: 120,
  sqlAndStatements: 300,
  floor: 3 * DURATION + 120,
  experiments: 600,
};
const CATALOG_MS_PER_PATH = 20_000;
const server = process.env.DATABASE_URL;
const cleanups = [];
const PARTIAL = path.join(root, 'bench', 'results', 'scale.partial.json');
const runStarted = Date.now();

function log(message) {
  process.stderr.write(`${message}\n`);
}

/** The run's record so far: written to scale.partial.json after every section. */
const run = {
  complete: false,
  command: `npm run bench:scale -- ${process.argv.slice(2).join(' ')}`.trim(),
  startedAt: new Date(runStarted).toISOString(),
  n: { claims: CLAIMS, sources: SOURCES },
  database: null,
  load: null,
  sections: {},
  figures: { connections: CONNECTIONS, durationSeconds: DURATION },
  explain: null,
  experiments: null,
};
const figures = run.figures;
/** What the summary needs besides the figures (the popular criterion, the pages measured). */
const ctx = { db: null, databaseUrl: null, app: null, totals: null };

function writePartial(extra = {}) {
  try {
    mkdirSync(path.dirname(PARTIAL), { recursive: true });
    const record = { ...run, ...extra, elapsedSeconds: Math.round((Date.now() - runStarted) / 1000), writtenAt: new Date().toISOString(), targets: safe(() => targetsOf(run, ctx)), item4: safe(() => item4Targets(run, ctx)) };
    writeFileSync(`${PARTIAL}.tmp`, JSON.stringify(record, null, 2) + '\n');
    renameSync(`${PARTIAL}.tmp`, PARTIAL);
  } catch (error) {
    log(`  could not write ${path.relative(root, PARTIAL)}: ${error.message}`);
  }
}

function safe(fn) {
  try {
    return fn();
  } catch (error) {
    return { error: error.message };
  }
}

// ---- sections: a time budget, a status, the app restarted if it died ----

class BudgetExceeded extends Error {}
/**
 * The section running now (for Ctrl-C), and the section a piece of work belongs to (async
 * context, so that work a timed-out section left running sees its own aborted signal, never the
 * next section's): its abort signal, what stops its load generators, the problems seen.
 */
let running = null;
const sectionContext = new AsyncLocalStorage();
const sectionNow = () => sectionContext.getStore() ?? null;
const signal = () => sectionNow()?.controller.signal;
const checkBudget = () => signal()?.throwIfAborted();
const appGone = (app) => !app || app.child.exitCode !== null || app.child.signalCode !== null;

/** The real app on the scratch database (as bench/run.mjs starts it). */
async function startApp(databaseUrl) {
  const app = await startServer({ DATABASE_URL: databaseUrl }, { cleanups, timeoutMs: 300_000 });
  log(`  app pid ${app.child.pid} on ${app.base}, ready in ${app.readyMs} ms`);
  return app;
}

/**
 * Runs `fn` as section `name` under its budget. Never throws (except when the run is being
 * interrupted): the outcome is recorded in run.sections[name].
 */
async function section(name, fn) {
  const budgetSeconds = Math.round(BUDGETS[name] * BUDGET_FACTOR);
  const record = { status: 'running', budgetSeconds, startedAt: new Date().toISOString() };
  run.sections[name] = record;
  const controller = new globalThis.AbortController();
  const me = { name, controller, stops: new Set(), issues: [] };
  running = me;
  writePartial();
  const started = performance.now();
  let timer;
  const budget = new Promise((_, reject) => {
    timer = setTimeout(() => {
      controller.abort(new BudgetExceeded(`budget of ${budgetSeconds} s used up`));
      reject(controller.signal.reason);
    }, budgetSeconds * 1000);
  });
  let timedOut = false;
  try {
    await Promise.race([sectionContext.run(me, () => fn(controller.signal)), budget]);
    record.status = me.issues.length ? 'errors' : 'ok';
  } catch (error) {
    if (interrupted) throw error;
    timedOut = error instanceof BudgetExceeded || controller.signal.reason instanceof BudgetExceeded;
    record.status = timedOut ? 'timeout' : 'failed';
    record.error = (timedOut ? controller.signal.reason : error).message;
    log(`  ${name}: ${record.status}: ${record.error}`);
  } finally {
    clearTimeout(timer);
    if (!controller.signal.aborted) controller.abort(new Error('section over'));
    for (const stop of me.stops) await Promise.resolve().then(stop).catch(() => undefined);
    running = null;
  }
  if (timedOut && ctx.db) await cancelQueries();
  if (me.issues.length) record.issues = me.issues;
  record.seconds = Math.round((performance.now() - started) / 100) / 10;
  // did the app die? (a failed fetch can come before the child's exit event: give it a few seconds)
  if (ctx.app && record.status !== 'ok' && !appGone(ctx.app)) {
    const app = ctx.app;
    await new Promise((resolve) => {
      const t = setTimeout(resolve, 5_000);
      app.child.once('exit', () => (clearTimeout(t), resolve()));
    });
  }
  if (ctx.app && appGone(ctx.app) && !interrupted) {
    record.appDied = { code: ctx.app.child.exitCode, signal: ctx.app.child.signalCode, flags: 'start:prod (--max-old-space-size=128)' };
    record.status = 'app-died'; // whatever failed besides (a fetch that found no server) followed from that
    log(`  ${name}: the app exited (code ${ctx.app.child.exitCode}, signal ${ctx.app.child.signalCode}): restarting it`);
    try {
      ctx.app = await startApp(ctx.databaseUrl);
      record.appRestartedReadyMs = ctx.app.readyMs;
    } catch (error) {
      record.appRestartFailed = error.message;
      log(`  could not restart the app: ${error.message}`);
    }
  }
  log(`  ${name}: ${record.status} in ${record.seconds} s`);
  writePartial();
}

/** Cancels whatever the bench's own connection is running (a timed-out EXPLAIN or experiment). */
async function cancelQueries() {
  const admin = new pg.Client({ connectionString: ctx.databaseUrl });
  try {
    await admin.connect();
    await admin.query('SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name = $1', ['bench-scale']);
  } catch (error) {
    log(`  cancel: ${error.message}`);
  } finally {
    await admin.end().catch(() => undefined);
  }
}

function noteIssue(issue) {
  sectionNow()?.issues.push(issue);
}

function percentile(sorted, p) {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const round = (ms) => (ms === null || ms === undefined ? null : Math.round(ms * 100) / 100);
const round2 = round;

/** fetch bounded by the section (its signal) and by `ms`. */
function boundedFetch(url, init = {}, ms = 60_000) {
  const s = signal();
  return fetch(url, { ...init, signal: s ? globalThis.AbortSignal.any([s, globalThis.AbortSignal.timeout(ms)]) : globalThis.AbortSignal.timeout(ms) });
}

/** autocannon at 32 connections; p95 comes from every response's own latency (autocannon's summary has no p95). */
function load(url, options = {}) {
  checkBudget();
  return new Promise((resolve, reject) => {
    const samples = [];
    const { keepSamples: _keep, ...rest } = options;
    const instance = autocannon({ url, connections: CONNECTIONS, duration: DURATION, ...rest }, (error, result) => {
      sectionNow()?.stops.delete(stop);
      signal()?.removeEventListener('abort', stop);
      if (error) return reject(error);
      samples.sort((a, b) => a - b);
      if (result.non2xx || result.errors || result.timeouts) {
        log(`  warning: ${url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
        noteIssue({ url, non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts, statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, v]) => [code, v.count])) });
      }
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
    const stop = () => instance.stop();
    sectionNow()?.stops.add(stop);
    signal()?.addEventListener('abort', stop, { once: true });
    cleanups.push(stop);
    instance.on('response', (_client, _status, _bytes, ms) => samples.push(ms));
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
async function sequential(url, n = SEQUENTIAL, keepTimes = false, init = {}) {
  const times = [];
  let failed = 0;
  for (let i = 0; i < n; i++) {
    checkBudget();
    const started = performance.now();
    const res = await boundedFetch(url, init);
    await res.arrayBuffer();
    times.push(performance.now() - started);
    if (!res.ok) failed++;
  }
  if (failed) noteIssue({ url, failed, of: n });
  times.sort((a, b) => a - b);
  return { n, p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), p99: round(percentile(times, 99)), failed, ...(keepTimes ? { times } : {}) };
}

/** `n` requests to each URL, alternating one by one, so that both see the same machine (drift in load hits both alike). */
async function alternating(urls, n = SEQUENTIAL) {
  const times = urls.map(() => []);
  const failed = urls.map(() => 0);
  for (let i = 0; i < n; i++) {
    for (const [j, url] of urls.entries()) {
      checkBudget();
      const started = performance.now();
      const res = await boundedFetch(url);
      await res.arrayBuffer();
      times[j].push(performance.now() - started);
      if (!res.ok) failed[j]++;
    }
  }
  urls.forEach((url, j) => failed[j] && noteIssue({ url, failed: failed[j], of: n }));
  return times.map((t, j) => {
    t.sort((a, b) => a - b);
    return { n, p50: round(percentile(t, 50)), p95: round(percentile(t, 95)), p99: round(percentile(t, 99)), failed: failed[j] };
  });
}

async function getJson(url, init = {}) {
  const res = await boundedFetch(url, init);
  if (!res.ok) throw new Error(`${url}: ${res.status} ${(await res.text()).slice(0, 300)}`);
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
    const kill = () => child.exitCode === null && child.signalCode === null && child.kill('SIGKILL');
    cleanups.push(kill);
    sectionNow()?.stops.add(kill);
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
    checkBudget();
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
  const res = await boundedFetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const json = await res.json();
  if (json.errors) throw new Error(`${url}: ${JSON.stringify(json.errors).slice(0, 500)}`);
  return json.data;
}

/**
 * The whole ndjson export as a client without Accept-Encoding (curl) reads it: lines (claims),
 * bytes, seconds, and the app's RSS sampled every 100 ms while it streams. If the section's
 * budget runs out first, `onProgress` has had the figures so far (with `stoppedAt` set).
 */
function exportNdjson(url, pid, onProgress = () => undefined) {
  return new Promise((resolve, reject) => {
    const rss = [];
    const sample = () => {
      const mb = rssMb(pid);
      if (mb !== null) rss.push(mb);
    };
    sample();
    const started = performance.now();
    let firstByteMs = null;
    let lines = 0;
    let bytes = 0;
    const figuresNow = () => {
      const ms = performance.now() - started;
      return { claims: lines, bytes, mb: Math.round(bytes / 2 ** 20), seconds: round(ms / 1000), firstByteMs: round(firstByteMs), claimsPerSecond: Math.round(lines / (ms / 1000)), rssMbBefore: rss[0] ?? null, rssMbPeak: rss.length ? Math.max(...rss) : null, rssSamples: rss.length };
    };
    const timer = setInterval(() => (sample(), onProgress({ ...figuresNow(), stoppedAt: 'in progress' })), 100);
    const req = http.get(url, { headers: { accept: 'application/x-ndjson' }, signal: signal() }, (res) => {
      if (res.statusCode !== 200) {
        clearInterval(timer);
        res.resume();
        noteIssue({ url, status: res.statusCode });
        return reject(new Error(`${url}: ${res.statusCode}`));
      }
      let last = 10;
      res.on('data', (chunk) => {
        firstByteMs ??= performance.now() - started;
        bytes += chunk.length;
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
        last = chunk[chunk.length - 1];
      });
      res.on('end', () => {
        clearInterval(timer);
        sample();
        if (last !== 10) lines++; // a last line without its newline
        resolve({ ...figuresNow(), contentType: res.headers['content-type'], contentEncoding: res.headers['content-encoding'] ?? 'identity' });
      });
      res.on('error', (error) => (clearInterval(timer), reject(error)));
    });
    req.setTimeout(600_000, () => req.destroy(new Error(`${url}: no byte for 600 s`)));
    req.on('error', (error) => (clearInterval(timer), onProgress({ ...figuresNow(), stoppedAt: error.message }), reject(error)));
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
    execFileSync(process.execPath, [path.join(root, 'dist', 'cli', 'kb.js'), 'extract', file], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, LOG_LEVEL: 'silent' }, timeout: 60_000 });
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

// ---- the scratch database: created and loaded, or reused (--reuse-db) ----

const MARK = 'versus-kb bench:scale loaded';

async function databaseExists(name) {
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  try {
    const { rows } = await admin.query(`SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`, [name]);
    return rows.length ? { comment: rows[0].comment } : null;
  } finally {
    await admin.end();
  }
}

async function markLoaded(name, load) {
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  try {
    const comment = JSON.stringify({ mark: MARK, claims: CLAIMS, sources: SOURCES, seed: SEED, loadedAt: new Date().toISOString(), load });
    await admin.query(`COMMENT ON DATABASE "${name}" IS ${pg.Client.prototype.escapeLiteral(comment)}`);
  } finally {
    await admin.end();
  }
}

/** Creates (or reuses) the scratch database and fills it; sets ctx.databaseUrl, ctx.db, run.load. */
async function setUpDatabase() {
  const name = REUSE_DB ?? `versus_kb_scale_${Date.now().toString(36)}`;
  const url = new URL(server);
  url.pathname = `/${name}`;
  let reused = null;
  if (REUSE_DB) {
    const existing = await databaseExists(name);
    let mark = null;
    try {
      mark = existing?.comment ? JSON.parse(existing.comment) : null;
    } catch {
      mark = null;
    }
    if (mark?.mark === MARK && mark.claims === CLAIMS && mark.sources === SOURCES && mark.seed === SEED) reused = mark;
    else if (existing) {
      log(`--reuse-db: ${name} exists but ${mark?.mark === MARK ? `holds ${mark.claims} claims / ${mark.sources} sources, seed ${mark.seed}` : 'is not marked loaded (a load cut short?)'}: dropping it and loading again`);
      await dropScratchDatabase(server, name);
    }
  }
  run.database = { name, reused: Boolean(reused), dropAtEnd: DROP_DB };
  if (!reused) await createScratchDatabase(server, name);
  if (DROP_DB) cleanups.unshift(() => dropScratchDatabase(server, name)); // runs last (cleanups run in reverse)
  ctx.databaseUrl = url.toString();
  log(`${reused ? 'reusing' : 'scratch'} database ${name}${DROP_DB ? '' : ' (kept at the end)'}; ${CLAIMS.toLocaleString('en')} claims over ${SOURCES.toLocaleString('en')} sources; ${DURATION} s x ${CONNECTIONS} connections per measure`);
  const db = new pg.Client({ connectionString: ctx.databaseUrl, application_name: 'bench-scale' });
  db.on('error', () => undefined); // the final DROP ... WITH (FORCE) may cut this connection
  await db.connect();
  cleanups.push(() => db.end());
  ctx.db = db;

  if (reused) {
    run.load = { ...reused.load, reused: true, loadedAt: reused.loadedAt };
  } else {
    // 1. schema, seed claims and taxonomy: the real app's first start
    const first = await startApp(ctx.databaseUrl);
    log(`app ready in ${first.readyMs} ms (migrations + seed); stopping it for the bulk load`);
    await first.stop();
    // 2. bulk load
    const loadFigures = await bulkLoad(db, { claims: CLAIMS, sources: SOURCES, seed: SEED, keepIndexes: args.has('keep-indexes'), log });
    loadFigures.firstStartReadyMs = first.readyMs;
    run.load = loadFigures;
    log(`loaded in ${(loadFigures.totalMs / 1000).toFixed(1)} s (${loadFigures.claimsPerSecond} claims/s; insert ${(loadFigures.insertMs / 1000).toFixed(1)} s, indexes ${(loadFigures.indexesTotalMs / 1000).toFixed(1)} s, vacuum analyze ${(loadFigures.vacuumAnalyzeMs / 1000).toFixed(1)} s); ${JSON.stringify(loadFigures.tableMb)} MB`);
  }
  const [totals] = (await db.query('SELECT (SELECT count(*) FROM claim)::int AS claims, (SELECT count(*) FROM source)::int AS sources')).rows;
  run.load.totalInDatabase = totals;
  run.n.inDatabase = totals;
  ctx.totals = totals;
  if (REUSE_DB && !reused) await markLoaded(name, run.load);
  writePartial();
}

// ---- the measures ----

async function main() {
  if (!server) {
    log('bench:scale needs DATABASE_URL: a PostgreSQL server URL (postgresql://user@host:5432/postgres); it creates and drops its own database there.');
    process.exitCode = 2;
    return;
  }
  const { encodeCursor } = await import(pathToFileURL(path.join(root, 'dist', 'common', 'pagination', 'cursor.js')).href);
  await setUpDatabase();
  const { db, databaseUrl, totals } = ctx;

  // 3. measure through the real app
  ctx.app = await startApp(databaseUrl);
  figures.appReadyMs = ctx.app.readyMs;
  log(`app ready in ${ctx.app.readyMs} ms on ${totals.claims.toLocaleString('en')} claims`);
  const api = (query) => `${ctx.app.base}/api/claims?${query}`;
  const ftsPath = (q) => `/api/claims?q=${encodeURIComponent(q)}&limit=${PAGE_SIZE}`;
  const searchPath = (q) => `/api/search?q=${encodeURIComponent(q)}`;

  // the pages measured: the most used criterion, the deepest page, their cursors (checked against the app)
  await section('prepare', async () => {
    const [popular] = (
      await db.query(`SELECT cr.id, cr.slug, count(*)::int AS claims FROM claim c JOIN criterion cr ON cr.id = c.criterion_id GROUP BY cr.id ORDER BY 3 DESC LIMIT 1`)
    ).rows;
    ctx.popular = popular;
    ctx.filteredQuery = `criterion=${popular.slug}&limit=${PAGE_SIZE}`;
    // page 10,000 of the unfiltered list (the deepest full page up to 10,000: with fewer claims than 500,000 the deepest there is)
    const deepPage = Math.max(2, Math.min(DEEP_PAGE, Math.floor(totals.claims / PAGE_SIZE)));
    const afterIdOf = async (page, where = '', params = []) => {
      const { rows } = await db.query(`SELECT c.id FROM claim c ${where} ORDER BY c.id OFFSET $${params.length + 1} LIMIT 1`, [...params, (page - 1) * PAGE_SIZE - 1]);
      return rows[0].id;
    };
    const cursorOf = async (...a) => encodeCursor(await afterIdOf(...a));
    ctx.deepPage = deepPage;
    ctx.deepAfterId = await afterIdOf(deepPage);
    ctx.deepCursor = encodeCursor(ctx.deepAfterId);
    const page1 = await getJson(api(`limit=${PAGE_SIZE}`));
    if (page1.nextCursor !== (await cursorOf(2))) throw new Error(`cursor check: the app's page-1 nextCursor ${page1.nextCursor} is not the one computed here`);
    const deep = await getJson(api(`limit=${PAGE_SIZE}&cursor=${ctx.deepCursor}`));
    const [{ id: expectedFirst }] = (await db.query('SELECT id FROM claim ORDER BY id OFFSET $1 LIMIT 1', [(deepPage - 1) * PAGE_SIZE])).rows;
    if (deep.items[0]?.id !== expectedFirst) throw new Error(`cursor check: page ${deepPage} starts at ${deep.items[0]?.id}, expected ${expectedFirst}`);
    // the same with a filter: the popular criterion, as deep as it goes (up to page 10,000)
    ctx.filteredDeepPage = Math.min(DEEP_PAGE, Math.floor(popular.claims / PAGE_SIZE));
    const filteredDeepCursor = ctx.filteredDeepPage > 1 ? await cursorOf(ctx.filteredDeepPage, 'WHERE c.criterion_id = $1', [popular.id]) : null;
    ctx.filteredDeepQuery = `${ctx.filteredQuery}${filteredDeepCursor ? `&cursor=${filteredDeepCursor}` : ''}`;
  });
  if (!ctx.popular || !ctx.deepCursor || !ctx.filteredDeepQuery) throw new Error(`prepare: ${run.sections.prepare.error ?? 'incomplete'}: nothing to measure`);
  const { popular, filteredQuery, deepPage, deepCursor, filteredDeepPage, filteredDeepQuery } = ctx;

  // a. filtered page, the most used criterion
  log(`a. filtered page ?${filteredQuery} (${popular.claims.toLocaleString('en')} matching claims)`);
  await section('filteredPage', async () => {
    await sequential(api(filteredQuery), 20);
    figures.filteredPage = { query: filteredQuery, matchingClaims: popular.claims };
    figures.filteredPage.load = await load(api(filteredQuery));
    figures.filteredPage.sequential = await sequential(api(filteredQuery), 200);
  });

  // b. keyset: page 1 and page 10,000 of the unfiltered list (cursor = the last id of the page before, encoded as the app does)
  log(`b. keyset page 1 vs page ${deepPage.toLocaleString('en')} (limit ${PAGE_SIZE}, no filter; cursor ${deepCursor})`);
  await section('keyset', async () => {
    const k = { limit: PAGE_SIZE, filter: 'none', deepPage, page1: { query: `limit=${PAGE_SIZE}` }, deep: { query: `limit=${PAGE_SIZE}&cursor=${deepCursor}` } };
    figures.keyset = k;
    [k.page1.load, k.deep.load] = await loadInTurns([api(`limit=${PAGE_SIZE}`), api(`limit=${PAGE_SIZE}&cursor=${deepCursor}`)]);
    k.ratioP50 = round(k.deep.load.p50 / k.page1.load.p50);
    [k.page1.sequential, k.deep.sequential] = await alternating([api(`limit=${PAGE_SIZE}`), api(`limit=${PAGE_SIZE}&cursor=${deepCursor}`)]);
    k.ratioP50Sequential = round(k.deep.sequential.p50 / k.page1.sequential.p50);
    const [page1, deep] = await alternating([api(filteredQuery), api(filteredDeepQuery)]);
    k.filtered = { query: filteredQuery, deepPage: filteredDeepPage, page1, deep, ratioP50Sequential: round(deep.p50 / page1.p50) };
  });

  // c. full text: the queries rotated over every connection; then each alone, one at a time
  log(`c. full text: ${FTS_QUERIES.map((q) => JSON.stringify(q)).join(', ')}`);
  await section('fullText', async () => {
    for (const q of FTS_QUERIES) await sequential(`${ctx.app.base}${ftsPath(q)}`, 3);
    figures.fullText = { queries: FTS_QUERIES };
    figures.fullText.load = await load(`${ctx.app.base}${ftsPath(FTS_QUERIES[0])}`, { requests: FTS_QUERIES.map((q) => ({ method: 'GET', path: ftsPath(q) })) });
    const perQuery = [];
    for (const q of FTS_QUERIES) {
      // the app's own condition (claims.repository.ts: the stored search_vector column and its GIN index)
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM claim c WHERE c.search_vector @@ websearch_to_tsquery('english', $1)`, [q]);
      perQuery.push({ q, matchingClaims: rows[0].n, ...(await sequential(`${ctx.app.base}${ftsPath(q)}`, 30, true)) });
    }
    const pooled = perQuery.flatMap(({ times }) => times).sort((a, b) => a - b);
    for (const q of perQuery) delete q.times;
    figures.fullText.sequential = { n: pooled.length, p50: round(percentile(pooled, 50)), p95: round(percentile(pooled, 95)), p99: round(percentile(pooled, 99)) };
    figures.fullText.perQuery = perQuery;
  });

  // /api/search ranks every match (claims and sources): one request at a time, each query twice
  log('   /api/search, one request at a time (reported, no target)');
  await section('search', async () => {
    const searchTimes = [];
    const searchStatus = {};
    figures.search = { queries: FTS_QUERIES, requests: searchTimes };
    for (let round = 0; round < 2; round++) {
      if (round > 0 && Math.max(...searchTimes.map((t) => t.ms)) > 5_000) break; // slow: one round is enough
      for (const q of FTS_QUERIES) {
        checkBudget();
        const started = performance.now();
        const res = await boundedFetch(`${ctx.app.base}${searchPath(q)}`).catch((error) => ({ status: error.name, ok: false, arrayBuffer: async () => null }));
        await res.arrayBuffer();
        searchTimes.push({ q, ms: round2(performance.now() - started), status: res.status });
        searchStatus[res.status] = (searchStatus[res.status] ?? 0) + 1;
        if (!res.ok) noteIssue({ url: searchPath(q), status: res.status });
      }
    }
    const searchSorted = searchTimes.map((t) => t.ms).sort((a, b) => a - b);
    figures.search.sequential = { n: searchTimes.length, p50: percentile(searchSorted, 50), p95: percentile(searchSorted, 95), max: searchSorted.at(-1), status: searchStatus };
  });
  figures.rssMbAfterLoad = rssMb(ctx.app.child.pid);

  // f. PostGraphile 4 on the same data, in turns with versus-kb (response cache bypassed: resolvers and SQL every time)
  log('f. versus-kb vs PostGraphile 4 on the same data, in turns: the filtered page, then the full-text page');
  let peer = null;
  figures.peer = { peer: 'PostGraphile 4.14.1 (bench/postgraphile), default options, same scratch database' };
  const post = (body, headers = {}) => ({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  await section('peerFilteredPage', async () => {
    // the full-text peer's functions first: PostGraphile reads the schema once, when it starts
    await createPeerSearchFunctions(db);
    const peerStarted = Date.now();
    peer = await startPostgraphile(databaseUrl, { cleanups, log, timeoutMs: 300_000 });
    figures.peer.peerReadyMs = Date.now() - peerStarted;
    const claimNode = 'id quote source { slug title } technology { slug name }';
    const ourGraphqlBody = JSON.stringify({ query: `{ claims(filter: { criterion: "${popular.slug}" }, first: ${PAGE_SIZE}) { edges { node { ${claimNode} } } } }` });
    const peerBody = JSON.stringify({
      query: `{ allClaims(condition: { criterionId: ${popular.id} }, first: ${PAGE_SIZE}, orderBy: ID_ASC) { edges { node { id quote sourceBySourceId { slug title } technologyByTechnologyId { slug name } } } } }`,
    });
    const restIds = (await getJson(api(filteredQuery))).items.map((c) => c.id);
    const ourIds = (await graphqlData(`${ctx.app.base}/graphql`, ourGraphqlBody, { 'cache-control': 'no-cache' })).claims.edges.map((e) => e.node.id);
    const peerIds = (await graphqlData(`${peer.base}/graphql`, peerBody)).allClaims.edges.map((e) => e.node.id);
    // the same claims from all three, or the comparison means nothing
    if (JSON.stringify(peerIds) !== JSON.stringify(ourIds) || JSON.stringify(restIds) !== JSON.stringify(ourIds)) {
      throw new Error(`the three answers differ: REST ${restIds.slice(0, 3)}..., GraphQL ${ourIds.slice(0, 3)}..., PostGraphile ${peerIds.slice(0, 3)}...`);
    }
    const targets = [
      { url: api(filteredQuery), options: { headers: { 'cache-control': 'no-cache' } } },
      { url: `${ctx.app.base}/graphql`, options: post(ourGraphqlBody, { 'cache-control': 'no-cache' }) },
      { url: `${peer.base}/graphql`, options: post(peerBody) },
    ];
    for (const t of targets) await load(t.url, { ...t.options, duration: 2 }); // warm-up, not recorded
    const [rest, graphql, postgraphile] = await loadInTurns(targets);
    figures.peer.filteredPage = {
      versusKbRest: { query: `GET /api/claims?${filteredQuery} (Cache-Control: no-cache)`, load: rest },
      versusKbGraphql: { query: JSON.parse(ourGraphqlBody).query, headers: 'Cache-Control: no-cache', load: graphql },
      postgraphile: { query: JSON.parse(peerBody).query, load: postgraphile },
      sameClaims: true,
      rpsRatioRest: round(rest.rps / postgraphile.rps),
      rpsRatioGraphql: round(graphql.rps / postgraphile.rps),
    };
  });
  if (run.sections.peerFilteredPage.status !== 'ok') figures.peer.error = run.sections.peerFilteredPage.error ?? run.sections.peerFilteredPage.status;

  // the full-text page: GET /api/claims?q=...&limit=50 against searchClaims(q, first: 50) with the REST item's fields
  await section('peerFullTextPage', async () => {
    if (!peer || appGone(peer)) {
      await createPeerSearchFunctions(db);
      peer = await startPostgraphile(databaseUrl, { cleanups, log, timeoutMs: 300_000 });
    }
    const peerFields = `id kind statement quote quoteStart quoteEnd rating score outcome question answer qualifiers
      sourceBySourceId { slug title publishedOn publishedPrecision }
      criterionByCriterionId { slug name category } useCaseByUseCaseId { slug name }
      technologyByTechnologyId { slug name } technologyByWinnerId { slug name }
      claimMentionsByClaimId(orderBy: TECHNOLOGY_ID_ASC) { nodes { technologyByTechnologyId { slug name } } }`;
    const peerQuery = (q) => `{ searchClaims(q: ${JSON.stringify(q)}, first: ${PAGE_SIZE}) { nodes { ${peerFields} snippet(q: ${JSON.stringify(q)}) } } }`;
    const peerBody = (q) => JSON.stringify({ query: peerQuery(q).replace(/\s+/g, ' ') });
    // the same claims, in the same order, for every query
    const sameIds = {};
    for (const q of FTS_QUERIES) {
      const ours = (await getJson(`${ctx.app.base}${ftsPath(q)}`, { headers: { 'cache-control': 'no-cache' } })).items.map((c) => c.id);
      const theirs = (await graphqlData(`${peer.base}/graphql`, peerBody(q))).searchClaims.nodes.map((n) => n.id);
      if (JSON.stringify(ours) !== JSON.stringify(theirs)) throw new Error(`q=${q}: versus-kb answers ${ours.length} claims (${ours.slice(0, 3)}...), PostGraphile ${theirs.length} (${theirs.slice(0, 3)}...)`);
      sameIds[q] = ours.length;
    }
    const noCache = { 'cache-control': 'no-cache' };
    const targets = [
      { url: `${ctx.app.base}${ftsPath(FTS_QUERIES[0])}`, options: { headers: noCache, requests: FTS_QUERIES.map((q) => ({ method: 'GET', path: ftsPath(q), headers: noCache })) } },
      { url: `${peer.base}/graphql`, options: { ...post(peerBody(FTS_QUERIES[0])), requests: FTS_QUERIES.map((q) => ({ ...post(peerBody(q)), path: '/graphql' })) } },
    ];
    for (const t of targets) await load(t.url, { ...t.options, duration: 2 }); // warm-up, not recorded
    const [ours, postgraphile] = await loadInTurns(targets);
    figures.peer.fullTextPage = {
      queries: FTS_QUERIES,
      versusKbRest: { query: `GET ${ftsPath('<q>')} (Cache-Control: no-cache)`, load: ours },
      postgraphile: { query: peerQuery('<q>').replace(/\s+/g, ' '), functions: PEER_SEARCH_FUNCTIONS.map((f) => f.replace(/\s+/g, ' ')), load: postgraphile },
      sameClaims: sameIds,
      rpsRatio: round(ours.rps / postgraphile.rps),
      p99Ratio: round(ours.p99 / postgraphile.p99),
    };
  });
  if (peer) {
    figures.peer.rssMbAfterLoad = rssMb(peer.child.pid);
    await peer.stop();
  }

  // g. recommendations, needs rotated (matching the synthetic use cases and vocabulary), response cache bypassed
  log(`g. recommendations: ${RECOMMENDATION_NEEDS.map((n) => JSON.stringify(n)).join(', ')}`);
  const recPath = (need) => `/api/recommendations?need=${encodeURIComponent(need)}`;
  const noCache = { 'cache-control': 'no-cache' };
  await section('recommendations', async () => {
    const rec = { needs: RECOMMENDATION_NEEDS, headers: 'Cache-Control: no-cache' };
    figures.recommendations = rec;
    const recFirst = performance.now();
    const recFirstRes = await boundedFetch(`${ctx.app.base}${recPath(RECOMMENDATION_NEEDS[0])}`, { headers: noCache }).catch((error) => {
      rec.error = `the first request failed: ${error.cause?.message ?? error.message}`;
      throw error;
    });
    const recFirstBody = await recFirstRes.json();
    rec.firstRequestMs = round(performance.now() - recFirst);
    if (!recFirstRes.ok) {
      rec.error = `recommendations: ${recFirstRes.status} ${JSON.stringify(recFirstBody).slice(0, 300)}`;
      throw new Error(rec.error);
    }
    rec.answers = {};
    for (const need of RECOMMENDATION_NEEDS) {
      const res = await boundedFetch(`${ctx.app.base}${recPath(need)}`, { headers: noCache });
      const body = await res.json();
      const ranked = body.ranking ?? body.recommendations ?? body.technologies ?? body.items ?? [];
      rec.answers[need] = { status: res.status, top: Array.isArray(ranked) ? ranked.slice(0, 3).map((r) => r.slug ?? r.technology?.slug ?? r.name) : null, bytes: JSON.stringify(body).length };
    }
    // one at a time: 10 rounds of every need (fewer if that takes over a minute)
    const recTimes = [];
    const recPerNeed = Object.fromEntries(RECOMMENDATION_NEEDS.map((n) => [n, []]));
    const recStarted = performance.now();
    let failed = 0;
    for (let i = 0; i < 10 && (i < 2 || performance.now() - recStarted < 60_000); i++) {
      for (const need of RECOMMENDATION_NEEDS) {
        checkBudget();
        const started = performance.now();
        const res = await boundedFetch(`${ctx.app.base}${recPath(need)}`, { headers: noCache });
        await res.arrayBuffer();
        if (!res.ok) failed++;
        recTimes.push(performance.now() - started);
        recPerNeed[need].push(performance.now() - started);
      }
    }
    if (failed) noteIssue({ url: recPath('<need>'), failed, of: recTimes.length });
    recTimes.sort((a, b) => a - b);
    for (const [need, times] of Object.entries(recPerNeed)) {
      times.sort((a, b) => a - b);
      rec.answers[need].oneAtATime = { n: times.length, p50: round(percentile(times, 50)), p95: round(percentile(times, 95)) };
    }
    rec.sequential = { n: recTimes.length, p50: round(percentile(recTimes, 50)), p95: round(percentile(recTimes, 95)), p99: round(percentile(recTimes, 99)), failed };
    // then at 32 connections; autocannon stops at the end while the app still computes the requests in flight:
    // one more request waits for that backlog, so that the next measures start on an idle app
    rec.load = await load(`${ctx.app.base}${recPath(RECOMMENDATION_NEEDS[0])}`, { headers: noCache, requests: RECOMMENDATION_NEEDS.map((n) => ({ method: 'GET', path: recPath(n), headers: noCache })) });
    const drainStarted = performance.now();
    await (await boundedFetch(`${ctx.app.base}${recPath(RECOMMENDATION_NEEDS[0])}`, { headers: noCache }, 120_000)).arrayBuffer();
    rec.drainAfterLoadMs = round(performance.now() - drainStarted);
    if (rec.load.requests < 20 * RECOMMENDATION_NEEDS.length) log(`   note: only ${rec.load.requests} recommendations answered in ${DURATION} s at ${CONNECTIONS} connections (requests still running at the end are not counted)`);
  });
  if (run.sections.recommendations.appDied) {
    figures.recommendations.appExited = run.sections.recommendations.appDied;
    figures.recommendations.error ??= run.sections.recommendations.error;
    figures.appRestartedAfterRecommendationsReadyMs = run.sections.recommendations.appRestartedReadyMs;
  }

  // h. catalog reads from one client, response cache bypassed (at most 100 requests, or 20 s, per path)
  log('h. catalog reads, one client, Cache-Control: no-cache');
  await section('catalog', async (s) => {
    figures.catalog = await catalogLatency(ctx.app.base, QUICK ? 40 : 100, { maxMsPerPath: CATALOG_MS_PER_PATH, signal: s });
    const capped = CATALOG_PATHS.filter((p) => figures.catalog[p].capped);
    if (capped.length) log(`   request cap hit (${CATALOG_MS_PER_PATH / 1000} s per path): ${capped.map((p) => `${p} after ${figures.catalog[p].n}`).join(', ')}`);
  });

  // i. the ndjson export of every claim, the app's RSS sampled every 100 ms
  log(`i. ndjson export of all ${totals.claims.toLocaleString('en')} claims (RSS every 100 ms)`);
  await section('ndjsonExport', async () => {
    const base = { url: '/api/claims?format=ndjson' };
    figures.ndjsonExport = await exportNdjson(api('format=ndjson'), ctx.app.child.pid, (so) => (figures.ndjsonExport = { ...base, ...so })).then((f) => ({ ...base, ...f }));
    const ex = figures.ndjsonExport;
    log(`   ${ex.claims.toLocaleString('en')} claims in ${ex.seconds} s = ${ex.claimsPerSecond.toLocaleString('en')}/s, ${ex.mb} MB, peak RSS ${ex.rssMbPeak} MB`);
    if (ex.claims !== totals.claims) {
      log(`   warning: the export has ${ex.claims} lines, the database ${totals.claims} claims`);
      noteIssue({ url: base.url, lines: ex.claims, claims: totals.claims });
    }
  });

  // j. extraction of the longest seed article, in this process (no database, no process start)
  log('j. extraction of the longest seed article');
  await section('extraction', async () => {
    figures.extraction = await extractionTimes();
  });
  if (!appGone(ctx.app)) await ctx.app.stop();
  ctx.app = null;

  // d + e. the app's own SQL for each request (EXPLAIN), and statements per GraphQL request
  log('d. EXPLAIN of the SQL the app sends; e. statements per GraphQL list request');
  let seen = null;
  await section('sqlAndStatements', async () => {
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
    seen = await inProcess(databaseUrl, { requests, graphql });
    const answered = seen.statements.filter((s) => !s.errors);
    const shapes = [...new Set(answered.map((s) => s.shape))].map((shape) => {
      const runs = answered.filter((s) => s.shape === shape);
      const counts = Object.fromEntries(runs.map((s) => [s.requested, s.statements]));
      return { shape, statements: counts, items: Object.fromEntries(runs.map((s) => [s.requested, s.items])), constant: new Set(Object.values(counts)).size === 1 };
    });
    const refused = seen.statements.filter((s) => s.errors).map((s) => ({ shape: s.shape, requested: s.requested, errors: s.errors }));
    figures.graphqlStatements = { shapes, refused, detail: seen.statements };
    run.explain = {};
    for (const [key, { url, status, statements }] of Object.entries(seen.sql)) {
      run.explain[key] = { url, status, statements: [] };
      for (const statement of statements) run.explain[key].statements.push(await explain(db, statement));
    }
  });

  // the floor under the app: the filtered page's SQL from a bare node:http + pg server, as the app sends it and narrowed
  const filteredStatement = seen?.sql.filteredPage?.statements.find((st) => /FROM claim c/.test(st.sql));
  if (filteredStatement) {
    log('   floor: the filtered page SQL from a bare node:http + pg server (as sent, and narrowed to claim + source)');
    await section('floor', async () => {
      const floorOf = async (sql, params) => {
        const port = await freePort();
        const child = fork(path.join(root, 'bench', 'scale', 'floor-server.mjs'), [], {
          cwd: root,
          env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), FLOOR_SQL: sql, FLOOR_PARAMS: JSON.stringify(params) },
          stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
        });
        const stop = () => stopChild(child);
        cleanups.push(stop);
        sectionNow()?.stops.add(stop);
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
      const narrow = narrowList('c.criterion_id = ANY($1::int[])', [[popular.id]], PAGE_SIZE + 1);
      figures.floor = { asSent: await floorOf(filteredStatement.sql, filteredStatement.params) };
      figures.floor.narrow = await floorOf(narrow.sql, narrow.params);
    });
  }

  // what-ifs (they may change the scratch database's schema, so they come last)
  if (!args.has('no-experiments') && seen) {
    log('what-ifs on the same data (bench/scale/experiments.mjs)');
    await section('experiments', async () => {
      run.experiments = await runExperiments(db, seen.sql, { criterionId: popular.id, deepAfterId: ctx.deepAfterId, limit: PAGE_SIZE, log });
    });
  }

  // results
  run.machine = { cpus: cpus().length, model: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, postgres: (await db.query('SHOW server_version')).rows[0].server_version };
  run.date = new Date().toISOString();
  run.mode = QUICK ? 'quick' : 'full';
  run.seed = SEED;
  run.complete = true;
  run.runSeconds = Math.round((Date.now() - runStarted) / 1000);
  const result = { ...run, targets: targetsOf(run, ctx), item4: item4Targets(run, ctx) };
  writePartial();
  const text = renderSummary(result, ctx, { CONNECTIONS, DURATION, PAGE_SIZE });
  if (RECORD) {
    mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
    writeFileSync(path.join(root, 'bench', 'results', 'scale.json'), JSON.stringify(result, null, 2) + '\n');
    writeFileSync(path.join(root, 'bench', 'results', `scale-${run.date.replace(/[:.]/g, '-')}.md`), text);
  } else {
    log('--no-record: nothing written under bench/results/');
    if (args.has('print-json')) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  }
  process.stdout.write(text + '\n');
}

/** The full-text peer: PostGraphile 4 exposes these as Query.searchClaims(q) (a connection) and Claim.snippet(q). */
const PEER_SEARCH_FUNCTIONS = [
  // the app's `q=` condition (claims.repository.ts conditions(): the stored column, its GIN index), in the app's order (id)
  `CREATE OR REPLACE FUNCTION search_claims(q text) RETURNS SETOF claim LANGUAGE sql STABLE AS $$
     SELECT c.* FROM claim c WHERE c.search_vector @@ websearch_to_tsquery('english', q) ORDER BY c.id
   $$`,
  // the app's snippet (claims.repository.ts page(): ts_headline over the quote)
  `CREATE OR REPLACE FUNCTION claim_snippet(c claim, q text) RETURNS text LANGUAGE sql STABLE AS $$
     SELECT ts_headline('english', c.quote, websearch_to_tsquery('english', q), 'StartSel=<b>, StopSel=</b>, MaxFragments=2')
   $$`,
];

async function createPeerSearchFunctions(db) {
  for (const statement of PEER_SEARCH_FUNCTIONS) await db.query(statement);
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

for (const name of ['SIGINT', 'SIGTERM']) {
  process.once(name, () => {
    interrupted = true;
    const during = running?.name ?? null;
    if (during) run.sections[during] = { ...run.sections[during], status: 'interrupted' };
    writePartial({ interrupted: { signal: name, during, at: new Date().toISOString() } });
    log(`${name}: results so far in ${path.relative(root, PARTIAL)}; stopping the app${DROP_DB ? ' and dropping the scratch database' : ` (keeping the database ${run.database?.name ?? ''})`}`);
    running?.controller.abort(new Error(name));
    process.exitCode = 130;
    cleanup().finally(() => process.exit(130));
  });
}

main()
  .catch((error) => {
    if (interrupted) return; // the cleanup cut what was running
    log(error.stack ?? String(error));
    writePartial({ failed: error.message });
    process.exitCode = 1;
  })
  .finally(async () => {
    await cleanup();
    setTimeout(() => process.exit(process.exitCode ?? 0), 200).unref();
  });
