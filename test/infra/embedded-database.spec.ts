import { mkdtempSync, rmSync } from 'node:fs';
import { startEmbeddedServer as startServer, stopProcess as stop } from '../helpers/processes.js';
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

async function getJson(url: string): Promise<any> {
  const res = await fetch(url);
  expect(res.status).toBe(200);
  return res.json();
}
