import fc from 'fast-check';
import { bootTestApp, type TestApp } from '../helpers/app.js';

/**
 * Property: whatever arrives, the API never answers 5xx, and every 4xx is problem+json (REST)
 * or an error with a code (GraphQL). `npm test` runs FUZZ_RUNS (default 250) cases for the
 * query property and twice that for bodies and GraphQL (1,250 in all); `npm run fuzz` runs more.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 250);

describe('fuzzing REST and GraphQL inputs', () => {
  let t: TestApp;
  let editor: string;
  let ownClaimId: number;
  let readRoutes: { path: string }[];
  beforeAll(async () => {
    t = await bootTestApp();
    const { ApiKeysService } = await import('../../src/modules/auth/api-keys.service.js');
    editor = (await t.app.get(ApiKeysService).create('editor', 'fuzz')).key;
    // The claim the fuzzer may PATCH is its own: seeded data is never edited.
    const slug = `fuzz-own-${Date.now().toString(36)}`;
    const quote = 'Node.js serves many small requests from one thread.';
    const own = await t.request({
      method: 'POST',
      url: '/api/sources',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
      payload: { source: { externalId: slug, slug, title: 'Fuzz target', compares: ['nodejs', 'python'], body: `${quote} ${slug}` }, claims: [{ key: 'own', kind: 'pro', statement: 'Node.js serves many small requests.', quote, technology: 'nodejs' }] },
    });
    expect(own.status).toBe(201);
    ownClaimId = (await t.request(`/api/claims?source=${slug}`)).json().items[0].id;
    const doc = (await t.request('/api/openapi.json')).json();
    readRoutes = Object.entries<any>(doc.paths)
      .filter(([path, ops]) => path.startsWith('/api/') && ops.get)
      .map(([path]) => ({ path }));
  });
  afterAll(() => t.close());

  const nasty = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.constantFrom('', ' ', '-1', '0', '1e9', 'NaN', 'null', 'true', '[]', '{}', '%', '\\', "'", '"', '2026-02-31', '2026-13', '9999-99-99', '0000', 'a,b,,c', ',', 'node,,python', 'x'.repeat(500), '<script>', "'; DROP TABLE claim; --", 'nodejs', 'python', 'io-performance', '\u0000', '\ud800'),
    // words that name Object.prototype members, NUL inside text, look-alike names
    fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', 'a\u0000b', 'N\u043ede.js', 'Node\u200b.js', '\u202esj.edoN'),
    fc.integer({ min: -1e6, max: 1e12 }).map(String),
  );

  function expectWellFormed(res: { status: number; headers: Record<string, unknown> }, what: string) {
    expect([what, res.status < 500]).toEqual([what, true]);
    if (res.status >= 400) expect([what, String(res.headers['content-type'])]).toEqual([what, expect.stringMatching(/^application\/problem\+json/)]);
  }

  it('REST query strings and path segments never cause a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.dictionary(fc.oneof(fc.constantFrom('criterion', 'technology', 'kind', 'source', 'winner', 'useCase', 'publishedAfter', 'publishedBefore', 'q', 'limit', 'cursor', 'format', 'need', 'prefer', 'groupBy'), fc.string({ maxLength: 8 })), nasty, { maxKeys: 5 }),
        fc.array(nasty, { minLength: 2, maxLength: 2 }),
        async (pick, query, segments) => {
          const route = readRoutes[pick % readRoutes.length];
          let i = 0;
          const path = route.path.replace(/\{\w+\}/g, () => encodeURIComponent((segments[i++ % 2] || 'x').replace(/[\ud800-\udfff]/g, '\ufffd')));
          const qs = new URLSearchParams(Object.entries(query).filter(([k]) => k.length)).toString();
          const url = `${path}${qs ? `?${qs}` : ''}`;
          expectWellFormed(await t.request(url), `GET ${url}`);
        },
      ),
      { numRuns: RUNS },
    );
  });

  const claimLike = fc.record(
    {
      key: nasty,
      kind: fc.oneof(nasty, fc.constantFrom('verdict', 'rating', 'use_case', 'faq', 'pro')),
      statement: nasty,
      quote: fc.oneof(nasty, fc.constant('Node.js')),
      occurrence: fc.oneof(fc.integer(), fc.constant(null), nasty),
      technology: fc.oneof(nasty, fc.constant(null)),
      criterion: nasty,
      outcome: fc.oneof(nasty, fc.constantFrom('win', 'tie')),
      winner: nasty,
      score: fc.oneof(fc.double(), nasty),
      related: fc.oneof(fc.array(nasty, { maxLength: 3 }), nasty),
    },
    { requiredKeys: [] },
  );

  /** JSON text no generator above writes: prototype keys (JSON.stringify drops __proto__) and deep nesting. */
  const hostileJson = fc.oneof(
    fc.tuple(fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.json({ maxDepth: 2 })).map(([key, value]) => `{"source":{"${key}":${value}},"${key}":${value},"claims":[]}`),
    fc.integer({ min: 1, max: 5000 }).map((n) => `{"claims":${'['.repeat(n)}${']'.repeat(n)}}`),
    fc.integer({ min: 1, max: 5000 }).map((n) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`),
  );

  it('REST bodies (ingest, patch, recommendations, deletes) never cause a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('POST /api/sources', `PATCH /api/claims/${ownClaimId}`, 'PATCH /api/claims/x', 'POST /api/recommendations', 'DELETE /api/sources/nope', 'DELETE /api/claims/0'),
        fc.oneof(
          fc.anything({ maxDepth: 3 }),
          fc.record(
            {
              source: fc.oneof(
                fc.anything({ maxDepth: 2 }),
                fc.record({ slug: nasty, title: nasty, compares: fc.oneof(fc.array(nasty, { maxLength: 3 }), nasty), body: fc.oneof(nasty, fc.constant('Node.js is fast.')), publishedAt: nasty, url: nasty }, { requiredKeys: [] }),
              ),
              claims: fc.oneof(fc.array(claimLike, { maxLength: 3 }), fc.anything({ maxDepth: 1 })),
              needs: fc.oneof(fc.array(nasty, { maxLength: 3 }), nasty),
              prefer: nasty,
            },
            { requiredKeys: [] },
          ),
          claimLike,
        ),
        fc.boolean(),
        fc.option(hostileJson, { freq: 4 }),
        async (route, body, truncate, raw) => {
          const [method, url] = route.split(' ');
          const json = raw ?? JSON.stringify(body ?? null);
          const payload = truncate ? json.slice(0, Math.max(1, json.length - 1)) : json;
          const res = await t.request({ method, url, headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` }, payload });
          expectWellFormed(res, `${route} ${payload.slice(0, 200)}`);
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });

  it('GraphQL variables never cause an internal error', async () => {
    const operations = [
      'query($f: ClaimFilter, $n: Int, $a: String) { claims(filter: $f, first: $n, after: $a) { totalCount edges { node { id } } } }',
      'query($i: RecommendationInput!) { recommend(input: $i) { architecture { kind } } }',
      'query($a: String!, $b: String!) { comparison(a: $a, b: $b) { rows { conflict } } }',
      'query($i: SearchInput!) { search(input: $i) { claims { rank } } }',
      'query($s: String!, $n: Int, $k: String) { technology(slug: $s) { slug claims(first: $n, kind: $k) { id } } }',
      'mutation($i: IngestSourceInput!) { ingestSource(input: $i) { status } }',
      'mutation($id: Int!, $p: ClaimPatch!) { updateClaim(id: $id, patch: $p) { id } }',
    ];
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.dictionary(fc.constantFrom('f', 'n', 'a', 'i', 'b', 's', 'k', 'id', 'p'), fc.oneof(nasty, fc.anything({ maxDepth: 2 }), fc.integer(), claimLike)), async (pick, variables) => {
        const query = operations[pick % operations.length];
        // updateClaim edits only the fuzzer's own claim, never seeded data
        if (query.includes('updateClaim')) variables.id = ownClaimId;
        const res = await t.request({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json', 'x-api-key': editor }, payload: { query, variables } });
        const what = `${query.slice(0, 40)} ${JSON.stringify(variables).slice(0, 200)}`;
        expect([what, res.status < 500]).toEqual([what, true]);
        for (const error of res.json().errors ?? []) {
          expect([what, typeof error.extensions?.code]).toEqual([what, 'string']);
          expect([what, error.extensions.code]).not.toEqual([what, 'INTERNAL_SERVER_ERROR']);
        }
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
