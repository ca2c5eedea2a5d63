// What both benchmarks share: how the server is started and waited for.
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

/** Resolves with the milliseconds until `url` answered 2xx; rejects if `child` exits first or after `timeoutMs`. */
export async function waitFor(url, child, timeoutMs = 120_000) {
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
  throw new Error(`${url} not ready after ${timeoutMs} ms`);
}
