import { bootTestApp, type TestApp } from '../helpers/app.js';
import { INTROSPECTION, sampleSelections } from '../helpers/graphql-samples.js';

/**
 * KB_PUBLIC_READS=false: every read route of the OpenAPI document and every query field of the
 * schema (both enumerated at run time, so new ones are covered) answers an anonymous caller
 * 401 / UNAUTHENTICATED, before and after a reader has had the same answer (the response
 * cache must never answer before the API key guard).
 */
describe('private reads', () => {
  let t: TestApp;
  let reader: string;
  beforeAll(async () => {
    t = await bootTestApp({ env: { KB_PUBLIC_READS: 'false' } });
    const { ApiKeysService } = await import('../../src/modules/auth/api-keys.service.js');
    reader = (await t.app.get(ApiKeysService).create('reader', 'private reads')).key;
  });
  afterAll(() => t.close());

  const EXAMPLES: Record<string, string> = { id: '1', a: 'nodejs', b: 'python', type: 'criterion' };
  /** Reads of unpublished work (stored drafts, their stats) need an editor key whatever KB_PUBLIC_READS says: a reader gets 403. */
  const editorOnly = (url: string) => url.startsWith('/api/extractions');
  const EDITOR_ONLY_FIELDS = new Set(['extractionDrafts', 'extractionDraft', 'extractionStats', 'draftProposalCandidates']);

  it('refuses every REST read to an anonymous caller, cached or not', async () => {
    const doc = (await t.request({ url: '/api/openapi.json', headers: { authorization: `Bearer ${reader}` } })).json();
    const reads = Object.entries<Record<string, unknown>>(doc.paths)
      .filter(([path, ops]) => path.startsWith('/api/') && 'get' in ops)
      .map(([path]) => path.replace(/\{(\w+)\}/g, (_, name: string) => EXAMPLES[name] ?? 'nodejs'));
    expect(reads.length).toBeGreaterThanOrEqual(12);
    for (const url of [...reads, '/api/comparisons/nodejs/python?format=csv', '/api/claims?utm_source=x']) {
      const asReader = await t.request({ url, headers: { authorization: `Bearer ${reader}` } });
      expect([url, asReader.status === 401 || asReader.status === 403]).toEqual([url, editorOnly(url)]);
      for (let i = 0; i < 2; i++) {
        const anonymous = await t.request(url);
        expect([url, anonymous.status, anonymous.headers['content-type']]).toEqual([url, 401, expect.stringMatching(/problem\+json/)]);
        expect(anonymous.body).not.toContain('"rows"');
      }
    }
    const post = await t.request({ method: 'POST', url: '/api/recommendations', headers: { 'content-type': 'application/json' }, payload: { needs: ['realtime chat'] } });
    expect(post.status).toBe(401);
  });

  it('refuses every GraphQL query field to an anonymous caller, cached or not', async () => {
    const introspection = await t.graphql(INTROSPECTION, undefined, { authorization: `Bearer ${reader}` });
    const fields = sampleSelections(introspection.data.__schema);
    expect(fields.size).toBeGreaterThanOrEqual(12);
    for (const [name, selection] of fields) {
      const query = `{ ${selection} }`;
      const asReader = await t.graphql(query, undefined, { authorization: `Bearer ${reader}` });
      expect([name, asReader.errors?.some((e) => ['UNAUTHENTICATED', 'FORBIDDEN'].includes(String(e.extensions?.code))) ?? false]).toEqual([name, EDITOR_ONLY_FIELDS.has(name)]);
      for (let i = 0; i < 2; i++) {
        const anonymous = await t.graphql(query);
        expect([name, anonymous.errors?.[0]?.extensions?.code]).toEqual([name, 'UNAUTHENTICATED']);
        expect([name, anonymous.data?.[name] ?? null]).toEqual([name, null]);
      }
    }
  });

  it('refuses introspection and __typename to an anonymous caller or a bad key, and answers them with a key (issue 20 item 16)', async () => {
    for (const query of [INTROSPECTION, '{ __type(name: "Query") { fields { name } } }', '{ __typename }']) {
      const anonymous = await t.request({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: { query } });
      expect([query.slice(0, 20), anonymous.status, anonymous.json().errors?.[0]?.extensions?.code, anonymous.json().data]).toEqual([query.slice(0, 20), 401, 'UNAUTHENTICATED', undefined]);
      const badKey = await t.graphql(query, undefined, { authorization: 'Bearer vkb_not_a_key' });
      expect(badKey.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const withKey = await t.graphql(query, undefined, { authorization: `Bearer ${reader}` });
      expect(withKey.errors).toBeUndefined();
    }
  });

  it('still answers the probes', async () => {
    expect((await t.request('/health')).status).toBe(200);
  });
});
