import { bootTestApp, type TestApp } from '../helpers/app.js';
import { articleInput, asEditor, editorClient, storedSource, uniqueToken } from '../helpers/factories.js';

/**
 * GET and DELETE /api/sources/:key accept a slug or an externalId, so one key must never name two
 * sources (issue 20 item 4: a DELETE of `beta-src` removed both the source with that slug and the
 * one with that externalId). Slugs and externalIds share one namespace on writes, and a lookup
 * names one source only (its slug first), for data stored before the rule too.
 */
describe('one key names one source', () => {
  let t: TestApp;
  let write: ReturnType<typeof editorClient>;
  beforeAll(async () => {
    t = await bootTestApp();
    ({ write } = await asEditor(t, 'namespace'));
  });
  afterAll(() => t.close());

  const article = (slug: string, externalId: string) => {
    const input = articleInput();
    return { ...input, source: { ...input.source, slug, externalId } };
  };

  it("refuses a slug that is another source's externalId (the audit's alpha-src / beta-src); one DELETE removes one source", async () => {
    const token = uniqueToken();
    const [alpha, beta, gamma] = [`alpha-src-${token}`, `beta-src-${token}`, `gamma-1-${token}`];
    expect((await write('POST', '/api/sources', article(alpha, beta))).status).toBe(201);
    const before = await storedSource(t, alpha);

    const crossed = await write('POST', '/api/sources', article(beta, gamma));
    expect(crossed.status).toBe(409);
    expect(crossed.headers['content-type']).toMatch(/problem\+json/);
    expect(crossed.json()).toMatchObject({ code: 'SOURCE_CONFLICT', errors: [{ field: 'source.slug' }] });
    expect(crossed.json().detail).toContain(`'${alpha}'`);
    expect(await storedSource(t, gamma)).toBeNull();

    // the key still names alpha-src alone, and deleting by it removes that one source
    expect((await t.request(`/api/sources/${beta}`)).json().slug).toBe(alpha);
    expect(await storedSource(t, alpha)).toEqual(before);
    const other = articleInput();
    expect((await write('POST', '/api/sources', other)).status).toBe(201);
    expect((await write('DELETE', `/api/sources/${beta}`)).status).toBe(204);
    expect(await storedSource(t, alpha)).toBeNull();
    expect(await storedSource(t, other.source.slug)).not.toBeNull();
  });

  it("refuses an externalId that is another source's slug, on create and on update", async () => {
    const token = uniqueToken();
    const first = article(`first-${token}`, `first-ext-${token}`);
    const second = article(`second-${token}`, `second-ext-${token}`);
    expect((await write('POST', '/api/sources', first)).status).toBe(201);
    const res = await write('POST', '/api/sources', { ...second, source: { ...second.source, externalId: first.source.slug } });
    expect(res.status).toBe(409);
    expect(res.json()).toMatchObject({ code: 'SOURCE_CONFLICT', errors: [{ field: 'source.externalId' }] });
    expect(await storedSource(t, second.source.slug)).toBeNull();
  });

  it('a source may use one name as both its own slug and its own externalId', async () => {
    const token = uniqueToken();
    const same = article(`same-${token}`, `same-${token}`);
    expect((await write('POST', '/api/sources', same)).status).toBe(201);
    expect((await write('POST', '/api/sources', same)).json().status).toBe('unchanged');
  });

  it('data stored before the rule: GET and DELETE by a key that is one source\'s slug and another\'s externalId act on the slug\'s source only', async () => {
    const token = uniqueToken();
    const key = `legacy-${token}`;
    const bySlug = article(key, `legacy-ext-${token}`);
    const byExternalId = article(`legacy-other-${token}`, `placeholder-${token}`);
    expect((await write('POST', '/api/sources', bySlug)).status).toBe(201);
    expect((await write('POST', '/api/sources', byExternalId)).status).toBe(201);
    // as rows written before the namespace rule could be
    const { PrismaService } = await import('../../src/infra/database/prisma.service.js');
    await t.app.get(PrismaService).source.update({ where: { slug: byExternalId.source.slug }, data: { externalId: key } });

    expect((await t.request(`/api/sources/${key}`)).json().slug).toBe(key);
    expect((await write('DELETE', `/api/sources/${key}`)).status).toBe(204);
    expect((await t.request(`/api/sources/${bySlug.source.externalId}`)).status).toBe(404);
    // the other source is still there, and now the key names it (by its externalId)
    expect(await storedSource(t, byExternalId.source.slug)).not.toBeNull();
    expect((await t.request(`/api/sources/${key}`)).json().slug).toBe(byExternalId.source.slug);
  });
});
