import { bootTestApp, type TestApp } from '../helpers/app.js';
import { articleInput, asEditor, uniqueToken } from '../helpers/factories.js';

type Answer = Awaited<ReturnType<TestApp['request']>>;

/** The names Object.prototype gives meaning to: as words they are ordinary text. */
const PROTOTYPE_WORDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];
const PROSE = `Alpha has a constructor, a __proto__ link, toString, hasOwnProperty and valueOf methods.`;

/**
 * Input an anonymous client or an editor can send that once crashed a handler (500): words that
 * name Object.prototype members, NUL bytes, deep nesting, prototype keys and text/plain bodies.
 * Every one is now an answer or a clear 4xx.
 */
describe('hostile input', () => {
  let t: TestApp;
  let write: Awaited<ReturnType<typeof asEditor>>['write'];
  let auth: Record<string, string>;
  beforeAll(async () => {
    t = await bootTestApp();
    ({ write, auth } = await asEditor(t, 'hostile input'));
  });
  afterAll(() => t.close());

  const no500 = (label: string, res: Answer) => expect([label, res.status < 500]).toEqual([label, true]);
  const gql = (query: string, variables?: Record<string, unknown>) => t.graphql(query, variables, auth);

  describe('words that name Object.prototype members (constructor, __proto__, toString, …)', () => {
    it('recommends for needs made of them (REST GET and POST, the page, GraphQL)', async () => {
      for (const word of PROTOTYPE_WORDS) {
        const post = await t.request({ method: 'POST', url: '/api/recommendations', headers: { 'content-type': 'application/json' }, payload: { needs: [word, `${word} realtime chat`] } });
        expect([word, post.status]).toEqual([word, 200]);
        const get = await t.request(`/api/recommendations?need=${encodeURIComponent(word)}`);
        expect([word, get.status]).toEqual([word, 200]);
        const page = await t.request(`/explore/recommend?need=${encodeURIComponent(word)}`);
        expect([word, page.status]).toEqual([word, 200]);
        const graphql = await t.graphql('query($needs: [String!]!) { recommend(input: { needs: $needs }) { needs { text } } }', { needs: [word] });
        expect([word, graphql.errors]).toEqual([word, undefined]);
      }
    });

    it('extracts and ingests an article containing them, and patches a claim with them', async () => {
      const extracted = await write('POST', '/api/extractions?dryRun=true', { content: `# Alpha vs Beta\n\n${PROSE} Alpha is faster than Beta.`, format: 'markdown' });
      expect(extracted.status).toBe(200);
      const draft = await gql('mutation($input: ExtractArticleInput!) { extractDraft(input: $input) { source { title } } }', { input: { content: PROSE, format: 'text' } });
      expect(draft.errors).toBeUndefined();

      const token = uniqueToken();
      const article = articleInput(token);
      article.source.body = `${article.source.body} ${PROSE}`;
      article.claims.push({ key: 'prototype-words', kind: 'fact', statement: PROSE, quote: PROSE });
      const ingested = await write('POST', '/api/sources', article);
      expect(ingested.status).toBe(201);
      const claims = (await t.request(`/api/claims?source=${article.source.slug}&limit=10`)).json().items as { id: number; statement: string }[];
      const claim = claims.find((c) => c.statement === PROSE)!;
      expect(claim).toBeDefined();

      const current = await t.request(`/api/claims/${claim.id}`);
      const precondition: Record<string, string> = current.headers.etag ? { 'if-match': String(current.headers.etag) } : {};
      const patched = await write('PATCH', `/api/claims/${claim.id}`, { statement: `toString and valueOf: ${PROSE}` }, precondition);
      expect(patched.status).toBe(200);
      expect(patched.json().statement).toBe(`toString and valueOf: ${PROSE}`);
      const viaGraphql = await gql('mutation($id: Int!, $patch: ClaimPatch!) { updateClaim(id: $id, patch: $patch) { statement } }', { id: claim.id, patch: { statement: `constructor: ${PROSE}` } });
      // a GraphQL precondition error is a 4xx code, never an internal one
      expect(viaGraphql.errors?.[0]?.extensions?.code ?? 'ok').not.toBe('INTERNAL_SERVER_ERROR');
    });

    it('names technologies by them and filters, searches and compares by them', async () => {
      const token = uniqueToken();
      const created = await write('POST', '/api/technologies', { slug: `proto-${token}`, name: `Proto ${token}`, kind: 'library', aliases: PROTOTYPE_WORDS, keywords: PROTOTYPE_WORDS });
      expect(created.status).toBe(201);
      for (const word of PROTOTYPE_WORDS) {
        const byAlias = await t.request(`/api/technologies/${encodeURIComponent(word)}`);
        // `__proto__` is no valid reference in a path (a letter or digit first): a 400 there
        if (/^[a-z]/i.test(word)) expect([word, byAlias.status, byAlias.json().slug]).toEqual([word, 200, `proto-${token}`]);
        else no500(word, byAlias);
        const q = encodeURIComponent(word);
        for (const url of [
          `/api/claims?q=${q}`,
          `/api/claims?technology=${q}`,
          `/api/claims?criterion=${q}`,
          `/api/claims?useCase=${q}`,
          `/api/claims?source=${q}`,
          `/api/claims?q=${q}&sort=relevance`,
          `/api/search?q=${q}`,
          `/api/faqs?q=${q}&technology=${q}`,
          `/api/stats/claims?technology=${q}`,
          `/api/comparisons/${q}/nodejs`,
          `/api/recommendations?need=chat&prefer=${q}&among=${q},nodejs`,
          `/explore/claims?q=${q}&technology=${q}`,
          `/compare/${q}/nodejs`,
          `/embed/${q}/nodejs`,
        ]) {
          no500(url, await t.request(url));
        }
        const graphql = await t.graphql('query($w: String!) { claims(filter: { q: $w, technology: $w }) { totalCount } comparison(a: $w, b: "nodejs") { technologies { slug } } }', { w: word });
        expect([word, (graphql.errors ?? []).map((e) => e.extensions?.code).filter((c) => c === 'INTERNAL_SERVER_ERROR')]).toEqual([word, []]);
      }
    });
  });

  describe('NUL bytes (text PostgreSQL cannot hold)', () => {
    const NUL = 'x\u0000y';
    const refusedAs400 = (label: string, res: Answer) => {
      expect([label, res.status]).toEqual([label, 400]);
      expect([label, res.json().code]).toEqual([label, 'VALIDATION_FAILED']);
    };

    it('refuses them in query strings and paths with 400', async () => {
      for (const url of ['/api/claims?source=x%00y', '/api/claims?q=a%00b', '/api/search?q=a%00b', '/api/faqs?q=a%00b', '/api/recommendations?need=chat%00', '/api/sources/x%00y', '/api/technologies/x%00y', '/api/comparisons/node%00js/python', '/api/stats/claims?source=x%00y']) {
        refusedAs400(url, await t.request(url));
      }
      for (const url of ['/explore/claims?q=a%00b', '/explore/recommend?need=a%00b', '/compare/node%00js/python']) {
        expect([url, (await t.request(url)).status]).toEqual([url, 400]);
      }
    });

    it('refuses them in every body: a title, a body, a claim, a technology name, a need, a PATCH, an article', async () => {
      const article = () => articleInput(uniqueToken());
      const cases: [string, string, string, unknown][] = [
        ['source title', 'POST', '/api/sources', ((a) => ({ ...a, source: { ...a.source, title: NUL } }))(article())],
        ['source body', 'POST', '/api/sources', ((a) => ({ ...a, source: { ...a.source, body: `${a.source.body} ${NUL}` } }))(article())],
        ['claim statement', 'POST', '/api/sources', ((a) => ({ ...a, claims: [{ ...a.claims[0], statement: NUL }] }))(article())],
        ['technology name', 'POST', '/api/technologies', { slug: `nul-${uniqueToken()}`, name: NUL, kind: 'tool' }],
        ['technology alias', 'POST', '/api/technologies', { slug: `nul-${uniqueToken()}`, name: `Nul ${uniqueToken()}`, kind: 'tool', aliases: [NUL] }],
        ['a key', 'POST', '/api/technologies', { slug: `nul-${uniqueToken()}`, name: `Nul ${uniqueToken()}`, kind: 'tool', [NUL]: 1 }],
        ['need', 'POST', '/api/recommendations', { needs: [NUL] }],
        ['article', 'POST', '/api/extractions', { content: `Alpha is fast. ${NUL}`, format: 'text' }],
      ];
      for (const [label, method, url, payload] of cases) refusedAs400(label, await write(method, url, payload));
      const claimId = (await t.request('/api/claims?limit=1')).json().items[0].id as number;
      const patch = await write('PATCH', `/api/claims/${claimId}`, { statement: NUL }, { 'if-match': '*' });
      refusedAs400('claim PATCH', patch);
      expect(patch.json().errors[0]).toMatchObject({ field: 'statement', message: expect.stringMatching(/NUL/) });
    });

    it('refuses them in GraphQL arguments and variables with BAD_USER_INPUT', async () => {
      const answers = [
        await gql('query($s: String!) { claims(filter: { source: $s }) { totalCount } }', { s: NUL }),
        await gql('query($s: String!) { source(slug: $s) { slug } }', { s: NUL }),
        await gql('query { search(input: { q: "a\\u0000b" }) { q } }'),
        await gql('mutation($input: TechnologyEntryInput!) { createTechnology(input: $input) { slug } }', { input: { slug: `nul-${uniqueToken()}`, name: NUL, kind: 'tool' } }),
        await gql('mutation($input: IngestSourceInput!) { ingestSource(input: $input) { status } }', { input: ((a) => ({ ...a, source: { ...a.source, body: NUL } }))(articleInput(uniqueToken())) }),
      ];
      for (const answer of answers) {
        expect(answer.status).toBeLessThan(500);
        expect([answer.errors?.[0]?.extensions?.code, answer.errors?.[0]?.message]).toEqual(['BAD_USER_INPUT', expect.stringMatching(/NUL/)]);
      }
    });
  });

  describe('unknown and prototype keys in bodies', () => {
    it('refuses __proto__, constructor and prototype with a 400 naming the key', async () => {
      const token = uniqueToken();
      const technology = JSON.stringify({ slug: `keys-${token}`, name: `Keys ${token}`, kind: 'tool' });
      for (const key of ['__proto__', 'constructor', 'prototype']) {
        for (const value of ['{"role":"admin"}', '1', '{"prototype":{"x":1}}']) {
          const raw = `${technology.slice(0, -1)},"${key}":${value}}`;
          const res = await write('POST', '/api/technologies', raw);
          expect([key, value, res.status, res.json().code]).toEqual([key, value, 400, 'VALIDATION_FAILED']);
          expect(res.json().detail).toContain(key);
        }
        const nested = await write('POST', '/api/sources', `{"source":{"${key}":{"slug":"x"}},"claims":[]}`);
        expect([key, nested.status]).toEqual([key, 400]);
        expect(nested.json().detail).toContain(key);
      }
      expect((await t.request(`/api/technologies/keys-${token}`)).status).toBe(404);
    });

    it('still refuses any other unknown key', async () => {
      const res = await write('POST', '/api/technologies', { slug: `keys-${uniqueToken()}`, name: `Keys ${uniqueToken()}`, kind: 'tool', colour: 'red' });
      expect([res.status, res.json().detail]).toEqual([400, expect.stringContaining('colour')]);
    });
  });

  describe('deeply nested bodies', () => {
    const deep = (levels: number, leaf = '1') => `${'['.repeat(levels)}${leaf}${']'.repeat(levels)}`;

    it('answers 400 problem+json to a body nested thousands of levels deep (REST)', async () => {
      for (const levels of [3000, 100_000]) {
        const arrays = await write('POST', '/api/sources', `{"source":${deep(levels)},"claims":[]}`);
        expect([levels, arrays.status, String(arrays.headers['content-type']).split(';')[0]]).toEqual([levels, 400, 'application/problem+json']);
        expect(arrays.json().detail).toMatch(/levels deep/);
        const objects = await t.request({ method: 'POST', url: '/api/recommendations', headers: { 'content-type': 'application/json' }, payload: `{"needs":["chat"],"x":${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}}` });
        expect([levels, objects.status]).toEqual([levels, 400]);
      }
      // brackets inside strings are text, not nesting
      const text = await t.request({ method: 'POST', url: '/api/recommendations', headers: { 'content-type': 'application/json' }, payload: { needs: [`${'['.repeat(200)} chat`] } });
      expect(text.status).toBe(200);
    });

    it('answers /graphql bodies nested that deep with a GraphQL error, not a 500', async () => {
      const res = await t.request({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: `{"query":"{ __typename }","variables":{"x":${deep(5000)}}}` });
      expect(res.status).toBe(400);
      expect(res.json().errors[0].message).toMatch(/levels deep/);
    });
  });

  describe('media types', () => {
    it('answers 415 UNSUPPORTED_MEDIA_TYPE to text/plain and other non-JSON bodies', async () => {
      for (const type of ['text/plain', 'text/plain; charset=utf-8', 'application/x-www-form-urlencoded', 'application/xml']) {
        const res = await write('POST', '/api/recommendations', 'needs=chat', { 'content-type': type });
        expect([type, res.status, res.json().code]).toEqual([type, 415, 'UNSUPPORTED_MEDIA_TYPE']);
      }
      const graphql = await t.request({ method: 'POST', url: '/graphql', headers: { 'content-type': 'text/plain' }, payload: '{ __typename }' });
      expect(graphql.status).toBe(415);
    });
  });
});

