import { bootTestApp, type TestApp } from '../helpers/app.js';

/** GraphQL `faqs` takes the same validated arguments as REST `GET /api/faqs`: the same refusals. */
describe('GraphQL faqs has the limits of GET /api/faqs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  const FAQS = 'query($q: String, $technology: String, $first: Int) { faqs(q: $q, technology: $technology, first: $first) { id kind } }';

  it.each([
    ['q over 200 characters', { q: 'x'.repeat(201) }, `q=${'x'.repeat(201)}`],
    ['a technology outside the reference rule', { technology: 'a<b>' }, 'technology=a%3Cb%3E'],
    ['more than 20 technologies', { technology: Array(21).fill('nodejs').join(',') }, `technology=${Array(21).fill('nodejs').join(',')}`],
    ['an empty item in the technology list', { technology: 'nodejs,,python' }, 'technology=nodejs,,python'],
  ])('refuses %s on both transports', async (_what, variables, query) => {
    const gql = await t.graphql(FAQS, variables);
    expect(gql.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.request(`/api/faqs?${query}`)).status).toBe(400);
  });

  it('answers FAQ claims for values within the limits, on both transports', async () => {
    const gql = await t.graphql(FAQS, { q: 'x'.repeat(200), technology: "nodejs, Chrome's V8 engine", first: 5 });
    expect(gql.errors).toBeUndefined();
    const plain = await t.graphql(FAQS, { technology: 'nodejs', first: 5 });
    expect(plain.data.faqs.length).toBeGreaterThan(0);
    expect(plain.data.faqs.every((c: { kind: string }) => c.kind === 'faq')).toBe(true);
    expect((await t.request('/api/faqs?technology=nodejs&limit=5')).json().items.map((c: { id: number }) => c.id)).toEqual(plain.data.faqs.map((c: { id: number }) => c.id));
  });
});
