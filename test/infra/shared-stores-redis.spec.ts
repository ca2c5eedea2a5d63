import { createHash, randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { bootTestApp, type TestApp } from '../helpers/app.js';
import { TcpProxy } from '../helpers/tcp-proxy.js';

/**
 * With REDIS_URL set, two app instances share the rate limit and the persisted-query (APQ)
 * store; with Redis away, requests are still answered (the limit counts per process, a
 * persisted query is "not found"), and sharing resumes when it is back. Redis is the local
 * server (redis://127.0.0.1:6379), reached through a TCP proxy that the test cuts; every key
 * starts with a prefix unique to this run (other tests share that Redis).
 */
const REDIS = { host: '127.0.0.1', port: 6379 };
const LIMIT = 4;
const prefix = `versus-kb-test-${randomUUID()}:`;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('shared stores in Redis (REDIS_URL)', () => {
  let redis: Redis;
  let proxy: TcpProxy;
  let a: TestApp;
  let b: TestApp;
  /** A client address of its own per test (the apps trust one proxy hop: the test is that proxy). */
  const client = () => ({ 'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 250) + 1}, 203.0.113.${Math.floor(Math.random() * 250) + 1}` });

  beforeAll(async () => {
    redis = new Redis({ ...REDIS, lazyConnect: true });
    await redis.connect();
    proxy = new TcpProxy(REDIS.host, REDIS.port);
    await proxy.start();
    const env = { REDIS_URL: `redis://127.0.0.1:${proxy.port}`, KB_REDIS_PREFIX: prefix, KB_RATE_LIMIT_PER_MINUTE: String(LIMIT), KB_TRUST_PROXY: '1' };
    a = await bootTestApp({ env });
    b = await bootTestApp({ env });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await proxy?.cut();
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    redis?.disconnect();
  });

  it('holds the rate limit across instances: the requests through A and B count against one budget', async () => {
    const headers = client();
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 1; i++) statuses.push((await (i % 2 ? b : a).request({ url: '/api/technologies', headers })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
    expect((await b.request({ url: '/api/technologies', headers })).status).toBe(429);
    expect(await redis.keys(`${prefix}rate-limit:*`)).not.toHaveLength(0);
  });

  it('shares persisted queries: a query registered through A is found by its hash through B', async () => {
    const query = `query SharedApq${Date.now()} { __typename }`;
    const extensions = { persistedQuery: { version: 1, sha256Hash: sha256(query) } };
    const headers = { 'content-type': 'application/json', ...client() };
    const unknown = (await b.request({ method: 'POST', url: '/graphql', headers, payload: { extensions } })).json();
    expect(unknown.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = (await a.request({ method: 'POST', url: '/graphql', headers, payload: { query, extensions } })).json();
    expect(registered).toEqual({ data: { __typename: 'Query' } });
    // Apollo stores it after answering; B finds it once the write has landed.
    let found: { data?: unknown } = {};
    for (let i = 0; i < 50 && !found.data; i++) {
      found = (await b.request({ method: 'POST', url: '/graphql', headers, payload: { extensions } })).json();
      if (!found.data) await new Promise((r) => setTimeout(r, 20));
    }
    expect(found).toEqual({ data: { __typename: 'Query' } });
    expect(await redis.keys(`${prefix}apq:*${extensions.persistedQuery.sha256Hash}`)).toHaveLength(1);
  });

  it('answers with Redis away (the limit counted per process, persisted queries missing), and shares again when it is back', async () => {
    const query = `query OutageApq${Date.now()} { __typename }`;
    const extensions = { persistedQuery: { version: 1, sha256Hash: sha256(query) } };
    const json = { 'content-type': 'application/json' };
    await proxy.cut();

    // The rate limit still holds, in this process.
    const headers = client();
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 1; i++) {
      const res = await a.request({ url: '/api/technologies', headers });
      statuses.push(res.status);
      expect(res.headers['x-ratelimit-limit']).toBe(String(LIMIT));
    }
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
    // Persisted queries: a hash alone is not found (never a 500); a full query is answered.
    const miss = await b.request({ method: 'POST', url: '/graphql', headers: { ...json, ...client() }, payload: { extensions } });
    expect(miss.status).toBeLessThan(500);
    expect(miss.json().errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const full = await b.request({ method: 'POST', url: '/graphql', headers: { ...json, ...client() }, payload: { query, extensions } });
    expect(full.json()).toEqual({ data: { __typename: 'Query' } });

    await proxy.restore();
    // Both clients reconnect on their own (backoff up to 2 s): the shared limit and store come back.
    // Up to ~30 s: on a loaded 2-core CI machine ten seconds was once not enough for both to reconnect.
    const again = client();
    let shared = false;
    for (let i = 0; i < 300 && !shared; i++) {
      await a.request({ method: 'POST', url: '/graphql', headers: { ...json, ...again }, payload: { query, extensions } });
      const res = await b.request({ method: 'POST', url: '/graphql', headers: { ...json, ...again }, payload: { extensions } });
      shared = res.json().data?.__typename === 'Query';
      if (!shared) await new Promise((r) => setTimeout(r, 100));
    }
    expect(shared).toBe(true);
    // Alternating A and B, LIMIT + 1 requests reach the limit only when counted together.
    let counted: number[] = [];
    for (let attempt = 0; attempt < 30 && counted.at(-1) !== 429; attempt++) {
      const after = client();
      counted = [];
      for (let i = 0; i < LIMIT + 1; i++) counted.push((await (i % 2 ? b : a).request({ url: '/api/technologies', headers: after })).status);
      if (counted.at(-1) !== 429) await new Promise((r) => setTimeout(r, 100));
    }
    expect(counted).toEqual([200, 200, 200, 200, 429]);
  });
});
