import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A port nothing listens on right now (loopback). */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Everything a child process prints (the last 2,000 characters), for failure messages. */
export function collectOutput(child: ChildProcess): () => string {
  let text = '';
  child.stdout?.on('data', (d) => (text += d));
  child.stderr?.on('data', (d) => (text += d));
  return () => text.slice(-2000);
}

/** Resolves when `url` answers 200; rejects when the process exits first or after `timeoutMs`. */
export async function waitUntilReady(url: string, child: ChildProcess, output: () => string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${output()}`);
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`${url} not ready in ${timeoutMs / 1000} s: ${output()}`);
}

/** What `npm start` runs: the server bundle scripts/bundle.mjs makes from dist/main.js. */
export const SERVER_ENTRY = process.env.KB_TEST_SERVER_ENTRY ?? 'dist/bundle/main.js';

/** The built server (SERVER_ENTRY) on the embedded database in `dataDir`, on a free loopback port, ready. */
export async function startEmbeddedServer(dataDir: string, options: { seed?: boolean; timeoutMs?: number } = {}): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, KB_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', KB_SEED_ON_START: String(options.seed ?? true) };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [SERVER_ENTRY], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = collectOutput(child);
  const url = `http://127.0.0.1:${port}`;
  await waitUntilReady(`${url}/ready`, child, output, options.timeoutMs);
  return { child, url };
}

/** SIGTERM, then the exit code. */
export function stopProcess(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}
