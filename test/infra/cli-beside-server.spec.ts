import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startEmbeddedServer, stopProcess } from '../helpers/processes.js';

const run = promisify(execFile);

/** The built CLI, on the embedded database in `dataDir` (never DATABASE_URL). */
function kb(dataDir: string, ...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, KB_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  return run(process.execPath, ['dist/cli/kb.js', ...args], { env, timeout: 150_000 });
}

/**
 * Every `kb` command while `npm start` (the built server) holds the embedded database: the CLI
 * joins the server's loopback port, and the server sees the CLI's writes at once.
 */
describe('kb beside a running server on the embedded database', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'versus-kb-cli-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('prints usage for kb --help and kb <command> --help, and refuses unknown commands', async () => {
    const help = await kb(dataDir, '--help');
    expect(help.stdout).toMatch(/keys create/);
    expect(help.stdout).toMatch(/ingest <file\.json\|dir>/);
    expect((await kb(dataDir, 'keys', 'create', '--help')).stdout).toMatch(/--role <role>/);
    await expect(kb(dataDir, 'frobnicate')).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/unknown command/) });
    await expect(kb(dataDir, 'keys', 'create', '--rol', 'x')).rejects.toMatchObject({ code: 2 });
  });

  it('creates, lists and revokes keys, ingests and seeds while the server runs; the server answers the changes at once', async () => {
    // no seeding at start: the first start (initdb) is what takes long on a loaded machine
    const server = await startEmbeddedServer(dataDir, { seed: false, timeoutMs: 150_000 });
    try {
      const key = (await kb(dataDir, 'keys', 'create', '--role', 'editor', '--name', 'beside')).stdout.trim();
      expect(key).toMatch(/^vkb_/);
      const probe = await fetch(`${server.url}/api/technologies`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: '{}' });
      expect(probe.status).toBe(400); // past authorization: the server knows the CLI's key
      expect((await kb(dataDir, 'keys', 'list')).stdout).toMatch(/editor\s+active\s+beside/);

      expect((await fetch(`${server.url}/api/technologies/ziglang%20cli`)).status).toBe(404);
      const file = path.join(dataDir, 'zig.json');
      writeFileSync(
        file,
        JSON.stringify({
          source: { externalId: 'cli-zig', slug: 'cli-zig', title: 'Zig notes', compares: ['zig-cli'], body: 'Zig is simple. It has no hidden control flow.' },
          taxonomy: { technologies: [{ slug: 'zig-cli', name: 'Zig CLI', kind: 'language', aliases: ['Ziglang CLI'] }] },
          claims: [{ key: 'simple', kind: 'pro', statement: 'Zig is simple.', quote: 'Zig is simple.', technology: 'ziglang cli' }],
        }),
      );
      expect((await kb(dataDir, 'ingest', file, '--quiet')).stdout).toMatch(/created 1/);
      // the server's cached taxonomy index reloads on the CLI's signal (polled every 250 ms)
      let status = 0;
      for (let i = 0; i < 40 && status !== 200; i++) {
        status = (await fetch(`${server.url}/api/technologies/ziglang%20cli`)).status;
        if (status !== 200) await new Promise((r) => setTimeout(r, 100));
      }
      expect([status, await (await fetch(`${server.url}/api/technologies/ziglang%20cli`)).text()]).toEqual([200, expect.any(String)]);
      expect((await fetch(`${server.url}/api/sources/cli-zig`)).status).toBe(200);

      expect((await kb(dataDir, 'seed')).stdout).toMatch(/sources, \d+ claims/);
      const prefix = key.split('_')[1];
      expect((await kb(dataDir, 'keys', 'revoke', prefix)).stdout).toMatch(/revoked/);
      expect((await fetch(`${server.url}/api/technologies`, { method: 'POST', headers: { authorization: `Bearer ${key}` } })).status).toBe(401);
    } finally {
      expect(await stopProcess(server.child)).toBe(0);
    }
  }, 480_000);
});
