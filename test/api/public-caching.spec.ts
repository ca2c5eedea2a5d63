import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { bootTestApp, type TestApp } from '../helpers/app.js';

/**
 * Public reads as HTTP caches and content sites see them: compressed, validated weakly,
 * varying on what changes the answer, indifferent to tracking parameters, and kept in the one
 * response cache (a repeated table costs no SQL; a write makes the next answer fresh).
 */
describe('public caching', () => {
  let t: TestApp;
  let statements: () => number;
  beforeAll(async () => {
    t = await bootTestApp({ env: { KB_CORS_ORIGINS: 'https://content.example' } });
    const { PrismaService } = await import('../../src/infra/database/prisma.service.js');
    const prisma = t.app.get(PrismaService);
    statements = () => prisma.statementCount;
  });
  afterAll(() => t.close());

  const raw = async (url: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${await t.app.getUrl()}${url}`, { headers });
    return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
  };

  it('compresses with gzip and brotli by Accept-Encoding, and says so in Vary', async () => {
    // fetch() decompresses transparently; node's http would not, so read the raw bytes by length
    const plain = await t.request('/api/comparisons/nodejs/python');
    expect(plain.status).toBe(200);
    for (const [encoding, decode] of [['gzip', gunzipSync], ['br', brotliDecompressSync]] as const) {
      const res = await rawHttp('/api/comparisons/nodejs/python', { 'accept-encoding': encoding });
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.body.length).toBeLessThan(Buffer.byteLength(plain.body) / 3);
      expect(decode(res.body).toString('utf8')).toBe(plain.body);
      expect(String(res.headers.vary).toLowerCase()).toEqual(expect.stringContaining('accept-encoding'));
    }
    const sources = await rawHttp('/api/sources', { 'accept-encoding': 'gzip' });
    expect(sources.headers['content-encoding']).toBe('gzip');
  });

  it('varies on Origin and Accept, answers If-None-Match by weak comparison, allows stale-while-revalidate', async () => {
    const first = await raw('/api/comparisons/nodejs/python', { origin: 'https://content.example' });
    const vary = (first.headers.get('vary') ?? '').toLowerCase().split(/\s*,\s*/);
    expect(vary).toEqual(expect.arrayContaining(['origin', 'accept', 'accept-encoding']));
    expect(first.headers.get('access-control-allow-origin')).toBe('https://content.example');
    expect(first.headers.get('cache-control')).toMatch(/stale-while-revalidate=\d+/);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"/);
    for (const tag of [etag, `W/${etag}`, `"other", W/${etag}`]) {
      const again = await raw('/api/comparisons/nodejs/python', { 'if-none-match': tag, origin: 'https://content.example' });
      expect([tag, again.status]).toEqual([tag, 304]);
      expect((again.headers.get('vary') ?? '').toLowerCase()).toContain('origin');
    }
    expect((await raw('/api/comparisons/nodejs/python', { 'if-none-match': 'W/"stale"' })).status).toBe(200);
  });

  it('ignores unknown query parameters on reads, and leaves them out of cache keys', async () => {
    // JSON: the formats with absolute links are cached only when KB_PUBLIC_URL fixes their base.
    const url = '/api/comparisons/nodejs/python?format=json';
    const first = await t.request(url);
    expect(first.status).toBe(200);
    const before = statements();
    const tracked = await t.request(`${url}&utm_source=newsletter&fbclid=abc`);
    expect(tracked.status).toBe(200);
    expect(tracked.body).toBe(first.body);
    expect(statements() - before).toBe(0);
    for (const read of ['/api/claims?limit=2&utm_source=x', '/api/sources?utm_campaign=y', '/api/technologies/nodejs?ref=z']) {
      expect([read, (await t.request(read)).status]).toEqual([read, 200]);
    }
    // a known parameter still changes the answer
    expect((await t.request('/api/comparisons/nodejs/python?format=csv')).body).not.toBe(first.body);
  });

  it('skips the cache for requests with credentials and for Cache-Control: no-cache', async () => {
    await t.request('/api/comparisons/nodejs/python?format=html');
    let before = statements();
    await t.request({ url: '/api/comparisons/nodejs/python?format=html', headers: { 'cache-control': 'no-cache' } });
    expect(statements() - before).toBeGreaterThan(0);
    before = statements();
    const bad = await t.request({ url: '/api/comparisons/nodejs/python?format=html', headers: { 'x-api-key': 'not-a-key' } });
    expect(bad.status).toBe(401);
  });

  async function rawHttp(url: string, headers: Record<string, string>) {
    const http = await import('node:http');
    const base = new URL(await t.app.getUrl());
    return new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
      http
        .get({ host: base.hostname, port: base.port, path: url, headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        })
        .on('error', reject);
    });
  }
});
