import { jest } from '@jest/globals';
import { bootTestApp, type TestApp } from '../helpers/app.js';

/**
 * The rate limiter runs before the response cache: an answer from the cache costs a request
 * like any other and says so in X-RateLimit-* headers. Probes are never limited, whatever
 * their query string.
 */
describe('rate limit: cached answers and probes', () => {
  const LIMIT = 6;
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp({ env: { KB_RATE_LIMIT_PER_MINUTE: String(LIMIT) } });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('counts answers served from the response cache, with X-RateLimit-* headers, and answers 429 past the limit', async () => {
    const { ResponseCache } = await import('../../src/common/cache/response-cache.js');
    const serve = jest.spyOn(t.app.get(ResponseCache), 'serve');
    const url = '/api/comparisons/nodejs/python';
    const statuses: number[] = [];
    const remaining: unknown[] = [];
    const etags = new Set<unknown>();
    for (let i = 0; i < LIMIT + 2; i++) {
      const res = await t.request(url);
      statuses.push(res.status);
      if (res.status === 200) {
        expect(res.headers['x-ratelimit-limit']).toBe(String(LIMIT));
        remaining.push(res.headers['x-ratelimit-remaining']);
        etags.add(res.headers['etag']);
      } else {
        expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(res.json()).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
        expect(res.headers['retry-after']).toBeDefined();
      }
    }
    // The same table each time, and the cache answered from the second request on (the
    // 429s are answered before it is asked).
    expect(etags.size).toBe(1);
    const hits = serve.mock.results.filter((r) => r.value === true).length;
    serve.mockRestore();
    expect(hits).toBe(LIMIT - 1);
    expect(statuses).toEqual([...Array(LIMIT).fill(200), 429, 429]);
    expect(remaining).toEqual([...Array(LIMIT).keys()].map((i) => String(LIMIT - 1 - i)));
  });

  it('never limits the probes, with or without a query string, even once the client is over its limit', async () => {
    // The bucket of this client (127.0.0.1) is spent by the test above (or here, when run alone).
    for (let i = 0; i < LIMIT + 1; i++) await t.request('/api/technologies');
    expect((await t.request('/api/technologies')).status).toBe(429);
    const probes = ['/health', '/ready', '/health?x=1', '/ready?probe=kubelet&x=2', '/health?'];
    for (let round = 0; round < 3; round++) {
      for (const url of probes) {
        const res = await t.request(url);
        expect({ url, status: res.status }).toEqual({ url, status: 200 });
        expect(res.headers['x-ratelimit-limit']).toBeUndefined();
      }
    }
  });
});
