import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { collectOutput, freePort, SERVER_ENTRY, stopProcess, waitUntilReady } from '../helpers/processes.js';
import { RoundRobinProxy } from '../helpers/round-robin-proxy.js';

/**
 * Three app processes (the built server) on one PostgreSQL database and one Redis, behind a
 * round-robin proxy on loopback, as in compose.yaml: what one replica writes the others answer
 * at once, the rate limit holds across them, and killing one under load fails no request.
 * Clients are told apart by their own loopback addresses (127.0.0.x): the proxy puts the peer
 * in X-Forwarded-For and the replicas trust one hop (KB_TRUST_PROXY=1).
 *
 * Needs a PostgreSQL server: three processes cannot share the embedded database (it is one
 * process's, locked), so the embedded phase skips this file (.ci/allowed-skips.json).
 */
const describeOnServer = process.env.KB_TEST_DB_KIND === 'postgresql' ? describe : describe.skip;

const LIMIT = 30;
const REDIS_URL = 'redis://127.0.0.1:6379';
const prefix = `versus-kb-test-${randomUUID()}:`;

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One request from the client at loopback address `from`. */
function send(port: number, from: string, url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, path: url, method: options.method ?? 'GET', headers: options.headers, localAddress: from, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on('error', reject);
    });
    request.on('error', reject);
    request.end(options.body);
  });
}

describeOnServer('three replicas behind a load balancer (PostgreSQL + Redis)', () => {
  const replicas: { child: ChildProcess; port: number }[] = [];
  let proxy: RoundRobinProxy;
  let editorKey: string;
  /** A request to one replica directly, as the client `from` (as if through the proxy). */
  const direct = (port: number, from: string, url: string, options: Parameters<typeof send>[3] = {}) =>
    send(port, '127.0.0.1', url, { ...options, headers: { 'x-forwarded-for': from, ...options.headers } });

  async function startReplica(seed: boolean): Promise<{ child: ChildProcess; port: number }> {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      KB_SEED_ON_START: String(seed),
      REDIS_URL,
      KB_REDIS_PREFIX: prefix,
      KB_RATE_LIMIT_PER_MINUTE: String(LIMIT),
      KB_TRUST_PROXY: '1',
    };
    const child = spawn(process.execPath, [SERVER_ENTRY], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    replicas.push({ child, port });
    await waitUntilReady(`http://127.0.0.1:${port}/ready`, child, collectOutput(child));
    return { child, port };
  }

  beforeAll(async () => {
    // All three start together; the first loads the seeds when the database is empty (the
    // others must not race it), and is ready only once it has.
    const [, , , created] = await Promise.all([
      startReplica(true),
      startReplica(false),
      startReplica(false),
      promisify(execFile)(process.execPath, ['dist/cli/kb.js', 'keys', 'create', '--role', 'editor', '--name', 'replicas'], { env: { ...process.env, LOG_LEVEL: 'warn' } }),
    ]);
    editorKey = created.stdout.trim();
    proxy = new RoundRobinProxy(replicas.map((r) => r.port));
    await proxy.start();
  }, 120_000);

  afterAll(async () => {
    await proxy?.stop();
    await Promise.all(replicas.filter((r) => r.child.exitCode === null && r.child.signalCode === null).map((r) => stopProcess(r.child)));
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  it('answers a write through one replica on the others at once: a new source, and a cached comparison table renewed', async () => {
    const [a, b, c] = replicas.map((r) => r.port);
    const client = '127.0.0.11';
    const table = '/api/comparisons/nodejs/python';
    // B and C render the table and keep it in their response caches.
    const before = await Promise.all([b, c].map((port) => direct(port, client, table)));
    for (const [i, port] of [b, c].entries()) {
      const again = await direct(port, client, table, { headers: { 'if-none-match': String(before[i].headers.etag) } });
      expect(again.status).toBe(304);
    }
    const slug = `replicas-${randomUUID()}`;
    for (const port of [b, c]) expect((await direct(port, client, `/api/sources/${slug}`)).status).toBe(404);

    const written = await direct(a, client, '/api/sources', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editorKey}` },
      body: JSON.stringify({
        source: { slug, title: 'Three replicas', compares: ['nodejs', 'python'], body: `Python wins for data science. ${slug}` },
        claims: [{ key: 'ds', kind: 'verdict', statement: 'Python wins for data science.', quote: 'Python wins for data science.', criterion: 'data-science', outcome: 'win', winner: 'python' }],
      }),
    });
    expect(written.status).toBe(201);

    // The source: from the shared database, on every replica, at once.
    for (const port of [b, c]) expect((await direct(port, client, `/api/sources/${slug}`)).status).toBe(200);
    const viaProxy = await Promise.all([0, 1, 2].map(() => send(proxy.port, client, `/api/sources/${slug}`)));
    expect(viaProxy.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(new Set(viaProxy.map((r) => r.headers['x-upstream'])).size).toBe(3);
    // The table: B's and C's cached copies were dropped on A's change signal (LISTEN/NOTIFY).
    // The signal is asynchronous; poll briefly rather than assume a delivery time.
    for (const [i, port] of [b, c].entries()) {
      let etag = before[i].headers.etag;
      for (let tries = 0; tries < 100 && etag === before[i].headers.etag; tries++) {
        const now = await direct(port, client, table);
        expect(now.status).toBe(200);
        etag = now.headers.etag;
        if (etag === before[i].headers.etag) await new Promise((r) => setTimeout(r, 20));
      }
      expect(etag).not.toBe(before[i].headers.etag);
      expect(JSON.parse((await direct(port, client, table)).body).sources.map((s: { slug: string }) => s.slug)).toContain(slug);
    }
  });

  it(`holds the rate limit across replicas: ${LIMIT} requests through the proxy, then 429 through any replica`, async () => {
    const client = '127.0.0.21';
    const answers: Answer[] = [];
    for (let i = 0; i < LIMIT; i++) answers.push(await send(proxy.port, client, '/api/technologies'));
    expect(answers.map((r) => r.status)).toEqual(Array(LIMIT).fill(200));
    expect(new Set(answers.map((r) => r.headers['x-upstream'])).size).toBe(3);
    expect(answers.map((r) => Number(r.headers['x-ratelimit-remaining']))).toEqual([...Array(LIMIT).keys()].map((i) => LIMIT - 1 - i));

    expect((await send(proxy.port, client, '/api/technologies')).status).toBe(429);
    for (const { port } of replicas) {
      const res = await direct(port, client, '/api/technologies');
      expect(res.status).toBe(429);
      expect(res.headers['retry-after']).toBeDefined();
    }
    // Another client is not affected.
    expect((await send(proxy.port, '127.0.0.22', '/api/technologies')).status).toBe(200);
  });

  it('fails no request when one replica is killed (SIGKILL) under load: the others serve them', async () => {
    const victim = replicas[2];
    const urls = ['/api/technologies', '/api/comparisons/nodejs/python', '/api/sources?limit=5', '/api/comparisons/nodejs/python?format=csv'];
    const WORKERS = 6;
    const PER_WORKER = 25; // under the rate limit: each worker is a client of its own
    const served: { status: number; upstream: string; afterKill: boolean }[] = [];
    let killed = false;
    const kill = async () => {
      // Once a fifth of the load is done, while requests are in flight.
      while (served.length < (WORKERS * PER_WORKER) / 5) await new Promise((r) => setTimeout(r, 5));
      victim.child.kill('SIGKILL');
      await new Promise((r) => victim.child.once('exit', r));
      killed = true;
    };
    const worker = async (n: number) => {
      for (let i = 0; i < PER_WORKER; i++) {
        const res = await send(proxy.port, `127.0.0.${40 + n}`, urls[(n + i) % urls.length]);
        served.push({ status: res.status, upstream: String(res.headers['x-upstream']), afterKill: killed });
      }
    };
    await Promise.all([kill(), ...[...Array(WORKERS).keys()].map(worker)]);

    expect(killed).toBe(true);
    expect(served).toHaveLength(WORKERS * PER_WORKER);
    expect(served.filter((r) => r.status !== 200)).toEqual([]);
    const victimPort = String(victim.port);
    expect(served.some((r) => !r.afterKill && r.upstream === victimPort)).toBe(true);
    expect(served.filter((r) => r.afterKill && r.upstream === victimPort)).toEqual([]);
    expect(new Set(served.filter((r) => r.afterKill).map((r) => r.upstream)).size).toBe(2);
    // The proxy sent at least one request again: the one that found the victim gone.
    expect(proxy.retries).toBeGreaterThan(0);
  });
});
