// What both benchmarks share: how the server is started, waited for, measured and stopped.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The node flags and environment `npm run start:prod` runs the server with (memory bounds), so the benches measure that. */
const startWords = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts['start:prod'].split(/\s+/);
export const START_FLAGS = startWords.filter((word) => word.startsWith('--'));
export const START_ENV = Object.fromEntries(startWords.filter((word) => /^[A-Z_]+=/.test(word)).map((word) => word.split('=')));

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
 * The real app (`node dist/main.js` with start:prod's flags and environment) on a free port,
 * resolved once /ready answers. Its stop is pushed onto `cleanups` before the wait, so a
 * failed start is cleaned up too.
 */
export async function startApp(env, { cleanups, timeoutMs = 120_000 }) {
  const port = await freePort();
  const started = Date.now();
  const child = spawn(process.execPath, [...START_FLAGS, 'dist/main.js'], {
    cwd: root,
    env: { ...process.env, ...START_ENV, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', KB_RATE_LIMIT_PER_MINUTE: '0', NODE_ENV: 'production' },
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
