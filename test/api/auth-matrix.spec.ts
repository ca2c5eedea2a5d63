import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { RequestMethod } from '@nestjs/common';
import { bootTestApp, type TestApp } from '../helpers/app.js';

/**
 * Every write route of the router and every mutation of the schema, enumerated at run time
 * (a new one cannot slip through): no key, a bad key and a reader key are refused; an editor
 * key gets past authorization.
 */
describe('authorization matrix', () => {
  let t: TestApp;
  const keys: Record<string, string> = {};
  let writeRoutes: { method: string; url: string }[] = [];

  beforeAll(async () => {
    t = await bootTestApp();
    const { ApiKeysService } = await import('../../src/modules/auth/api-keys.service.js');
    const service = t.app.get(ApiKeysService);
    for (const role of ['reader', 'editor', 'admin'] as const) keys[role] = (await service.create(role, `matrix ${role}`)).key;
    const { ModulesContainer } = await import('@nestjs/core');
    const routes: { method: string; url: string }[] = [];
    for (const module of t.app.get(ModulesContainer).values()) {
      for (const wrapper of module.controllers.values()) {
        const type = wrapper.metatype as (new (...args: unknown[]) => unknown) | undefined;
        if (!type) continue;
        const base = ([] as string[]).concat(Reflect.getMetadata(PATH_METADATA, type) ?? '')[0];
        for (const name of Object.getOwnPropertyNames(type.prototype)) {
          const handler = type.prototype[name];
          const method = typeof handler === 'function' ? Reflect.getMetadata(METHOD_METADATA, handler) : undefined;
          if (method === undefined) continue;
          const path = ([] as string[]).concat(Reflect.getMetadata(PATH_METADATA, handler) ?? '')[0];
          const url = ('/api/' + [base, path].filter((p) => p && p !== '/').join('/')).replace(/:id\b/g, '1').replace(/:\w+/g, 'x').replace(/\/+/g, '/');
          routes.push({ method: RequestMethod[method], url });
        }
      }
    }
    writeRoutes = routes.filter((r) => !['GET', 'HEAD', 'OPTIONS'].includes(r.method));
  });
  afterAll(() => t.close());

  const send = (route: { method: string; url: string }, key?: string) =>
    t.request({ method: route.method, url: route.url, headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) }, payload: {} });

  it('finds the write routes', () => {
    expect(writeRoutes.map((r) => `${r.method} ${r.url}`)).toEqual(expect.arrayContaining(['POST /api/sources', 'DELETE /api/sources/x', 'PATCH /api/claims/1', 'DELETE /api/claims/1']));
  });

  it('refuses every write route without a key, with a bad key and with a reader key', async () => {
    const readOnlyPosts = ['POST /api/recommendations'];
    for (const route of writeRoutes.filter((r) => !readOnlyPosts.includes(`${r.method} ${r.url}`))) {
      const none = await send(route);
      expect([route.url, none.status, none.headers['content-type']]).toEqual([route.url, 401, expect.stringMatching(/problem\+json/)]);
      expect((await send(route, 'vkb_000000000000_' + 'A'.repeat(43))).status).toBe(401);
      expect((await send(route, 'not-a-key')).status).toBe(401);
      expect((await send(route, keys.reader)).status).toBe(403);
      const editor = await send(route, keys.editor);
      expect([route.url, [401, 403].includes(editor.status)]).toEqual([route.url, false]);
    }
  });

  const MUTATION_SAMPLES: Record<string, string> = {
    ingestSource: 'ingestSource(input: { source: { slug: "x", title: "x", compares: [], body: "x" }, claims: [] }) { status }',
    deleteSource: 'deleteSource(slug: "no-such-source")',
    updateClaim: 'updateClaim(id: 999999, patch: { statement: "xyz" }) { id }',
    deleteClaim: 'deleteClaim(id: 999999)',
    extractDraft: 'extractDraft(input: { content: "Go vs Rust", format: "text" }) { source { slug } }',
    // draft samples name no draft or fail validation: an editor's run stores nothing
    createExtractionDraft: 'createExtractionDraft(input: { content: "", format: "text" }) { id }',
    decideDraftClaims: 'decideDraftClaims(id: 999999, input: { keys: ["x"], decision: "accepted" }) { id }',
    editDraftClaim: 'editDraftClaim(id: 999999, key: "x", input: { decision: "accepted" }) { id }',
    addDraftClaim: 'addDraftClaim(id: 999999, input: { kind: "fact", statement: "xyz", quote: "x", start: 0, end: 1 }) { id }',
    mapDraftProposal: 'mapDraftProposal(id: 999999, type: "criterion", slug: "x", input: { mapTo: null }) { id }',
    discardExtractionDraft: 'discardExtractionDraft(id: 999999)',
    publishExtractionDraft: 'publishExtractionDraft(id: 999999, pending: "accept") { source { slug } }',
    // taxonomy samples name no entry or fail validation: an editor's run changes nothing
    createTechnology: 'createTechnology(input: { slug: "Not A Slug", name: "x", kind: "language" }) { slug }',
    updateTechnology: 'updateTechnology(slug: "no-such-technology", patch: { name: "x" }) { slug }',
    deleteTechnology: 'deleteTechnology(slug: "no-such-technology")',
    mergeTechnology: 'mergeTechnology(slug: "no-such-technology", into: "also-none") { merged }',
    createCriterion: 'createCriterion(input: { slug: "Not A Slug", name: "x", category: "performance" }) { slug }',
    updateCriterion: 'updateCriterion(slug: "no-such-criterion", patch: { name: "x" }) { slug }',
    deleteCriterion: 'deleteCriterion(slug: "no-such-criterion")',
    mergeCriterion: 'mergeCriterion(slug: "no-such-criterion", into: "also-none") { merged }',
    createUseCase: 'createUseCase(input: { slug: "Not A Slug", name: "x" }) { slug }',
    updateUseCase: 'updateUseCase(slug: "no-such-use-case", patch: { name: "x" }) { slug }',
    deleteUseCase: 'deleteUseCase(slug: "no-such-use-case")',
    mergeUseCase: 'mergeUseCase(slug: "no-such-use-case", into: "also-none") { merged }',
  };

  it('refuses every mutation of the schema without a key, with a bad key and with a reader key', async () => {
    const schema = await t.graphql('{ __schema { mutationType { fields { name } } } }');
    const mutations: string[] = schema.data.__schema.mutationType.fields.map((f: { name: string }) => f.name);
    expect(mutations.length).toBeGreaterThan(0);
    for (const name of mutations) {
      expect([name, MUTATION_SAMPLES[name] !== undefined]).toEqual([name, true]); // a new mutation must join the matrix
      const query = `mutation { ${MUTATION_SAMPLES[name]} }`;
      const as = async (key?: string) => {
        const res = await t.request({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json', ...(key ? { 'x-api-key': key } : {}) }, payload: { query } });
        return res.json().errors?.[0]?.extensions?.code as string | undefined;
      };
      expect([name, await as()]).toEqual([name, 'UNAUTHENTICATED']);
      expect([name, await as('vkb_000000000000_' + 'B'.repeat(43))]).toEqual([name, 'UNAUTHENTICATED']);
      expect([name, await as(keys.reader)]).toEqual([name, 'FORBIDDEN']);
      expect([name, ['UNAUTHENTICATED', 'FORBIDDEN'].includes((await as(keys.editor)) ?? '')]).toEqual([name, false]);
    }
  });

  it('keeps reads public by default but refuses a bad key on a read', async () => {
    expect((await t.request('/api/sources')).status).toBe(200);
    expect((await t.request({ url: '/api/sources', headers: { 'x-api-key': keys.reader } })).status).toBe(200);
    expect((await t.request({ url: '/api/sources', headers: { 'x-api-key': 'garbage' } })).status).toBe(401);
  });

  it('revoked keys stop working', async () => {
    const { ApiKeysService } = await import('../../src/modules/auth/api-keys.service.js');
    const service = t.app.get(ApiKeysService);
    const created = await service.create('editor', 'to revoke');
    expect(await service.verify(created.key)).toMatchObject({ role: 'editor' });
    await service.revoke(created.prefix);
    expect(await service.verify(created.key)).toBeNull();
    const stored = JSON.stringify(await service.list());
    // The secret is base64url and may itself contain '_': cut the known `vkb_<prefix>_` head.
    expect(stored).not.toContain(created.key.slice(`vkb_${created.prefix}_`.length));
  });
});
