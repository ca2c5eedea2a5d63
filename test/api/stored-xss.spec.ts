import { bootTestApp, type TestApp } from '../helpers/app.js';
import { articleInput, editorClient, uniqueToken } from '../helpers/factories.js';

/**
 * Stored XSS: markup in every stored text field (technology, criterion and use-case names and
 * aliases, the criterion's description, the source's title, author, publisher and URL, the
 * claims' statements, quotes, qualifiers, ratings, questions and answers) never reaches any page
 * as markup: not the explorer's pages, the comparison page, the iframe page, the HTML export, the
 * oEmbed markup, the citation pages, the desk's pages, the GraphQL page or the error pages.
 * Each field carries its own payload, which closes an attribute value and opens a tag, so a page
 * that printed it raw in text or in an attribute would carry the live tag.
 */
describe('stored markup is escaped on every page', () => {
  let t: TestApp;
  const token = uniqueToken();
  const FIELDS = [
    'technology', 'alias', 'criterion', 'description', 'useCase', 'useCaseAlias',
    'title', 'author', 'publisher', 'url', 'statement', 'quote', 'qualifier', 'rating', 'question', 'answer',
  ] as const;
  type Field = (typeof FIELDS)[number];
  const payload = (field: Field) => `"><img src=x onerror=alert('${field}')><script>alert('${field}')</script>`;
  /** The live forms a raw payload would leave in a page. */
  const LIVE = [/<img src=x onerror/i, /<script>alert\(/i];
  const [alpha, beta, crit, useCase] = [`alpha-${token}`, `beta-${token}`, `crit-${token}`, `uc-${token}`];

  beforeAll(async () => {
    t = await bootTestApp();
    const { ApiKeysService } = await import('../../src/modules/auth/api-keys.service.js');
    const editor = (await t.app.get(ApiKeysService).create('editor', 'stored-xss')).key;
    const input = articleInput(token);
    input.taxonomy.technologies = [
      { slug: alpha, name: `Alpha ${payload('technology')}`, kind: 'language', aliases: [`Al ${payload('alias')}`] },
      { slug: beta, name: `Beta ${token}`, kind: 'language', aliases: [] },
    ];
    input.taxonomy.criteria = [{ slug: crit, name: `Crit ${payload('criterion')}`, category: 'performance', aliases: [], description: `About ${payload('description')}` }];
    input.taxonomy.useCases = [{ slug: useCase, name: `Batch ${payload('useCase')}`, aliases: [`Jobs ${payload('useCaseAlias')}`] }];
    const quote = `Alpha is quick ${payload('quote')} here.`;
    const row = `| Speed | Fast ${payload('rating')} | Slow |`;
    const faq = `Is alpha quick ${payload('question')}? Yes ${payload('answer')}.`;
    const batch = 'Alpha suits batch jobs.';
    input.source = {
      ...input.source,
      compares: [alpha, beta],
      title: `Title ${payload('title')}`,
      body: [input.source.body, quote, '', '| Criterion | Alpha | Beta |', '|---|---|---|', row, '', faq, batch].join('\n'),
    } as typeof input.source;
    Object.assign(input.source, { author: `Author ${payload('author')}`, publisher: `Publisher ${payload('publisher')}`, url: `https://example.org/${token}?q=%22%3E%3Cimg%20src=x%20onerror=alert('url')%3E` });
    input.claims = [
      { key: 'marked-up', kind: 'pro', statement: `Statement ${payload('statement')}`, quote, technology: alpha, criterion: crit, qualifiers: [payload('qualifier')] },
      { key: 'verdict', kind: 'verdict', statement: `Alpha wins ${payload('statement')}`, quote, criterion: crit, outcome: 'win', winner: alpha },
      { key: 'rating', kind: 'rating', statement: 'Alpha is fast.', quote: row, technology: alpha, criterion: crit, rating: `Fast ${payload('rating')}`, score: 0.9 },
      { key: 'faq', kind: 'faq', statement: 'Alpha is quick.', quote: faq, question: `Is alpha quick ${payload('question')}?`, answer: `Yes ${payload('answer')}.`, technology: alpha, criterion: crit },
      // A use-case claim's qualifiers show in the per-use-case consensus.
      { key: 'batch', kind: 'use_case', statement: batch, quote: batch, technology: alpha, useCase, criterion: crit, qualifiers: [payload('qualifier')] },
    ];
    const res = await editorClient(t, editor)('POST', '/api/sources', input);
    expect([res.status, res.body]).toEqual([201, res.body]);
  });
  afterAll(() => t?.close());

  it('no page carries a stored payload as markup, and every field reaches some page (escaped)', async () => {
    const claims = (await t.request(`/api/claims?source=article-${token}&limit=50`)).json().items as { id: number }[];
    expect(claims).toHaveLength(5);
    const pages: { url: string; status: number }[] = [
      { url: '/', status: 200 },
      { url: `/compare/${alpha}/${beta}`, status: 200 },
      { url: `/compare/${alpha}/${beta}?criteria=${crit}`, status: 200 },
      { url: `/embed/${alpha}/${beta}`, status: 200 },
      { url: `/embed/${alpha}/${beta}?theme=dark&criteria=${crit}`, status: 200 },
      { url: `/api/comparisons/${alpha}/${beta}?format=html`, status: 200 },
      { url: `/explore/claims?technology=${alpha}`, status: 200 },
      { url: `/explore/claims?source=article-${token}&kind=faq`, status: 200 },
      // A search: the quotes come back as snippets with their matches marked.
      { url: `/explore/claims?q=quick&source=article-${token}`, status: 200 },
      { url: `/explore/recommend?need=${encodeURIComponent('quick alpha')}&need=batch`, status: 200 },
      // The need itself is echoed (form value and reasons).
      { url: `/explore/recommend?need=${encodeURIComponent(payload('statement'))}`, status: 200 },
      ...claims.map((c) => ({ url: `/claims/${c.id}`, status: 200 })),
      { url: '/desk', status: 200 },
      { url: '/desk/drafts/1', status: 200 },
      { url: '/desk/stats', status: 200 },
      { url: '/graphql', status: 200 },
      // Error pages echo what was asked for.
      { url: `/compare/${alpha}/${encodeURIComponent(payload('technology'))}`, status: 400 },
      { url: `/explore/claims?technology=${encodeURIComponent(payload('technology'))}`, status: 400 },
      { url: `/embed/${alpha}/${beta}?theme=${encodeURIComponent(payload('technology'))}`, status: 400 },
      { url: '/claims/2147483000', status: 404 },
    ];
    const seen = new Set<Field>();
    for (const { url, status } of pages) {
      const res = await t.request({ url, headers: { accept: 'text/html' } });
      expect([url, res.status, String(res.headers['content-type'])]).toEqual([url, status, expect.stringContaining('text/html')]);
      for (const live of LIVE) expect([url, live.test(res.body)]).toEqual([url, false]);
      for (const field of FIELDS) if (res.body.includes(`alert(&#39;${field}&#39;)`) || res.body.includes(`alert('${field}')`)) seen.add(field);
    }
    const oembed = await t.request(`/api/oembed?url=${encodeURIComponent(`${t.base}/compare/${alpha}/${beta}`)}`);
    expect(oembed.status).toBe(200);
    const markup = oembed.json().html as string;
    for (const live of LIVE) expect(['oembed', live.test(markup)]).toEqual(['oembed', false]);
    expect(markup).toContain('&lt;script>');
    // Fields no page shows: aliases and the criterion's description are for lookups and the API.
    expect([...seen].sort()).toEqual(FIELDS.filter((f) => !['alias', 'useCaseAlias', 'description'].includes(f)).sort());
  });
});
