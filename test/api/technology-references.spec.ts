import { bootTestApp, type TestApp } from '../helpers/app.js';

/**
 * One rule for a technology reference: a stored alias with an apostrophe and spaces is accepted
 * by every route and GraphQL argument that takes a technology, and one the rule refuses is
 * refused by all of them alike.
 */
describe('technology references: one rule on every route and argument', () => {
  let t: TestApp;
  const ALIAS = "Chrome's V8 engine";
  let slug: string;
  beforeAll(async () => {
    t = await bootTestApp();
    slug = (await t.request(`/api/technologies/${encodeURIComponent(ALIAS)}`)).json().slug;
  });
  afterAll(() => t.close());

  it('resolves the alias on /api/technologies/{slug}', async () => {
    const res = await t.request(`/api/technologies/${encodeURIComponent(ALIAS)}`);
    expect([res.status, res.json().slug]).toEqual([200, expect.any(String)]);
  });

  it('accepts the alias on /api/comparisons/{a}/{b} (never a 400), same as the slug it names', async () => {
    const other = slug === 'python' ? 'nodejs' : 'python';
    const byAlias = await t.request(`/api/comparisons/${encodeURIComponent(ALIAS)}/${other}`);
    const bySlug = await t.request(`/api/comparisons/${slug}/${other}`);
    expect(byAlias.status).not.toBe(400);
    expect(byAlias.status).toBe(bySlug.status);
  });

  it('accepts the alias in query lists, bodies and GraphQL arguments', async () => {
    expect((await t.request(`/api/claims?technology=${encodeURIComponent(ALIAS)}`)).status).toBe(200);
    expect((await t.request(`/api/faqs?technology=${encodeURIComponent(ALIAS)}`)).status).toBe(200);
    expect((await t.request(`/api/recommendations?need=realtime%20chat&among=${encodeURIComponent(`${ALIAS}, python`)}`)).status).toBe(200);
    const body = await t.request({ method: 'POST', url: '/api/recommendations', headers: { 'content-type': 'application/json' }, payload: { needs: ['realtime chat'], prefer: ALIAS } });
    expect(body.status).toBe(200);
    const gql = await t.graphql('query($a: String!) { technology(slug: $a) { slug } comparison(a: $a, b: "python") { rows { conflict } } }', { a: ALIAS });
    expect(gql.errors?.filter((e) => e.extensions?.code === 'BAD_USER_INPUT')).toBeUndefined();
    expect(gql.data?.technology.slug).toBe(slug);
  });

  it('refuses a reference outside the rule alike on REST (400) and GraphQL (BAD_USER_INPUT)', async () => {
    const bad = 'a<b>';
    expect((await t.request(`/api/technologies/${encodeURIComponent(bad)}`)).status).toBe(400);
    expect((await t.request(`/api/comparisons/${encodeURIComponent(bad)}/python`)).status).toBe(400);
    expect((await t.request(`/api/claims?technology=${encodeURIComponent(bad)}`)).status).toBe(400);
    for (const query of ['query($a: String!) { technology(slug: $a) { slug } }', 'query($a: String!) { comparison(a: $a, b: "python") { rows { conflict } } }']) {
      const res = await t.graphql(query, { a: bad });
      expect([query, res.errors?.[0]?.extensions?.code]).toEqual([query, 'BAD_USER_INPUT']);
    }
  });
});
