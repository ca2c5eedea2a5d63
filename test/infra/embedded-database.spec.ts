import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { collectOutput, freePort, waitUntilReady } from '../helpers/processes.js';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The zero-configuration path: no DATABASE_URL, so the built app starts PGlite on KB_DATA_DIR,
 * migrates, seeds, serves; a restart finds the same data; a second process is refused the directory.
 */
describe('embedded database (no DATABASE_URL)', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'versus-kb-embedded-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('serves the seeded sources, keeps them across a restart and locks its data directory', async () => {
    const first = await startServer(dataDir);
    const sources = await getJson(first.url + '/api/sources');
    expect(sources.items.length).toBeGreaterThanOrEqual(5);
    expect(sources.items.every((s: { claimCount: number }) => s.claimCount > 0)).toBe(true);
    expect((await fetch(first.url + '/ready')).status).toBe(200);
    // the OpenAPI docs UI (served by the real process; jest's loader cannot import @fastify/static)
    const docs = await fetch(first.url + '/api/docs');
    expect(docs.status).toBe(200);
    expect(await docs.text()).toMatch(/swagger/i);

    const second = await startServer(dataDir).catch((error: Error) => error);
    expect(second).toBeInstanceOf(Error);
    expect((second as Error).message).toMatch(/in use by process/);

    expect(await stop(first.child)).toBe(0);

    const restarted = await startServer(dataDir);
    const again = await getJson(restarted.url + '/api/sources');
    expect(again.items.map((s: { slug: string }) => s.slug).sort()).toEqual(sources.items.map((s: { slug: string }) => s.slug).sort());
    expect(await stop(restarted.child)).toBe(0);
  }, 120_000);
});

async function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, KB_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['dist/main.js'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = collectOutput(child);
  const url = `http://127.0.0.1:${port}`;
  await waitUntilReady(`${url}/ready`, child, output);
  return { child, url };
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

async function getJson(url: string): Promise<any> {
  const res = await fetch(url);
  expect(res.status).toBe(200);
  return res.json();
}
