import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../src/common/pagination/page-size.js';
import { bootTestApp, type TestApp } from '../helpers/app.js';

/**
 * One page-size policy on both transports: REST `limit`, GraphQL `first` at the root
 * (`claims`, `faqs`) and on nested claim lists. Absent or null -> the default; 1..max served;
 * 0, negative or over the max refused (400 / BAD_USER_INPUT), never clamped.
 */
describe('one page-size policy for REST limit and GraphQL first', () => {
  let t: TestApp;
  let total: number;
  beforeAll(async () => {
    // the cost limit counts page sizes (a root list without first as 50): raised here, where
    // whole lists are compared with their pages
    t = await bootTestApp({ env: { GRAPHQL_MAX_COST: '1000000' } });
    total = (await t.request('/api/claims?count=true&limit=1')).json().totalCount;
  });
  afterAll(() => t.close());
  const expected = (size: number) => Math.min(size, total);

  it('REST: absent limit is the default, 1..max is served, anything else is a 400', async () => {
    expect((await t.request('/api/claims')).json().items).toHaveLength(expected(DEFAULT_PAGE_SIZE));
    expect((await t.request(`/api/claims?limit=${MAX_PAGE_SIZE}`)).json().items).toHaveLength(expected(MAX_PAGE_SIZE));
    for (const limit of [0, -1, MAX_PAGE_SIZE + 1, 1.5]) {
      const res = await t.request(`/api/claims?limit=${limit}`);
      expect([limit, res.status, res.headers['content-type']]).toEqual([limit, 400, expect.stringMatching(/^application\/problem\+json/)]);
    }
    expect((await t.request(`/api/faqs?limit=${MAX_PAGE_SIZE + 1}`)).status).toBe(400);
  });

  it('GraphQL root: null or absent first is the default, not one row; out of range is BAD_USER_INPUT', async () => {
    for (const first of ['', '(first: null)']) {
      const res = await t.graphql(`{ claims${first} { edges { node { id } } } }`);
      expect([first, res.errors, res.data?.claims.edges.length]).toEqual([first, undefined, expected(DEFAULT_PAGE_SIZE)]);
    }
    for (const first of [0, -1, MAX_PAGE_SIZE + 1]) {
      const res = await t.graphql('query($n: Int) { claims(first: $n) { edges { node { id } } } }', { n: first });
      expect([first, res.errors?.[0]?.extensions?.code]).toEqual([first, 'BAD_USER_INPUT']);
      const faqs = await t.graphql('query($n: Int) { faqs(first: $n) { id } }', { n: first });
      expect([first, faqs.errors?.[0]?.extensions?.code]).toEqual([first, 'BAD_USER_INPUT']);
    }
  });

  it('GraphQL nested lists follow the same policy as the root', async () => {
    const counts = (await t.graphql('{ technologies(first: 200) { slug total: claims(first: 200) { id } } }')).data.technologies as { slug: string; total: { id: number }[] }[];
    for (const first of ['', '(first: null)']) {
      const res = await t.graphql(`{ technologies { slug claims${first} { id } } }`);
      expect(res.errors).toBeUndefined();
      for (const technology of res.data.technologies) {
        const all = counts.find((c) => c.slug === technology.slug)!.total.length;
        expect([first, technology.slug, technology.claims.length]).toEqual([first, technology.slug, Math.min(all, DEFAULT_PAGE_SIZE)]);
      }
    }
    for (const first of [0, -1, MAX_PAGE_SIZE + 1]) {
      const res = await t.graphql('query($n: Int) { technologies { claims(first: $n) { id } } }', { n: first });
      expect([first, res.errors?.[0]?.extensions?.code]).toEqual([first, 'BAD_USER_INPUT']);
    }
  });
});
