import { bootTestApp, type TestApp } from '../helpers/app.js';

/**
 * A technology compared with itself (the same slug twice, or a slug and its alias) is no
 * comparison: 422 SAME_TECHNOLOGY on every transport, and oEmbed does not advertise such a page.
 */
describe('comparing a technology with itself', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  // `node` is a seeded alias of nodejs
  const PAIRS = [['nodejs', 'nodejs'], ['node', 'nodejs'], ['nodejs', 'Node.js']];

  it('answers 422 SAME_TECHNOLOGY on the REST table, in every format', async () => {
    for (const [a, b] of PAIRS) {
      for (const format of ['json', 'csv', 'markdown', 'html']) {
        const res = await t.request(`/api/comparisons/${encodeURIComponent(a)}/${encodeURIComponent(b)}?format=${format}`);
        expect([a, b, format, res.status, String(res.headers['content-type']).split(';')[0]]).toEqual([a, b, format, 422, 'application/problem+json']);
        expect(res.json()).toMatchObject({ code: 'SAME_TECHNOLOGY', detail: expect.stringContaining('nodejs') });
      }
    }
  });

  it('answers a 4xx with the code on the comparison and embed pages', async () => {
    for (const [a, b] of PAIRS) {
      for (const page of ['compare', 'embed']) {
        const res = await t.request(`/${page}/${encodeURIComponent(a)}/${encodeURIComponent(b)}`);
        expect([page, a, b, res.status]).toEqual([page, a, b, 422]);
        expect(res.body).toContain('SAME_TECHNOLOGY');
      }
    }
  });

  it('answers GraphQL comparison with a BAD_USER_INPUT error naming the code', async () => {
    for (const [a, b] of PAIRS) {
      const res = await t.graphql('query($a: String!, $b: String!) { comparison(a: $a, b: $b) { technologies { slug } } }', { a, b });
      expect(res.status).toBeLessThan(500);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toMatch(/two different technologies/);
    }
  });

  it('does not advertise such a page over oEmbed, and still does a real pair', async () => {
    for (const page of ['compare', 'embed', 'api/comparisons']) {
      const res = await t.request(`/api/oembed?url=${encodeURIComponent(`${t.base}/${page}/node/nodejs`)}`);
      expect([page, res.status]).toEqual([page, 422]);
      expect(res.json().code).toBe('SAME_TECHNOLOGY');
    }
    expect((await t.request(`/api/oembed?url=${encodeURIComponent(`${t.base}/compare/node/python`)}`)).status).toBe(200);
  });
});
