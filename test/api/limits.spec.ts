import { bootTestApp, type TestApp } from '../helpers/app.js';

describe('limits and protective headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    // this file's own app: small limits (the configuration is read at boot)
    t = await bootTestApp({ env: { KB_BODY_LIMIT_BYTES: '4096', KB_RATE_LIMIT_PER_MINUTE: '40', KB_CORS_ORIGINS: 'https://content.example' } });
  });
  afterAll(() => t.close());

  it('answers 413 problem+json to a body over the limit', async () => {
    const res = await t.request({ method: 'POST', url: '/api/recommendations', headers: { 'content-type': 'application/json' }, payload: { needs: ['x'.repeat(5000)] } });
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.json().code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('sends security headers and honours the CORS allow-list', async () => {
    const res = await t.request({ url: '/api/sources', headers: { origin: 'https://content.example' } });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBeDefined();
    expect(res.headers['access-control-allow-origin']).toBe('https://content.example');
    const other = await t.request({ url: '/api/sources', headers: { origin: 'https://evil.example' } });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses GraphQL queries that are too deep or use too many aliases', async () => {
    const deep = await t.graphql('{ sources(first: 5) { claims(first: 10) { source { slug } criterion { slug } related { slug } technology { slug } } } }');
    expect(deep.errors).toBeUndefined();
    let nested = 'slug';
    for (let i = 0; i < 12; i++) nested = `claims(first: 1) { source { ${nested} } }`;
    const tooDeep = await t.graphql(`{ sources { ${nested} } }`);
    // depth 25: refused by the depth or the (depth-weighted) cost limit, whichever is checked first
    expect(tooDeep.errors?.[0].message).toMatch(/depth|cost/i);
    expect(tooDeep.data).toBeUndefined();
    expect(tooDeep.errors?.[0].extensions?.code).toEqual(expect.any(String));
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: sources { slug }`).join(' ');
    const tooMany = await t.graphql(`{ ${aliases} }`);
    expect(tooMany.errors?.[0].message).toMatch(/alias/i);
  });

  it('answers 413 on /graphql as a GraphQL error', async () => {
    const res = await t.request({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: { query: `{ sources { slug } } # ${'x'.repeat(5000)}` } });
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.json().errors[0].extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', status: 413 });
  });

  it('answers 429 problem+json with Retry-After past the rate limit', async () => {
    let limited: Awaited<ReturnType<TestApp['request']>> | undefined;
    for (let i = 0; i < 60 && !limited; i++) {
      const res = await t.request('/api/technologies');
      if (res.status === 429) limited = res;
    }
    expect(limited).toBeDefined();
    expect(limited!.headers['x-ratelimit-limit']).toBe('40');
    const graphql = await t.request({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: { query: '{ __typename }' } });
    expect(graphql.status).toBe(429);
    expect(graphql.json().errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
    expect(limited!.headers['retry-after']).toMatch(/^\d+$/);
    expect(limited!.json()).toMatchObject({ status: 429, code: 'RATE_LIMITED', detail: expect.stringMatching(/requests per minute/) });
    expect((await t.request('/health')).status).toBe(200);
  });
});
