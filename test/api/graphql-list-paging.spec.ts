import { bootTestApp, type TestApp } from '../helpers/app.js';

/**
 * Every GraphQL root list pages under the one page-size policy (issue 20 item 2): `first`
 * absent or null = 50, 1-200 served, anything else BAD_USER_INPUT; `after` continues after the
 * last slug (comparisons: after nextCursor). Walking with small pages gives the whole list once.
 */
describe('GraphQL list paging', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  const data = async (query: string) => {
    const res = await t.graphql(query, undefined, { 'cache-control': 'no-cache' });
    expect([query, res.errors]).toEqual([query, undefined]);
    return res.data;
  };

  it.each(['sources', 'technologies', 'criteria', 'useCases'])('%s: pages of 3 after the last slug walk the whole list once', async (list) => {
    const all = (await data(`{ ${list}(first: 200) { slug } }`))[list].map((x: { slug: string }) => x.slug);
    expect(all.length).toBeGreaterThan(3);
    const walked: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 200 && walked.length < all.length; i++) {
      const page: { slug: string }[] = (await data(`{ ${list}(first: 3${after ? `, after: "${after}"` : ''}) { slug } }`))[list];
      expect(page.length).toBeLessThanOrEqual(3);
      if (!page.length) break;
      walked.push(...page.map((x) => x.slug));
      after = page[page.length - 1].slug;
    }
    // Other suites may have made the list longer than one page of 200: the walk matches what that page holds.
    expect(walked.slice(0, all.length)).toEqual(all);
    const withoutFirst = (await data(`{ ${list} { slug } }`))[list];
    expect(withoutFirst.map((x: { slug: string }) => x.slug)).toEqual(all.slice(0, 50));
  });

  it('comparisons: pages follow nextCursor to the last one', async () => {
    const all = (await data('{ comparisons(first: 200) { items { href } nextCursor } }')).comparisons;
    expect(all.nextCursor).toBeNull();
    const walked: string[] = [];
    let after: string | null = null;
    do {
      const page: { items: { href: string }[]; nextCursor: string | null } = (await data(`{ comparisons(first: 1${after ? `, after: "${after}"` : ''}) { items { href } nextCursor } }`)).comparisons;
      walked.push(...page.items.map((x) => x.href));
      after = page.nextCursor;
    } while (after && walked.length <= all.items.length);
    expect(walked).toEqual(all.items.map((x: { href: string }) => x.href));
  });

  it.each(['sources', 'technologies', 'criteria', 'useCases', 'comparisons'])('%s: refuses a page size outside 1-200 and an unknown cursor', async (list) => {
    const selection = list === 'comparisons' ? '{ nextCursor }' : '{ slug }';
    for (const first of [0, 201, -1]) {
      const res = await t.graphql(`{ ${list}(first: ${first}) ${selection} }`);
      expect([first, res.errors?.[0]?.extensions?.code]).toEqual([first, 'BAD_USER_INPUT']);
    }
    if (['sources', 'criteria', 'comparisons'].includes(list)) {
      const res = await t.graphql(`{ ${list}(after: "no-such-item") ${selection} }`);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
