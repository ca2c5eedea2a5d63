import { spawn } from 'node:child_process';
import http from 'node:http';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { collectOutput as collect, freePort, SERVER_ENTRY, waitUntilReady } from '../helpers/processes.js';

/** The built server and CLI as real processes, on the suite's database. */
describe('process lifecycle', () => {
  it('SIGTERM under load: in-flight requests finish, none fails, the process exits 0', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [SERVER_ENTRY], { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', KB_RATE_LIMIT_PER_MINUTE: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = collect(child);
    const base = `http://127.0.0.1:${port}`;
    await waitUntilReady(`${base}/ready`, child, output);

    const needs = ['real-time chat', 'machine learning', 'data pipelines', 'REST APIs', 'scientific computing', 'microservices'];
    // 40 keep-alive connections, opened and accepted before the load: each request below is
    // on the wire at once, so "in flight" means in flight at the server, not queued in the client.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 40 });
    await Promise.all(Array.from({ length: 40 }, () => send(agent, port, 'GET', '/health')));
    let signalledAt = 0;
    const requests = Array.from({ length: 40 }, (_, i) =>
      (i % 2
        ? send(agent, port, 'POST', '/api/recommendations', JSON.stringify({ needs }))
        : send(agent, port, 'GET', `/api/claims?limit=200&q=${encodeURIComponent(needs[i % needs.length])}`)
      ).then(
        (res) => ({ status: res.status, finishedAt: Date.now(), bytes: res.bytes }),
        (error: NodeJS.ErrnoException) => ({ status: 0, finishedAt: Date.now(), bytes: 0, error: `${error.message}: ${error.code}` }),
      ),
    );
    await new Promise((r) => setTimeout(r, 400)); // requests sent and being served (each takes ~1 s under this load)
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    signalledAt = Date.now();
    child.kill('SIGTERM');
    const results = await Promise.all(requests);
    const exitCode = await exited;

    const inFlight = results.filter((r) => r.finishedAt >= signalledAt).length;
    // The drain is only tested if requests were still being answered when the signal came.
    expect(inFlight).toBeGreaterThan(0);
    expect(results.filter((r) => r.status !== 200)).toEqual([]);
    expect(exitCode).toBe(0);
    agent.destroy();
    await expect(fetch(`${base}/health`)).rejects.toThrow();
    process.stdout.write(`SIGTERM with ${inFlight} of ${results.length} requests still in flight: ${results.filter((r) => r.status !== 200).length} failed, exit ${exitCode}\n`);
  }, 60_000);

  it('SIGTERM after clients abandoned GraphQL requests mid-answer: the drain does not wait for them', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [SERVER_ENTRY], { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', KB_RATE_LIMIT_PER_MINUTE: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = collect(child);
    await waitUntilReady(`http://127.0.0.1:${port}/ready`, child, output);
    const body = JSON.stringify({ query: '{ claims(first: 100) { edges { node { id source { slug } technology { slug } } } } }' });
    // each client goes away a few milliseconds into its request, before the answer
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        new Promise<void>((resolve) => {
          const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' } });
          req.on('error', () => resolve());
          req.on('response', (res) => (res.resume(), res.on('end', () => resolve())));
          req.end(body);
          setTimeout(() => (req.destroy(), resolve()), 5 + i);
        }),
      ),
    );
    await new Promise((r) => setTimeout(r, 1500)); // whatever the server was doing for them is over
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const signalledAt = Date.now();
    child.kill('SIGTERM');
    const exitCode = await exited;
    const stopMs = Date.now() - signalledAt;
    // Nothing is in flight, so the stop takes the quiet spell plus closing the pool, far below
    // the 25 s drain bound that a miscounted abandoned request would make it wait out.
    expect(exitCode).toBe(0);
    expect(stopMs).toBeLessThan(10_000);
    process.stdout.write(`SIGTERM after 30 abandoned GraphQL requests: exit ${exitCode} in ${stopMs} ms\n`);
  }, 60_000);

  it('SIGKILL in the middle of a bulk ingest leaves no partial source', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'versus-kb-bulk-'));
    const claimsDir = path.join(dir, 'claims');
    mkdirSync(claimsDir);
    const prefix = `bulk-${Date.now().toString(36)}`;
    const files = 40;
    const claimsPerFile = 300;
    for (let f = 0; f < files; f++) {
      const sentences = Array.from({ length: claimsPerFile }, (_, i) => `Statement ${i} of file ${f} says Node.js is fast.`);
      const doc = {
        source: { externalId: `${prefix}-${f}`, slug: `${prefix}-${f}`, title: `Bulk ${f}`, compares: ['nodejs', 'python'], body: `${prefix} ${f}\n${sentences.join('\n')}` },
        claims: sentences.map((quote, i) => ({ key: `c-${i}`, kind: 'pro', statement: quote, quote, technology: 'nodejs' })),
      };
      writeFileSync(path.join(claimsDir, `${prefix}-${String(f).padStart(3, '0')}.json`), JSON.stringify(doc));
    }
    const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    try {
      const child = spawn(process.execPath, ['dist/cli/kb.js', 'ingest', claimsDir, '--quiet'], { env: { ...process.env, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] });
      const output = collect(child);
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      const deadline = Date.now() + 60_000;
      let loaded = 0;
      while (loaded < 2 && Date.now() < deadline && child.exitCode === null) {
        loaded = Number((await db.query('SELECT count(*) FROM source WHERE slug LIKE $1', [`${prefix}-%`])).rows[0].count);
        if (loaded < 2) await new Promise((r) => setTimeout(r, 20));
      }
      child.kill('SIGKILL');
      await exited;
      expect([output(), child.signalCode]).toEqual([output(), 'SIGKILL']);

      // the server side notices the dead client and rolls its open transaction back
      await new Promise((r) => setTimeout(r, 500));
      const rows = (
        await db.query<{ slug: string; claims: string }>(
          'SELECT s.slug, (SELECT count(*) FROM claim c WHERE c.source_id = s.id) AS claims FROM source s WHERE s.slug LIKE $1 ORDER BY s.slug',
          [`${prefix}-%`],
        )
      ).rows;
      expect(rows.length).toBeGreaterThanOrEqual(2);
      expect(rows.length).toBeLessThan(files);
      for (const row of rows) expect([row.slug, Number(row.claims)]).toEqual([row.slug, claimsPerFile]);
      process.stdout.write(`SIGKILL after ${rows.length} of ${files} sources: every stored source has all ${claimsPerFile} claims\n`);
      await db.query('DELETE FROM source WHERE slug LIKE $1', [`${prefix}-%`]);
    } finally {
      await db.end();
    }
  }, 120_000);
});

function send(agent: http.Agent, port: number, method: string, path: string, body?: string): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ agent, host: '127.0.0.1', port, method, path, headers: body ? { 'content-type': 'application/json' } : {} }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}
