import { bootTestApp, type TestApp } from '../helpers/app.js';
import { articleInput, editorClient, uniqueToken } from '../helpers/factories.js';

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
  let write: ReturnType<typeof editorClient>;
  let auth: Record<string, string>;
  beforeAll(async () => {
    t = await bootTestApp();
    const { ApiKeysService } = await import('../../src/modules/auth/api-keys.service.js');
    const key = (await t.app.get(ApiKeysService).create('editor', 'hostile input')).key;
    write = editorClient(t, key);
    auth = { authorization: `Bearer ${key}` };
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
      const extracted = await write('POST', '/api/extractions', { content: `# Alpha vs Beta\n\n${PROSE} Alpha is faster than Beta.`, format: 'markdown' });
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
});
