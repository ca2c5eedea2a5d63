// What both benchmarks share: how the server is started, waited for, measured and stopped.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');


/** A loopback port nothing listens on right now. */
export function freePort() {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * Resolves with the milliseconds until `url` answered 2xx (fetched with `init`); rejects if
 * `child` exits first or after `timeoutMs`.
 */
export async function waitFor(url, child, timeoutMs = 120_000, init = undefined) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`${url}: process exited ${child.exitCode}`);
    try {
      if ((await fetch(url, init)).ok) return Date.now() - started;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms`);
}

/** SIGTERM to `child`, resolved when it has exited (at once if it already has). */
export function stopChild(child) {
  return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : (child.once('exit', resolve), child.kill('SIGTERM'))));
}

/**
 * The real app as `npm run start:prod` starts it (scripts/serve.sh: its memory settings, then
 * `exec node … dist/bundle/main.js`, so the child's pid is the server's) on a free port,
 * resolved once /ready answers. Its stop is pushed onto `cleanups` before the wait, so a
 * failed start is cleaned up too.
 */
export async function startApp(env, { cleanups, timeoutMs = 120_000 }) {
  const port = await freePort();
  const started = Date.now();
  const child = spawn('sh', ['scripts/serve.sh'], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', KB_RATE_LIMIT_PER_MINUTE: '0', NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = () => stopChild(child);
  cleanups.push(stop);
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/ready`, child, timeoutMs);
  return { base, child, readyMs: Date.now() - started, stop };
}

/** Resident memory of a process in MB, or null once it has gone. */
export function rssMb(pid) {
  try {
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024);
  } catch {
    return null;
  }
}

/**
 * PostGraphile 4 on the database `databaseUrl`, on a free port, resolved once it answers. It has
 * its own install under bench/postgraphile (made here on first use): PostGraphile 4 needs
 * graphql 15, and installed beside the app's graphql 16 npm splits it into several graphql
 * copies that reject each other's types. Its stop is pushed onto `cleanups`.
 */
export async function startPostgraphile(databaseUrl, { cleanups, log = () => undefined, timeoutMs = 60_000 }) {
  const dir = path.join(root, 'bench', 'postgraphile');
  if (!existsSync(path.join(dir, 'node_modules', 'postgraphile'))) {
    log('installing PostGraphile 4 (npm ci in bench/postgraphile)');
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(dir, 'node_modules', 'postgraphile', 'cli.js'), '-c', databaseUrl, '--host', '127.0.0.1', '--port', String(port), '--disable-query-log', '--disable-graphiql'], {
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = () => stopChild(child);
  cleanups.push(stop);
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/graphql`, child, timeoutMs, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
  return { base, child, stop };
}

/** The catalog reads a client lists first; each measured with the response cache bypassed. */
export const CATALOG_PATHS = ['/api/technologies', '/api/criteria', '/api/use-cases', '/api/sources'];

/**
 * p50 / p95 (ms) of each catalog list from one client, one request at a time (`requests` after 5
 * unrecorded), with Cache-Control: no-cache (so the counts are computed, not served from the
 * response cache). Optional bounds: `maxMsPerPath` stops a path's loop once that much time has
 * passed (its figures then cover the requests made, `n`, with `capped: 'time'`); `signal` aborts.
 */
export async function catalogLatency(base, requests = 100, { maxMsPerPath = Infinity, signal } = {}) {
  const result = {};
  for (const p of CATALOG_PATHS) {
    const times = [];
    const started = performance.now();
    let capped = null;
    for (let i = 0; i < requests + 5; i++) {
      signal?.throwIfAborted();
      if (performance.now() - started > maxMsPerPath && times.length) {
        capped = 'time';
        break;
      }
      const t = performance.now();
      const res = await fetch(`${base}${p}`, { headers: { 'cache-control': 'no-cache' }, signal });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${p}: ${res.status}`);
      if (i >= 5 || (i < 5 && performance.now() - started > maxMsPerPath)) times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    result[p] = {
      p50: +times[Math.floor(times.length * 0.5)].toFixed(2),
      p95: +times[Math.floor(times.length * 0.95)].toFixed(2),
      ...(Number.isFinite(maxMsPerPath) ? { n: times.length, capped } : {}),
    };
  }
  return result;
}
