import { bootTestApp, type TestApp } from '../helpers/app.js';
import { articleInput, asEditor, editorClient, uniqueToken } from '../helpers/factories.js';

/**
 * GET /api/sources pages by keyset (newest first, undated last, then id) under the one page-size
 * policy: at 10,000 sources the unpaged list took seconds and ran the app out of heap.
 */
describe('source list paging', () => {
  let t: TestApp;
  let write: ReturnType<typeof editorClient>;
  beforeAll(async () => {
    t = await bootTestApp();
    ({ write } = await asEditor(t, 'source-paging'));
  });
  afterAll(() => t.close());

  const page = async (query: string) => {
    const res = await t.request({ url: `/api/sources?${query}`, headers: { 'cache-control': 'no-cache' } });
    return { status: res.status, body: res.json() };
  };

  async function walk(limit: number) {
    const slugs: string[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 1000; i++) {
      const { status, body } = await page(`limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(status).toBe(200);
      expect(body.items.length).toBeLessThanOrEqual(limit);
      slugs.push(...body.items.map((s: { slug: string }) => s.slug));
      cursor = body.nextCursor;
      if (!cursor) return slugs;
      expect(body.items).toHaveLength(limit);
    }
    throw new Error('no last page');
  }

  it('walks every source once, in the order of the GraphQL list, dated newest first and undated last', async () => {
    const token = uniqueToken();
    const dates = ['2031-05-14', '2031-05-14', '2031-05', null, '2030'];
    const slugs: string[] = [];
    for (const [i, publishedAt] of dates.entries()) {
      const input = articleInput(`${token}${i}`);
      const created = await write('POST', '/api/sources', { ...input, source: { ...input.source, publishedAt } });
      expect(created.status).toBe(201);
      slugs.push(input.source.slug);
    }
    // GraphQL pages the same list (first/after = the last slug)
    const all: string[] = [];
    for (let after = ''; ; ) {
      const page = (await t.graphql<{ sources: { slug: string }[] }>(`{ sources(first: 200${after ? `, after: "${after}"` : ''}) { slug } }`)).data!.sources.map((s) => s.slug);
      all.push(...page);
      if (page.length < 200) break;
      after = page[page.length - 1];
    }
    const walked = await walk(3);
    expect(walked).toEqual(all);
    expect(new Set(walked).size).toBe(walked.length);
    expect(await walk(200)).toEqual(all);
    // same day: by id (creation order); then the month, then the year; the undated one after every dated source
    const mine = walked.filter((s) => slugs.includes(s));
    expect(mine).toEqual([slugs[0], slugs[1], slugs[2], slugs[4], slugs[3]]);
    const firstUndated = walked.indexOf(slugs[3]);
    expect(walked.slice(firstUndated).filter((s) => slugs.includes(s))).toEqual([slugs[3]]);
  });

  it('serves 50 by default and the stored claim counts; refuses a page size outside 1-200 and a foreign cursor', async () => {
    const input = articleInput();
    expect((await write('POST', '/api/sources', { ...input, source: { ...input.source, publishedAt: '2099-01-01' } })).status).toBe(201);
    const first = await page('');
    expect(first.status).toBe(200);
    expect(first.body.items.length).toBeLessThanOrEqual(50);
    expect(first.body.items[0]).toMatchObject({ slug: input.source.slug, claimCount: 3 });
    for (const bad of ['limit=0', 'limit=201', 'limit=abc']) expect((await page(bad)).status).toBe(400);
    const foreign = await page(`cursor=${Buffer.from('c:5').toString('base64url')}`);
    expect([foreign.status, foreign.body.code]).toEqual([400, 'INVALID_CURSOR']);
  });
});
