import { auditServer } from 'graphql-http';
import { bootTestApp, type TestApp } from '../helpers/app.js';

/**
 * GraphQL over HTTP: graphql-http's audit (every MUST and SHOULD), and request errors
 * (parse, limits, malformed JSON) answered as GraphQL errors with the right status and code.
 */
describe('GraphQL over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  const post = async (body: string, accept = 'application/graphql-response+json') => {
    const res = await t.request({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json', accept }, payload: body });
    return { status: res.status, type: res.headers['content-type'], body: res.json() };
  };
  const query = (q: string) => JSON.stringify({ query: q });

  it('passes every MUST and SHOULD of the graphql-http audit', async () => {
    const results = await auditServer({ url: `${await t.app.getUrl()}/graphql` });
    const required = results.filter((r) => r.name.startsWith('MUST') || r.name.startsWith('SHOULD'));
    const failed = required.filter((r) => r.status !== 'ok').map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(failed).toEqual([]);
    expect(required.filter((r) => r.name.startsWith('MUST')).length).toBeGreaterThanOrEqual(13);
    expect(required.filter((r) => r.name.startsWith('SHOULD')).length).toBeGreaterThanOrEqual(23);
  });

  it('answers a parse error 400 with GRAPHQL_PARSE_FAILED (200 to a legacy application/json client)', async () => {
    const modern = await post(query('{ sources { slug }'));
    expect(modern.status).toBe(400);
    expect(modern.type).toMatch(/application\/graphql-response\+json/);
    expect(modern.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    const legacy = await post(query('{ sources { slug }'), 'application/json');
    expect(legacy.status).toBe(200);
    expect(legacy.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    const wildcard = await post(query('{ sources { slug }'), '*/*');
    expect(wildcard.status).toBe(400);
  });

  it('refuses a document over the token limit as a parse error, with the limit', async () => {
    const res = await post(query(`{ ${'sources { slug } '.repeat(800)} }`));
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ message: expect.stringMatching(/more than \d+ tokens/), extensions: { code: 'GRAPHQL_PARSE_FAILED', limit: { name: 'tokens' } } });
  });

  it('counts __typename and introspection fields in the limits, with a clear message', async () => {
    const aliases = await post(query(`{ ${Array.from({ length: 100 }, (_, i) => `a${i}: __typename`).join(' ')} }`));
    expect(aliases.status).toBe(400);
    expect(aliases.body.errors[0].message).toBe('Aliases in the query is 100, over the limit of 15');
    expect(aliases.body.errors[0].message).not.toMatch(/Syntax Error/);
    expect(aliases.body.errors[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: { name: 'aliases', max: 15, found: 100 } });
    let nested = 'name';
    for (let i = 0; i < 12; i++) nested = `ofType { ${nested} }`;
    const deepIntrospection = await post(query(`{ __schema { types { ${nested} } } }`));
    expect(deepIntrospection.status).toBe(400);
    expect(deepIntrospection.body.errors[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: { name: 'depth' } });
    const ordinary = await post(query('{ __typename sources { slug } }'));
    expect(ordinary.status).toBe(200);
    expect(ordinary.body.errors).toBeUndefined();
  });

  it('answers malformed JSON and a non-JSON body with GraphQL errors, not problem+json', async () => {
    const bad = await post('{ "query": ');
    expect(bad.status).toBe(400);
    expect(bad.type).toMatch(/application\/graphql-response\+json/);
    expect(bad.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    const form = await t.request({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'query=x' });
    expect(form.status).toBe(415);
    expect(form.json().errors[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});
