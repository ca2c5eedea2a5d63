import { createHash } from 'node:crypto';
import { bootTestApp, type TestApp } from '../helpers/app.js';

/**
 * GraphQL requests that used to crash the process or answer 500 (issue 20 items 1, 3, 12, 13, 20)
 * are refused with a 4xx and a GraphQL error code, before anything runs.
 */
describe('GraphQL request refusals', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  const post = async (body: unknown) => {
    const res = await t.request({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: typeof body === 'string' ? body : JSON.stringify(body) });
    return { status: res.status, body: res.json() };
  };
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

  it('item 1: refuses a document over GRAPHQL_MAX_DOCUMENT_BYTES, comments included, before parsing or registering it (413)', async () => {
    const query = `{ __typename #${'x'.repeat(100_000)}\n a1: __typename }`;
    for (const body of [{ query }, { query, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } }]) {
      const res = await post(body);
      expect(res.status).toBe(413);
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', limit: { name: 'documentBytes', max: 16 * 1024, found: Buffer.byteLength(query) } });
    }
    // nothing was registered: the hash alone is unknown
    const again = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } });
    expect(again.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    // a document just under the limit is served
    const small = `{ __typename #${'x'.repeat(15_000)}\n a2: __typename }`;
    expect((await post({ query: small })).body).toEqual({ data: { __typename: 'Query', a2: 'Query' } });
  });

  it('item 3: the cost limit counts variables and page-size defaults', async () => {
    const roots = ['technologies', 'criteria', 'useCases', 'sources'];
    const selection = (first: string) => Array.from({ length: 15 }, (_, i) => `a${i}: ${roots[i % 4]}(first: 5) { slug claims${first} { id quote statement } }`).join(' ');
    const literal = await post({ query: `{ ${selection('(first: 200)')} }` });
    const variable = await post({ query: `query($n: Int) { ${selection('(first: $n)')} }`, variables: { n: 200 } });
    const absent = await post({ query: `{ ${selection('')} }` });
    for (const res of [literal, variable, absent]) {
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: { name: 'cost', max: 20000 } });
    }
    expect(variable.body.errors[0].extensions.limit.found).toBe(literal.body.errors[0].extensions.limit.found);
    // the same document with a small page is served, from the same cached document
    const small = await post({ query: `query($n: Int) { ${selection('(first: $n)')} }`, variables: { n: 2 } });
    expect(small.status).toBe(200);
    expect(small.body.errors).toBeUndefined();
    // a root list without first counts as its default page of 50
    const rootDefault = await post({ query: '{ technologies { slug claims(first: 200) { id quote statement } } }' });
    expect(rootDefault.body.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: { name: 'cost' } });
  });

  it('item 12: no operation chosen is 400 OPERATION_RESOLUTION_FAILURE, also once the document is compiled', async () => {
    for (let i = 0; i < 3; i++) {
      const two = await post({ query: 'query A { __typename } query B { __typename }' });
      expect([two.status, two.body.errors[0].extensions.code]).toEqual([400, 'OPERATION_RESOLUTION_FAILURE']);
      const unknown = await post({ query: 'query A { __typename }', operationName: 'Z' });
      expect([unknown.status, unknown.body.errors[0].extensions.code]).toEqual([400, 'OPERATION_RESOLUTION_FAILURE']);
      expect((await post({ query: 'query A { a: __typename } query B { b: __typename }', operationName: 'B' })).body).toEqual({ data: { b: 'Query' } });
    }
  });

  it('item 13: variables nested 10,000 levels are 400 BAD_USER_INPUT, over POST and GET', async () => {
    const deep = (levels: number, open: string, close: string) => open.repeat(levels) + '1' + close.repeat(levels);
    // Past the body parser's nesting limit (MAX_JSON_DEPTH, every JSON body): refused before it is parsed.
    for (const variables of [`{"x":${deep(10_000, '[', ']')}}`, `{"f":${deep(10_000, '{"a":', '}')}}`]) {
      const res = await post(`{"query":"query($x: Int) { __typename }","variables":${variables}}`);
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    }
    // Within what the body parser takes, deeper than variables may nest: the GraphQL limit names itself.
    for (const variables of [`{"x":${deep(40, '[', ']')}}`, `{"f":${deep(40, '{"a":', '}')}}`]) {
      const res = await post(`{"query":"query($x: Int) { __typename }","variables":${variables}}`);
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: { name: 'variablesDepth' } });
    }
    const get = await t.request({ url: `/graphql?query=${encodeURIComponent('{ __typename }')}&variables=${encodeURIComponent(`{"x":${'['.repeat(2_000)}${']'.repeat(2_000)}}`)}`, headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(400);
    expect(get.json().errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('item 20: an APQ hash mismatch and an unsupported APQ version have their own codes', async () => {
    const query = '{ __typename }';
    const mismatch = await post({ query, extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ other }') } } });
    expect([mismatch.status, mismatch.body.errors[0].extensions.code]).toEqual([400, 'PERSISTED_QUERY_HASH_MISMATCH']);
    const version = await post({ query, extensions: { persistedQuery: { version: 2, sha256Hash: sha256(query) } } });
    expect([version.status, version.body.errors[0].extensions.code]).toEqual([400, 'BAD_REQUEST']);
    const registered = await post({ query, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } });
    expect(registered.body).toEqual({ data: { __typename: 'Query' } });
  });
});
