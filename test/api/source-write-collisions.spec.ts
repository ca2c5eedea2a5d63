import { bootTestApp, type TestApp } from '../helpers/app.js';
import { articleInput, asEditor, editorClient, storedSource, type ArticleInput, uniqueToken } from '../helpers/factories.js';

/**
 * Every way a write could reach a source it does not name: each is refused, and afterwards the
 * original source, its slug URL and its claim ids are exactly as before.
 */
describe('source writes cannot destroy another source', () => {
  let t: TestApp;
  let write: ReturnType<typeof editorClient>;
  beforeAll(async () => {
    t = await bootTestApp();
    ({ write } = await asEditor(t, 'collisions'));
  });
  afterAll(() => t.close());

  /** Stores a fresh article and returns it with its stored state. */
  async function original() {
    const input = articleInput();
    expect((await write('POST', '/api/sources', input)).status).toBe(201);
    const before = await storedSource(t, input.source.slug);
    expect(before!.claimIds).toHaveLength(3);
    return { input, before: before! };
  }

  async function expectIntact(input: ArticleInput, before: NonNullable<Awaited<ReturnType<typeof storedSource>>>) {
    const after = await storedSource(t, input.source.slug);
    expect(after).toEqual(before);
  }

  const other = () => articleInput();
  /** Another article of its own with some of its source fields replaced. */
  const otherWith = (source: Record<string, unknown>) => {
    const o = other();
    return { ...o, source: { ...o.source, ...source } };
  };

  it.each([
    ['its text under another slug and externalId', (a: ArticleInput) => otherWith({ body: a.source.body }), 'source.body'],
    ['its text under another slug, no externalId', (a: ArticleInput) => otherWith({ body: a.source.body, externalId: undefined }), 'source.body'],
    ['its slug with another externalId and text', (a: ArticleInput) => otherWith({ slug: a.source.slug }), 'source.slug'],
    ['its externalId under another slug', (a: ArticleInput) => otherWith({ externalId: a.source.externalId }), 'source.externalId'],
  ])('refuses %s with 409 naming the stored source', async (_name, make, field) => {
    const { input, before } = await original();
    const res = await write('POST', '/api/sources', make(input));
    expect(res.status).toBe(409);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    const problem = res.json();
    expect(problem).toMatchObject({ code: 'SOURCE_CONFLICT', errors: [{ field }] });
    expect(problem.detail).toContain(`'${input.source.slug}'`);
    expect(problem.detail).toContain(input.source.externalId);
    await expectIntact(input, before);
  });

  it('refuses a slug and an externalId naming two different sources; both stay intact', async () => {
    const a = await original();
    const b = await original();
    const mixed = { ...a.input, source: { ...a.input.source, externalId: b.input.source.externalId } };
    const res = await write('POST', '/api/sources', mixed);
    expect(res.status).toBe(409);
    expect(res.json().detail).toEqual(expect.stringContaining(`'${b.input.source.slug}'`));
    await expectIntact(a.input, a.before);
    await expectIntact(b.input, b.before);
  });

  it('sends a strong ETag; a text change without If-Match is 428, with a stale one 412, nothing changed', async () => {
    const { input, before } = await original();
    expect(before.etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    const revised = { ...input, source: { ...input.source, body: `${input.source.body} A revised paragraph.` } };
    const missing = await write('POST', '/api/sources', revised);
    expect([missing.status, missing.json().code]).toEqual([428, 'PRECONDITION_REQUIRED']);
    const stale = await write('POST', '/api/sources', revised, { 'if-match': '"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"' });
    expect([stale.status, stale.json().code]).toEqual([412, 'PRECONDITION_FAILED']);
    const weak = await write('POST', '/api/sources', revised, { 'if-match': `W/${before.etag}` });
    expect(weak.status).toBe(412);
    await expectIntact(input, before);
  });

  it('revises the text with the current ETag: claim ids kept by key, offsets moved, new ETag', async () => {
    const { input, before } = await original();
    const revised = { ...input, source: { ...input.source, body: `Preface. ${input.source.body}` } };
    const res = await write('POST', '/api/sources', revised, { 'if-match': before.etag });
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ status: 'updated', claims: { created: 0, deleted: 0 } });
    const after = (await storedSource(t, input.source.slug))!;
    expect(after.claimIds).toEqual(before.claimIds);
    expect(after.body).toBe(revised.source.body);
    expect(after.etag).not.toBe(before.etag);
    const again = await write('POST', '/api/sources', { ...revised, source: { ...revised.source, body: `${revised.source.body} More.` } }, { 'if-match': before.etag });
    expect(again.status).toBe(412);
  });

  it('lists the claims whose quotes no longer stand in a revised text (422), and accepts the revision once they are dropped', async () => {
    const { input, before } = await original();
    const body = input.source.body.replace('Both are mature. ', '');
    const revised = { ...input, source: { ...input.source, body } };
    const res = await write('POST', '/api/sources', revised, { 'if-match': before.etag });
    expect(res.status).toBe(422);
    expect(res.json()).toMatchObject({ code: 'QUOTE_NOT_FOUND', errors: [{ field: 'claims[2] (mature).quote' }] });
    await expectIntact(input, before);
    const dropped = { ...revised, claims: revised.claims.filter((c) => c.key !== 'mature') };
    expect((await write('POST', '/api/sources', dropped, { 'if-match': before.etag })).status).toBe(200);
    const after = (await storedSource(t, input.source.slug))!;
    expect(after.claimIds).toEqual(before.claimIds.slice(0, 2));
  });

  it('refuses an annotation with no claims (422) and keeps the stored claims', async () => {
    const { input, before } = await original();
    const res = await write('POST', '/api/sources', { ...input, claims: [] });
    expect([res.status, res.json().code]).toEqual([422, 'INVALID_ANNOTATION']);
    await expectIntact(input, before);
    const fresh = articleInput();
    expect((await write('POST', '/api/sources', { ...fresh, claims: [] })).status).toBe(422);
    expect(await storedSource(t, fresh.source.slug)).toBeNull();
  });

  it('changes annotations of the same text without If-Match, keeping claim ids', async () => {
    const { input, before } = await original();
    input.claims[0].statement = 'Node.js copes with many connections.';
    const res = await write('POST', '/api/sources', input);
    expect(res.json()).toMatchObject({ status: 'updated', claims: { updated: 1 } });
    expect((await storedSource(t, input.source.slug))!.claimIds).toEqual(before.claimIds);
  });

  it('applies the same rules to GraphQL ingestSource, with ifMatch from source { etag }', async () => {
    const { input, before } = await original();
    const mutation = `mutation ($input: IngestSourceInput!, $ifMatch: String) { ingestSource(input: $input, ifMatch: $ifMatch) { status claims { updated } } }`;
    const { ApiKeysService } = await import('../../src/modules/auth/api-keys.service.js');
    const auth = { authorization: `Bearer ${(await t.app.get(ApiKeysService).create('editor', 'collisions-gql')).key}` };
    const stolen = await t.graphql(mutation, { input: otherWith({ body: input.source.body }) }, auth);
    expect(stolen.errors?.[0].extensions?.code).toBe('CONFLICT');
    const revised = { ...input, source: { ...input.source, body: `${input.source.body} Revised.` } };
    const missing = await t.graphql(mutation, { input: revised }, auth);
    expect(missing.errors?.[0].extensions?.code).toBe('PRECONDITION_REQUIRED');
    await expectIntact(input, before);
    const etag = (await t.graphql(`{ source(slug: "${input.source.slug}") { etag } }`)).data.source.etag;
    expect(etag).toBe(before.etag);
    const done = await t.graphql(mutation, { input: revised, ifMatch: etag }, auth);
    expect(done.errors).toBeUndefined();
    expect(done.data.ingestSource.status).toBe('updated');
    expect((await storedSource(t, input.source.slug))!.claimIds).toEqual(before.claimIds);
  });

  it('lets trusted local input (seed files) revise a text without If-Match, but never take another source', async () => {
    const { IngestionService } = await import('../../src/modules/ingestion/ingestion.service.js');
    const ingestion = t.app.get(IngestionService);
    const { input, before } = await original();
    const revised = { ...input, source: { ...input.source, body: `${input.source.body} Seeded revision.` } };
    await expect(ingestion.ingest(revised as never, revised.source.body)).rejects.toMatchObject({ code: 'PRECONDITION_REQUIRED' });
    const result = await ingestion.ingest(revised as never, revised.source.body, { trusted: true });
    expect(result.status).toBe('updated');
    expect((await storedSource(t, input.source.slug))!.claimIds).toEqual(before.claimIds);
    const thief = otherWith({ slug: `thief-${uniqueToken()}`, body: revised.source.body });
    await expect(ingestion.ingest(thief as never, thief.source.body, { trusted: true })).rejects.toMatchObject({ code: 'SOURCE_CONFLICT' });
  });
});
