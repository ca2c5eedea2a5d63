import { bootTestApp, type TestApp } from '../helpers/app.js';
import { articleInput, editorClient, uniqueToken } from '../helpers/factories.js';

/**
 * Stored XSS: markup in every stored text field (technology and criterion names, source title,
 * author, publisher, claim statement, quote, qualifiers) reaches every page that shows it escaped,
 * never as markup. A page that printed one of these fields raw would carry the payload's tag.
 */
describe('stored markup is escaped on every page', () => {
  let t: TestApp;
  let editor: string;
  const token = uniqueToken();
  const payload = (field: string) => `<img src=x onerror="alert('${field}')">`;

  beforeAll(async () => {
    t = await bootTestApp();
    const { ApiKeysService } = await import('../../src/modules/auth/api-keys.service.js');
    editor = (await t.app.get(ApiKeysService).create('editor', 'stored-xss')).key;
    const input = articleInput(token);
    const [alpha, beta] = input.taxonomy.technologies as { slug: string; name: string }[];
    alpha.name = `Alpha ${token} ${payload('technology')}`;
    beta.name = `Beta ${token}`;
    (input.taxonomy.criteria as { name: string }[])[0].name = `Criterion ${token} ${payload('criterion')}`;
    const quote = `Alpha is quick ${payload('quote')} here.`;
    input.source = { ...input.source, title: `Title ${payload('title')}`, compares: [alpha.slug, beta.slug], body: `${input.source.body} ${quote}` } as typeof input.source;
    Object.assign(input.source, { author: `Author ${payload('author')}`, publisher: `Publisher ${payload('publisher')}` });
    input.claims.push({ key: 'marked-up', kind: 'pro', statement: `Statement ${payload('statement')}`, quote, technology: alpha.slug, criterion: (input.taxonomy.criteria as { slug: string }[])[0].slug, qualifiers: [payload('qualifier')] });
    const res = await editorClient(t, editor)('POST', '/api/sources', input);
    expect([res.status, res.body]).toEqual([201, res.body]);
  });
  afterAll(() => t?.close());

  it('no page carries a stored payload as markup', async () => {
    const alpha = `alpha-${token}`;
    const beta = `beta-${token}`;
    const claims = (await t.request(`/api/claims?source=article-${token}&limit=50`)).json().items as { id: number }[];
    const pages = [
      `/compare/${alpha}/${beta}`,
      `/embed/${alpha}/${beta}`,
      `/explore/claims?technology=${alpha}`,
      `/explore/recommend?need=${encodeURIComponent('quick alpha')}`,
      `/api/comparisons/${alpha}/${beta}?format=html`,
      ...claims.map((c) => `/claims/${c.id}`),
    ];
    let checked = 0;
    for (const url of pages) {
      const res = await t.request({ url, headers: { accept: 'text/html' } });
      if (res.status !== 200 || !String(res.headers['content-type']).includes('html')) continue;
      checked++;
      // The escaped form may appear; the live tag may not.
      expect([url, /<img src=x onerror/i.test(res.body)]).toEqual([url, false]);
    }
    // The comparison, embed, explorer and citation pages answered: the check above read them.
    expect(checked).toBeGreaterThanOrEqual(4);
  });
});
