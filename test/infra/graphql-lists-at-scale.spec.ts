import { spawn, type ChildProcess } from 'node:child_process';
import pg from 'pg';
import { ownDatabase } from '../helpers/own-database.js';
import { collectOutput, freePort, SERVER_ENTRY, stopProcess, waitUntilReady } from '../helpers/processes.js';

const SOURCES = 10_000;
const CLAIMS_PER_SOURCE = 5;

/**
 * Issue 20 item 2: every GraphQL list at 10,000 sources and 50,000 claims, from the built
 * server under the heap `npm start` gives it (128 MB): each answers one page under the
 * page-size policy and the process stays up. On 778cb92 `sources` answered all 10,000 at once.
 */
describe('GraphQL lists at 10,000 sources and 50,000 claims', () => {
  let database: { url: string; drop(): Promise<void> };
  let child: ChildProcess;
  let base: string;
  let output: () => string;
  beforeAll(async () => {
    database = await ownDatabase();
    const port = await freePort();
    // the seed articles give the taxonomy; the bulk rows are added once the server is up
    child = spawn(process.execPath, ['--max-old-space-size=128', '--max-semi-space-size=8', SERVER_ENTRY], {
      env: { ...process.env, MALLOC_ARENA_MAX: '2', DATABASE_URL: database.url, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', KB_SEED_ON_START: 'true', KB_RATE_LIMIT_PER_MINUTE: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    output = collectOutput(child);
    base = `http://127.0.0.1:${port}`;
    await waitUntilReady(`${base}/ready`, child, output, 90_000);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query(`
        INSERT INTO source (slug, external_id, title, body, content_hash, published_on, updated_at)
        SELECT 'scale-' || i, 'scale-ext-' || i, 'Scale source ' || i, 'Scale source ' || i || '. Alpha handles many connections.',
               md5('scale-a' || i) || md5('scale-b' || i), date '2020-01-01' + (i % 1500), now()
        FROM generate_series(1, ${SOURCES}) i`);
      await client.query(`
        INSERT INTO source_technology (source_id, technology_id)
        SELECT s.id, t.id FROM source s
        CROSS JOIN LATERAL (SELECT id FROM technology ORDER BY id OFFSET (s.id % 7) LIMIT 2) t
        WHERE s.slug LIKE 'scale-%'`);
      await client.query(`
        INSERT INTO claim (source_id, key, kind, statement, quote, quote_start, quote_end, technology_id, criterion_id, qualifiers, updated_at)
        SELECT s.id, 'c' || j, 'PRO', 'Alpha handles many connections.', 'Alpha handles many connections.', 0, 31,
               (SELECT technology_id FROM source_technology st WHERE st.source_id = s.id ORDER BY technology_id LIMIT 1),
               (SELECT id FROM criterion ORDER BY id OFFSET (j % 3) LIMIT 1), '{}', now()
        FROM source s, generate_series(1, ${CLAIMS_PER_SOURCE}) j WHERE s.slug LIKE 'scale-%'`);
    } finally {
      await client.end();
    }
  }, 300_000);
  afterAll(async () => {
    if (child && child.exitCode === null) await stopProcess(child);
    await database?.drop();
  }, 60_000);

  const graphql = async (query: string) => {
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'cache-control': 'no-cache' }, body: JSON.stringify({ query }) });
    const body = (await res.json()) as { data?: any; errors?: unknown };
    expect([query, res.status, body.errors]).toEqual([query, 200, undefined]);
    return body.data;
  };

  it('answers every list a page at a time, and stays up', async () => {
    const counts = await graphql('{ claims(first: 1) { totalCount } }');
    expect(counts.claims.totalCount).toBeGreaterThanOrEqual(SOURCES * CLAIMS_PER_SOURCE);

    // the query a client wrote before paging existed: one default page now
    expect((await graphql('{ sources { slug claimCount compares { slug } } }')).sources).toHaveLength(50);
    const lists = await graphql('{ sources { slug claimCount } technologies { slug } criteria { slug } useCases { slug } comparisons { items { href } nextCursor } }');
    expect(lists.sources).toHaveLength(50);
    for (const name of ['technologies', 'criteria', 'useCases']) expect(lists[name].length).toBeLessThanOrEqual(50);
    expect(lists.comparisons.items.length).toBeLessThanOrEqual(50);

    const largest = await graphql('{ sources(first: 200) { slug compares { slug } claims(first: 5) { id quote } } claims(first: 200) { edges { node { id statement } } pageInfo { endCursor } } }');
    expect(largest.sources).toHaveLength(200);
    expect(largest.sources.every((s: { claims: unknown[] }) => s.claims.length <= 5)).toBe(true);
    expect(largest.claims.edges).toHaveLength(200);

    // the next page starts after the last slug: no repeats
    const last = largest.sources[199].slug;
    const next = await graphql(`{ sources(first: 200, after: "${last}") { slug } }`);
    expect(next.sources).toHaveLength(200);
    const seen = new Set(largest.sources.map((s: { slug: string }) => s.slug));
    expect(next.sources.filter((s: { slug: string }) => seen.has(s.slug))).toEqual([]);

    // nested lists under every taxonomy list, at the largest page the cost limit allows
    await graphql('{ technologies(first: 20) { slug claims(first: 20) { id } } criteria(first: 20) { slug claims(first: 20) { id } } useCases(first: 20) { slug claims(first: 20) { id } } }');

    expect(child.exitCode).toBeNull();
    expect((await fetch(`${base}/health`)).status).toBe(200);
  }, 180_000);
});
