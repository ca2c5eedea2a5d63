import { randomUUID } from 'node:crypto';
import { bootTestApp, type TestApp } from '../helpers/app.js';

describe('write path: ingestion, edits, deletions', () => {
  let t: TestApp;
  let editor: string;
  beforeAll(async () => {
    t = await bootTestApp();
    const { ApiKeysService } = await import('../../src/modules/auth/api-keys.service.js');
    editor = (await t.app.get(ApiKeysService).create('editor', 'write-path')).key;
  });
  afterAll(() => t.close());

  const write = (method: string, url: string, payload?: unknown) =>
    t.request({ method, url, headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` }, payload });

  function article() {
    const id = `api-${randomUUID()}`;
    const body = `Node.js handles many connections. Python wins for data science. Node.js handles many connections. ${id}`;
    return {
      id,
      input: {
        source: { externalId: id, slug: id, title: 'API article', author: 'Test Author', publishedAt: '2026-03', compares: ['nodejs', 'python'], body },
        claims: [
          { key: 'connections', kind: 'pro', statement: 'Node.js handles many connections.', quote: 'Node.js handles many connections.', occurrence: 2, technology: 'node', criterion: 'concurrency' },
          { key: 'data-science', kind: 'verdict', statement: 'Python wins for data science.', quote: 'Python wins for data science.', criterion: 'Data Science', outcome: 'win', winner: 'python' },
        ],
      },
    };
  }

  it('ingests a source: 201 created, then 200 unchanged (idempotent), then 200 updated', async () => {
    const { id, input } = article();
    const created = await write('POST', '/api/sources', input);
    expect(created.status).toBe(201);
    expect(created.json()).toMatchObject({ status: 'created', slug: id, claims: { total: 2, created: 2 } });
    const again = await write('POST', '/api/sources', input);
    expect(again.status).toBe(200);
    expect(again.json()).toMatchObject({ status: 'unchanged' });
    const claims = (await t.request(`/api/claims?source=${id}`)).json().items;
    expect(claims).toHaveLength(2);
    const repeated = claims.find((c: any) => c.quote === 'Node.js handles many connections.');
    expect(repeated.quoteStart).toBe(input.source.body.lastIndexOf('Node.js handles many connections.'));
    input.claims[1].statement = 'Python is the winner for data science.';
    const updated = await write('POST', '/api/sources', input);
    expect(updated.json()).toMatchObject({ status: 'updated', claims: { updated: 1, created: 0 } });
    expect((await t.request(`/api/sources/${id}`)).json()).toMatchObject({ author: 'Test Author', publishedAt: '2026-03', claimCount: 2 });
  });

  it('rejects a quote that is not in the body with 422 problem+json and stores nothing', async () => {
    const { id, input } = article();
    input.claims[1].quote = 'Python wins for everything.';
    const res = await write('POST', '/api/sources', input);
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.json()).toMatchObject({ code: 'QUOTE_NOT_FOUND', errors: [{ field: 'claims[1] (data-science).quote' }] });
    expect((await t.request(`/api/sources/${id}`)).status).toBe(404);
  });

  it('validates the body: unknown properties, missing fields, bad enums', async () => {
    const { input } = article();
    for (const bad of [{ ...input, extra: 1 }, { claims: [] }, { ...input, claims: [{ ...input.claims[0], kind: 'opinion' }] }, { ...input, source: { ...input.source, body: undefined } }]) {
      const res = await write('POST', '/api/sources', bad);
      expect(res.status).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
    }
    const notJson = await t.request({ method: 'POST', url: '/api/sources', headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` }, payload: '{"source":' });
    expect(notJson.status).toBe(400);
    expect(notJson.headers['content-type']).toMatch(/problem\+json/);
  });

  it('patches a claim with the same checks, and deletes claims and sources', async () => {
    const { id, input } = article();
    await write('POST', '/api/sources', input);
    const [first] = (await t.request(`/api/claims?source=${id}`)).json().items;
    const patched = await write('PATCH', `/api/claims/${first.id}`, { statement: 'Node.js copes with many connections.' });
    expect(patched.status).toBe(200);
    expect(patched.json()).toMatchObject({ id: first.id, statement: 'Node.js copes with many connections.', quoteStart: first.quoteStart });
    const badQuote = await write('PATCH', `/api/claims/${first.id}`, { quote: 'not in the text' });
    expect(badQuote.status).toBe(422);
    expect((await t.request(`/api/claims/${first.id}`)).json().quote).toBe(first.quote);
    const badShape = await write('PATCH', `/api/claims/${first.id}`, { kind: 'verdict' });
    expect(badShape.status).toBe(422);
    expect((await write('PATCH', '/api/claims/99999999', { statement: 'xyz' })).status).toBe(404);
    expect((await write('DELETE', `/api/claims/${first.id}`)).status).toBe(204);
    expect((await t.request(`/api/claims/${first.id}`)).status).toBe(404);
    expect((await write('DELETE', `/api/sources/${id}`)).status).toBe(204);
    expect((await t.request(`/api/sources/${id}`)).status).toBe(404);
    expect((await t.request(`/api/claims?source=${id}`)).json().items).toEqual([]);
    expect((await write('DELETE', `/api/sources/${id}`)).status).toBe(404);
  });

  it('invalidates cached comparison tables when data changes', async () => {
    const before = await t.request('/api/comparisons/nodejs/python?format=csv');
    const { input } = article();
    await write('POST', '/api/sources', input);
    const after = await t.request({ url: '/api/comparisons/nodejs/python?format=csv', headers: { 'if-none-match': before.headers['etag'] as string } });
    expect(after.status).toBe(200);
    expect(after.headers['etag']).not.toBe(before.headers['etag']);
  });

  it('offers the same writes as GraphQL mutations', async () => {
    const { id, input } = article();
    const res = await t.request({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', 'x-api-key': editor },
      payload: { query: 'mutation($input: IngestSourceInput!) { ingestSource(input: $input) { status slug claims { total } } }', variables: { input } },
    });
    expect(res.json().data.ingestSource).toEqual({ status: 'created', slug: id, claims: { total: 2 } });
    const bad = await t.request({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', 'x-api-key': editor },
      payload: { query: 'mutation($input: IngestSourceInput!) { ingestSource(input: $input) { status } }', variables: { input: { ...input, claims: [{ ...input.claims[0], quote: 'nope' }] } } },
    });
    expect(bad.json().errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const del = await t.request({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json', 'x-api-key': editor }, payload: { query: `mutation { deleteSource(slug: "${id}") }` } });
    expect(del.json().data.deleteSource).toBe(true);
  });
});
