import { bootTestApp, type TestApp } from '../helpers/app.js';
import { articleInput, asEditor, storedSource, uniqueToken } from '../helpers/factories.js';

/**
 * Every mutable resource (source, claim, taxonomy entry) sends a strong ETag and honours If-Match
 * on its writes: a stale one is 412 problem+json PRECONDITION_FAILED and changes nothing; the
 * current one or `*` passes; without If-Match the write applies to the current version. GraphQL
 * takes the same tag as `ifMatch` and answers PRECONDITION_FAILED.
 */
describe('write preconditions: ETag and If-Match on sources, claims and taxonomy entries', () => {
  let t: TestApp;
  let write: Awaited<ReturnType<typeof asEditor>>['write'];
  let auth: Record<string, string>;
  beforeAll(async () => {
    t = await bootTestApp({ env: { KB_CORS_ORIGINS: 'https://editor.example' } });
    ({ write, auth } = await asEditor(t, 'preconditions'));
  });
  afterAll(() => t.close());

  const expect412 = (res: { status: number; headers: Record<string, unknown>; json(): any }) => {
    expect(res.status).toBe(412);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 412, code: 'PRECONDITION_FAILED' });
  };

  async function claimOf() {
    const input = articleInput();
    expect((await write('POST', '/api/sources', input)).status).toBe(201);
    const source = (await storedSource(t, input.source.slug))!;
    return { input, source, claimId: source.claimIds[0] };
  }

  describe('claims (issue 20 item 6)', () => {
    it('GET /api/claims/:id sends a strong ETag that changes with each write', async () => {
      const { claimId } = await claimOf();
      const first = await t.request(`/api/claims/${claimId}`);
      expect(first.headers.etag).toMatch(/^"[^"]+"$/);
      expect((await t.request(`/api/claims/${claimId}`)).headers.etag).toBe(first.headers.etag);
      const patched = await write('PATCH', `/api/claims/${claimId}`, { qualifiers: ['edited'] });
      expect(patched.status).toBe(200);
      const second = await t.request(`/api/claims/${claimId}`);
      expect(second.headers.etag).not.toBe(first.headers.etag);
      expect(patched.headers.etag).toBe(second.headers.etag);
    });

    it('PATCH with a stale If-Match is 412 and changes nothing; the current one and * pass; none applies to the current version', async () => {
      const { claimId } = await claimOf();
      const before = await t.request(`/api/claims/${claimId}`);
      expect412(await write('PATCH', `/api/claims/${claimId}`, { qualifiers: ['stale'] }, { 'if-match': '"stale"' }));
      const unchanged = await t.request(`/api/claims/${claimId}`);
      expect([unchanged.body, unchanged.headers.etag]).toEqual([before.body, before.headers.etag]);

      const current = await write('PATCH', `/api/claims/${claimId}`, { qualifiers: ['current'] }, { 'if-match': before.headers.etag as string });
      expect(current.status).toBe(200);
      expect(current.json().qualifiers).toEqual(['current']);
      // the ETag just used is now stale
      expect412(await write('PATCH', `/api/claims/${claimId}`, { qualifiers: ['again'] }, { 'if-match': before.headers.etag as string }));
      expect((await write('PATCH', `/api/claims/${claimId}`, { qualifiers: ['any'] }, { 'if-match': '*' })).status).toBe(200);
      expect((await write('PATCH', `/api/claims/${claimId}`, { qualifiers: ['none'] })).json().qualifiers).toEqual(['none']);
    });

    it('DELETE with a stale If-Match is 412 and keeps the claim; with the current one it deletes', async () => {
      const { claimId } = await claimOf();
      const { etag } = (await t.request(`/api/claims/${claimId}`)).headers as { etag: string };
      expect412(await write('DELETE', `/api/claims/${claimId}`, undefined, { 'if-match': '"stale"' }));
      expect((await t.request(`/api/claims/${claimId}`)).status).toBe(200);
      expect((await write('DELETE', `/api/claims/${claimId}`, undefined, { 'if-match': etag })).status).toBe(204);
      expect((await t.request(`/api/claims/${claimId}`)).status).toBe(404);
    });

    it("a claim's edit is a new version of its source: the source's old ETag no longer matches", async () => {
      const { input, source, claimId } = await claimOf();
      expect((await write('PATCH', `/api/claims/${claimId}`, { qualifiers: ['by another editor'] })).status).toBe(200);
      // an editor who read the source before that edit cannot overwrite it with a whole annotation
      expect412(await write('POST', '/api/sources', { ...input, claims: input.claims.slice(1) }, { 'if-match': source.etag }));
      const after = (await t.request(`/api/claims/${claimId}`)).json();
      expect(after.qualifiers).toEqual(['by another editor']);
    });

    it('GraphQL: Claim.etag, updateClaim(ifMatch) and deleteClaim(ifMatch)', async () => {
      const { claimId } = await claimOf();
      const read = await t.graphql(`{ claim(id: ${claimId}) { id etag } }`);
      const etag = read.data.claim.etag as string;
      expect(etag).toBe((await t.request(`/api/claims/${claimId}`)).headers.etag);
      const update = `mutation($id: Int!, $ifMatch: String) { updateClaim(id: $id, patch: { qualifiers: ["gql"] }, ifMatch: $ifMatch) { qualifiers etag } }`;
      const stale = await t.graphql(update, { id: claimId, ifMatch: '"stale"' }, auth);
      expect(stale.errors?.[0].extensions?.code).toBe('PRECONDITION_FAILED');
      const ok = await t.graphql(update, { id: claimId, ifMatch: etag }, auth);
      expect(ok.errors).toBeUndefined();
      expect(ok.data.updateClaim.qualifiers).toEqual(['gql']);
      expect(ok.data.updateClaim.etag).toBe((await t.request(`/api/claims/${claimId}`)).headers.etag);
      const del = await t.graphql(`mutation($id: Int!) { deleteClaim(id: $id, ifMatch: ${JSON.stringify(etag)}) }`, { id: claimId }, auth);
      expect(del.errors?.[0].extensions?.code).toBe('PRECONDITION_FAILED');
    });
  });

  describe('taxonomy entries', () => {
    it('GET /api/technologies/:slug sends the ETag; PATCH, merge and DELETE with a stale one are 412 and change nothing', async () => {
      const token = uniqueToken();
      const slug = `pre-tech-${token}`;
      const created = await write('POST', '/api/technologies', { slug, name: `Pre ${token}`, kind: 'language', aliases: [] });
      expect(created.status).toBe(201);
      const read = await t.request(`/api/technologies/${slug}`);
      expect(read.headers.etag).toBe(created.json().etag);
      expect(read.json().etag).toBe(read.headers.etag);
      expect412(await write('PATCH', `/api/technologies/${slug}`, { aliases: [`pre ${token}`] }, { 'if-match': '"stale"' }));
      expect412(await write('DELETE', `/api/technologies/${slug}`, undefined, { 'if-match': '"stale"' }));
      expect412(await write('POST', `/api/technologies/${slug}/merge`, { into: 'nodejs' }, { 'if-match': '"stale"' }));
      const after = await t.request(`/api/technologies/${slug}`);
      expect([after.json().aliases, after.headers.etag]).toEqual([[], read.headers.etag]);

      const patched = await write('PATCH', `/api/technologies/${slug}`, { aliases: [`pre ${token}`] }, { 'if-match': read.headers.etag as string });
      expect(patched.status).toBe(200);
      expect(patched.headers.etag).toBe(patched.json().etag);
      expect(patched.json().etag).not.toBe(read.headers.etag);
      expect((await write('DELETE', `/api/technologies/${slug}`, undefined, { 'if-match': patched.json().etag })).status).toBe(204);
    });

    it('criteria and use cases carry their etag in the lists, and PATCH honours it', async () => {
      const token = uniqueToken();
      const slug = `pre-crit-${token}`;
      const created = await write('POST', '/api/criteria', { slug, name: `Pre criterion ${token}`, category: 'performance', aliases: [] });
      const listed = ((await t.request('/api/criteria')).json().items as { slug: string; etag: string }[]).find((c) => c.slug === slug)!;
      expect(listed.etag).toBe(created.json().etag);
      expect412(await write('PATCH', `/api/criteria/${slug}`, { description: 'stale' }, { 'if-match': '"stale"' }));
      expect((await write('PATCH', `/api/criteria/${slug}`, { description: 'current' }, { 'if-match': listed.etag })).status).toBe(200);
      const useCase = await write('POST', '/api/use-cases', { slug: `pre-use-${token}`, name: `Pre use case ${token}`, aliases: [] });
      expect412(await write('PATCH', `/api/use-cases/pre-use-${token}`, { name: 'stale' }, { 'if-match': '"stale"' }));
      expect((await write('PATCH', `/api/use-cases/pre-use-${token}`, { name: `Current ${token}` }, { 'if-match': useCase.json().etag })).status).toBe(200);
    });

    it('GraphQL: updateTechnology(ifMatch) answers PRECONDITION_FAILED when stale and returns the new etag', async () => {
      const token = uniqueToken();
      const slug = `pre-gql-${token}`;
      const created = await write('POST', '/api/technologies', { slug, name: `Pre GQL ${token}`, kind: 'language', aliases: [] });
      const update = `mutation($slug: String!, $ifMatch: String) { updateTechnology(slug: $slug, patch: { keywords: ["k"] }, ifMatch: $ifMatch) { keywords etag } }`;
      expect((await t.graphql(update, { slug, ifMatch: '"stale"' }, auth)).errors?.[0].extensions?.code).toBe('PRECONDITION_FAILED');
      const ok = await t.graphql(update, { slug, ifMatch: created.json().etag }, auth);
      expect(ok.errors).toBeUndefined();
      expect(ok.data.updateTechnology.etag).toBe((await t.request(`/api/technologies/${slug}`)).headers.etag);
      const read = await t.graphql(`{ technology(slug: "${slug}") { etag } }`);
      expect(read.data.technology.etag).toBe(ok.data.updateTechnology.etag);
    });
  });

  describe('sources', () => {
    it('DELETE with a stale If-Match is 412 and keeps the source; the ingest answer carries the new ETag', async () => {
      const input = articleInput();
      const created = await write('POST', '/api/sources', input);
      const { etag } = (await storedSource(t, input.source.slug))!;
      expect([created.headers.etag, created.json().etag]).toEqual([etag, etag]);
      expect412(await write('DELETE', `/api/sources/${input.source.slug}`, undefined, { 'if-match': '"stale"' }));
      expect((await storedSource(t, input.source.slug))!.etag).toBe(etag);
      expect((await write('DELETE', `/api/sources/${input.source.slug}`, undefined, { 'if-match': etag })).status).toBe(204);
    });

    it('an annotation change with a stale If-Match is 412 (If-Match is optional for annotations, honoured when sent)', async () => {
      const input = articleInput();
      expect((await write('POST', '/api/sources', input)).status).toBe(201);
      const before = (await storedSource(t, input.source.slug))!;
      expect412(await write('POST', '/api/sources', { ...input, claims: input.claims.slice(1) }, { 'if-match': '"stale"' }));
      expect(await storedSource(t, input.source.slug)).toEqual(before);
      const graphql = await t.graphql(
        `mutation($input: IngestSourceInput!) { ingestSource(input: $input, ifMatch: "\\"stale\\"") { status } }`,
        { input: { ...input, claims: input.claims.slice(1) } },
        auth,
      );
      expect(graphql.errors?.[0].extensions?.code).toBe('PRECONDITION_FAILED');
      expect((await t.graphql(`mutation { deleteSource(slug: "${input.source.slug}", ifMatch: "\\"stale\\"") }`, {}, auth)).errors?.[0].extensions?.code).toBe('PRECONDITION_FAILED');
    });
  });

  it('CORS lets a browser editor send If-Match and read ETag (issue 20 item 20)', async () => {
    const preflight = await t.request({
      method: 'OPTIONS',
      url: '/api/claims/1',
      headers: { origin: 'https://editor.example', 'access-control-request-method': 'PATCH', 'access-control-request-headers': 'if-match,content-type,authorization' },
    });
    expect(preflight.status).toBeLessThan(300);
    expect(String(preflight.headers['access-control-allow-headers']).toLowerCase().split(/,\s*/)).toContain('if-match');
    const read = await t.request({ url: '/api/technologies/nodejs', headers: { origin: 'https://editor.example' } });
    expect(String(read.headers['access-control-expose-headers']).toLowerCase().split(/,\s*/)).toContain('etag');
  });
});
