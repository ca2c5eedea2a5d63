import { gzipSync } from 'node:zlib';
import { bootTestApp, type TestApp } from '../helpers/app.js';
import { roughEdgesArticle } from '../helpers/explorer-fixtures.js';
import { asEditor, uniqueToken } from '../helpers/factories.js';

/** Text as the page renderer escapes it (preact-render-to-string: & < " as entities; > and ' need none). */
const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** Booted with a public base URL and an embed allow-list (read at boot, so set before the app loads). */
describe('embeds, oEmbed and pages over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp({ env: { KB_PUBLIC_URL: 'https://kb.example.com', KB_EMBED_ORIGINS: 'https://blog.example, https://news.example' } });
  });
  afterAll(() => t.close());

  it('lets the allowed origins frame the embed page (CSP frame-ancestors, no X-Frame-Options) while the API keeps its protections', async () => {
    const embed = await t.request('/embed/node/python?theme=dark&criteria=io-performance&utm_source=newsletter');
    expect(embed.status).toBe(200);
    expect(embed.headers['content-type']).toMatch(/^text\/html/);
    expect(embed.headers['x-frame-options']).toBeUndefined();
    expect(embed.headers['content-security-policy']).toBe('frame-ancestors https://blog.example https://news.example');
    expect(embed.body.startsWith('<!doctype html>')).toBe(true);
    expect(embed.body).toContain('postMessage');
    expect(embed.body).toMatch(/href="https:\/\/kb\.example\.com\/claims\/\d+"/);
    expect(embed.body).not.toMatch(/<(script|link|img)[^>]+(src|href)="(?!data:)/);
    for (const url of ['/api/sources', '/compare/nodejs/python', '/']) {
      const res = await t.request(url);
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    }
    expect((await t.request('/embed/node/python?theme=neon')).status).toBe(400);
    expect((await t.request('/embed/node/cobol')).status).toBe(404);
  });

  it('serves the widget script with its styles, cacheable', async () => {
    const js = await t.request('/embed.js?utm_source=x');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
    expect(js.headers['etag']).toBeDefined();
    expect(js.body).toContain('attachShadow');
    expect(js.body).not.toContain('__VKB_CSS__');
    expect(js.body).toContain('.vkb table');
    expect((await t.request({ url: '/embed.js', headers: { 'if-none-match': js.headers['etag'] as string } })).status).toBe(304);
    expect((await t.request('/assets/..%2Fpackage.json')).status).toBe(400);
  });

  it('answers oEmbed 1.0 for its own comparison pages, and discovery links point at it', async () => {
    const url = encodeURIComponent('https://kb.example.com/compare/node/python');
    const res = await t.request(`/api/oembed?url=${url}&maxwidth=500`);
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({
      version: '1.0', type: 'rich', title: 'Node.js vs Python', provider_name: 'versus-kb', provider_url: 'https://kb.example.com', cache_age: 3600, width: 500, height: 600,
      html: '<iframe src="https://kb.example.com/embed/nodejs/python" width="500" height="600" title="Node.js vs Python" style="border:0;max-width:100%" loading="lazy"></iframe>',
    });
    expect((await t.request(`/api/oembed?url=${encodeURIComponent('https://other.example/compare/node/python')}`)).status).toBe(404);
    expect((await t.request(`/api/oembed?url=${url}&format=xml`)).status).toBe(406);
    expect((await t.request('/api/oembed')).status).toBe(400);
    const page = await t.request('/compare/nodejs/python');
    expect(page.body).toContain(`<link rel="alternate" type="application/json+oembed" href="https://kb.example.com/api/oembed?url=${encodeURIComponent('https://kb.example.com/compare/nodejs/python')}"`);
  });

  it('lists the comparisons on REST, GraphQL and the home page', async () => {
    const rest = (await t.request('/api/comparisons')).json();
    const pair = rest.items.find((c: any) => c.technologies.map((x: any) => x.slug).sort().join('/') === 'nodejs/python');
    expect(pair).toMatchObject({ sourceCount: expect.any(Number), href: expect.stringMatching(/^\/api\/comparisons\//) });
    expect(pair.sourceCount).toBeGreaterThanOrEqual(5);
    const gql = await t.graphql('{ comparisons { items { technologies { slug name } sourceCount href } } }');
    expect(gql.errors).toBeUndefined();
    expect(gql.data.comparisons.items).toEqual(rest.items);
    const home = await t.request('/');
    expect(home.body).toContain(`href="/compare/${pair.technologies[0].slug}/${pair.technologies[1].slug}"`);
  });

  it('serves citation pages at /claims/:id (the API keeps /api/claims/:id), 404 for a missing claim', async () => {
    const claim = (await t.request('/api/claims?kind=rating&limit=1')).json().items[0];
    const page = await t.request(`/claims/${claim.id}?utm_source=embed`);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    // As the renderer escapes text (preact-render-to-string: & < " as entities; > and ' need none in text).
    const escaped = claim.quote.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
    expect(page.body).toContain(`<mark id="quote">${escaped}</mark>`);
    expect((await t.request(`/api/claims/${claim.id}`)).json().id).toBe(claim.id);
    expect((await t.request('/claims/999999999')).status).toBe(404);
    expect((await t.request('/claims/abc')).status).toBe(400);
  });

  it('serves the claims browser and recommendation form, empty fields meaning no filter', async () => {
    const browse = await t.request('/explore/claims?q=machine+learning&technology=&kind=');
    expect(browse.status).toBe(200);
    expect(browse.body).toMatch(/\d+ matching claims?/);
    expect(browse.body).toContain('<mark>');
    expect((await t.request('/explore/claims?kind=bogus')).status).toBe(400);
    const rec = await t.request('/explore/recommend?need=real-time+chat&need=');
    expect(rec.status).toBe(200);
    expect(rec.body).toContain('<ol class="ranking">');
  });

  it('keeps the widget and the explorer small (gzipped, as scripts/front-end-sizes.mjs measures)', async () => {
    const gz = async (url: string) => gzipSync(Buffer.from((await t.request(url)).body, 'utf8'), { level: 9 }).length;
    expect(await gz('/embed.js')).toBeLessThan(3 * 1024);
    const firstLoad = (await gz('/')) + (await gz('/assets/explorer.css')) + (await gz('/assets/vkb.css'));
    expect(firstLoad).toBeLessThan(5 * 1024);
  });

  describe("the explorer's rough edges", () => {
    const token = uniqueToken();
    let f: ReturnType<typeof roughEdgesArticle>;
    beforeAll(async () => {
      f = roughEdgesArticle(token);
      const res = await (await asEditor(t, `rough-edges-${token}`)).write('POST', '/api/sources', f.input);
      expect([res.status, res.body]).toEqual([201, res.body]);
    });

    it('answers bad input on a page with an HTML page of the API status that says what was wrong; JSON clients keep problem+json', async () => {
      const cases = [
        ['/explore/claims?technology=cobol', '/api/claims?technology=cobol'],
        ['/explore/claims?limit=100000', '/api/claims?limit=100000'],
        ['/claims/999999999', '/api/claims/999999999'],
        ['/compare/nodejs/cobol', '/api/comparisons/nodejs/cobol'],
        [`/compare/${f.alpha}/${f.beta}?criteria=no-such-criterion`, `/api/comparisons/${f.alpha}/${f.beta}?criteria=no-such-criterion`],
        ['/explore/recommend?need=' + 'x'.repeat(400), '/api/recommendations?need=' + 'x'.repeat(400)],
      ];
      for (const [page, api] of cases) {
        const problem = await t.request(api);
        expect([api, problem.status]).toEqual([api, expect.any(Number)]);
        expect(problem.status).toBeGreaterThanOrEqual(400);
        const res = await t.request({ url: page, headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' } });
        expect([page, res.status, res.headers['content-type']]).toEqual([page, problem.status, 'text/html; charset=utf-8']);
        expect(res.body.startsWith('<!doctype html>')).toBe(true);
        // What was wrong: each field's message, or the API's detail.
        const { detail, errors } = problem.json();
        for (const said of errors?.length ? errors.map((e: any) => e.message) : [detail]) expect([page, res.body.includes(html(said))]).toEqual([page, true]);
        expect(res.headers['cache-control']).toBe('no-store');
      }
      const json = await t.request({ url: '/explore/claims?technology=cobol', headers: { accept: 'application/json' } });
      expect([json.status, json.headers['content-type']]).toEqual([422, 'application/problem+json; charset=utf-8']);
      expect(json.json().detail).toMatch(/cobol/);
      // What the visitor typed is shown escaped.
      const marked = await t.request('/explore/claims?technology=' + encodeURIComponent('<b>x</b>'));
      expect(marked.status).toBeGreaterThanOrEqual(400);
      expect(marked.body).not.toContain('<b>x</b>');
    });

    it('answers bad input on the embed page with an HTML page of the same status and message; JSON clients keep problem+json', async () => {
      const browser = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
      const cases = [
        '/embed/nodejs/cobol',
        `/embed/${f.alpha}/${f.beta}?criteria=no-such-criterion`,
        `/embed/${f.alpha}/${f.beta}?criteria=${encodeURIComponent('Not A List!')}`,
        `/embed/${f.alpha}/${f.beta}?theme=neon`,
      ];
      for (const url of cases) {
        const problem = await t.request({ url, headers: { accept: 'application/json' } });
        expect([url, problem.status, problem.headers['content-type']]).toEqual([url, expect.any(Number), 'application/problem+json; charset=utf-8']);
        expect([url, problem.status >= 400 && problem.status < 500]).toEqual([url, true]);
        const res = await t.request({ url, headers: { accept: browser } });
        expect([url, res.status, res.headers['content-type']]).toEqual([url, problem.status, 'text/html; charset=utf-8']);
        expect(res.body.startsWith('<!doctype html>')).toBe(true);
        const { detail, errors } = problem.json();
        for (const said of errors?.length ? errors.map((e: any) => e.message) : [detail]) expect([url, res.body.includes(html(said))]).toEqual([url, true]);
        expect(res.headers['cache-control']).toBe('no-store');
      }
      // What the visitor typed is shown as text (an apostrophe may stand in a technology's name; it needs
      // no entity in text, nor in the renderer's attributes, which are all double-quoted).
      const typed = `o'${token}`;
      const marked = await t.request({ url: `/embed/nodejs/${encodeURIComponent(typed)}`, headers: { accept: browser } });
      expect([marked.status, marked.headers['content-type']]).toEqual([404, 'text/html; charset=utf-8']);
      expect(marked.body).toMatch(new RegExp(`<p role="alert">[^<]*${typed}`));
    });

    it('says why a recommendation has no match, as the API does', async () => {
      const need = `zqxv${token} wibble`;
      const api = (await t.request(`/api/recommendations?need=${encodeURIComponent(need)}`)).json();
      expect(api.ranking).toEqual([]);
      expect(api.reason).toBeTruthy();
      const page = await t.request(`/explore/recommend?need=${encodeURIComponent(need)}`);
      expect(page.status).toBe(200);
      expect(page.body).toContain(html(api.reason));
      expect(page.body).not.toContain('<ol class="ranking">');
    });

    it('limits the embed, the API table and the comparison page to the chosen criteria, sections and all, and leaves out what is empty', async () => {
      const embed = (await t.request(`/embed/${f.alpha}/${f.beta}?criteria=${f.crit}`)).body;
      expect([...embed.matchAll(/<tr data-criterion="([^"]+)"/g)].map((m) => m[1])).toEqual([f.crit]);
      expect(embed).toContain('data-section="faqs"');
      // The use case is on another criterion: no use-case section, no use-case table, no empty one.
      expect(embed).not.toContain('data-section="useCases"');
      expect(embed).not.toContain('vkb-use-cases');
      expect(embed).not.toMatch(/<ul><\/ul>|<tbody>\s*<\/tbody>/);
      const full = (await t.request(`/embed/${f.alpha}/${f.beta}`)).body;
      expect(full).toContain('data-section="useCases"');
      expect(full.match(/>Use cases</g)).toHaveLength(1);
      const api = await t.request(`/api/comparisons/${f.alpha}/${f.beta}?criteria=${f.splitCrit},${f.longCrit}`);
      expect(api.json().rows.map((r: any) => r.criterion.slug).sort()).toEqual([f.longCrit, f.splitCrit].sort());
      expect(api.json().useCases).toHaveLength(1);
      expect(api.json().faqs).toEqual([]);
      expect((await t.request(`/api/comparisons/${f.alpha}/${f.beta}?criteria=no-such-criterion`)).status).toBe(404);
      expect((await t.request(`/api/comparisons/${f.alpha}/${f.beta}?criteria=a%22b`)).status).toBe(400);
      const gql = await t.graphql('query($a: String!, $b: String!, $c: [String!]) { comparison(a: $a, b: $b, criteria: $c) { rows { criterion { slug } } useCases { id } faqs { id } } }', { a: f.alpha, b: f.beta, c: [f.crit] });
      expect(gql.errors).toBeUndefined();
      expect(gql.data.comparison).toMatchObject({ rows: [{ criterion: { slug: f.crit } }], useCases: [], faqs: [{ id: expect.any(Number) }] });
      const unknown = await t.graphql('query($a: String!, $b: String!) { comparison(a: $a, b: $b, criteria: ["no-such-criterion"]) { rows { conflict } } }', { a: f.alpha, b: f.beta });
      expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const bad = await t.graphql('query($a: String!, $b: String!) { comparison(a: $a, b: $b, criteria: ["a\\"b"]) { rows { conflict } } }', { a: f.alpha, b: f.beta });
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const page = (await t.request(`/compare/${f.alpha}/${f.beta}?criteria=${f.crit}`)).body;
      expect([...page.matchAll(/<tr data-criterion="([^"]+)"/g)].map((m) => m[1])).toEqual([f.crit]);
    });

    it('labels split and neither outcomes as such, never as a tie', async () => {
      const page = (await t.request(`/compare/${f.alpha}/${f.beta}`)).body;
      const consensus = (slug: string) => new RegExp(`<tr data-criterion="${slug}"[^>]*>.*?<td><strong>([^<]+)</strong>`).exec(page)?.[1];
      expect(consensus(f.splitCrit)).toBe('Split');
      expect(consensus(f.longCrit)).toBe('Neither');
      expect(page).toMatch(/>Split<\/a> <q/);
      expect(page).toMatch(/Typing [0-9a-f]+: Split, /);
      expect(page).not.toMatch(/>Tie</);
    });

    it('shows the cell of a quote taken from a table row, on pages and embeds', async () => {
      for (const url of [`/compare/${f.alpha}/${f.beta}`, `/embed/${f.alpha}/${f.beta}`, `/api/comparisons/${f.alpha}/${f.beta}?format=html`]) {
        const body = (await t.request(url)).body;
        expect([url, body.includes('<q class="vkb-quote">Excellent</q>'), body.includes('<q class="vkb-quote">Good</q>')]).toEqual([url, true, true]);
        expect([url, body.includes(html(f.row))]).toEqual([url, false]);
      }
      const claims = (await t.request(`/explore/claims?source=article-${token}&kind=rating`)).body;
      expect(claims).toContain('<blockquote>Excellent</blockquote>');
      expect(claims).not.toContain(html(f.row));
      // The data keeps the verbatim quote.
      const row = (await t.request(`/api/comparisons/${f.alpha}/${f.beta}`)).json().rows.find((r: any) => r.criterion.slug === f.crit);
      expect(row.assessments.map((x: any) => x.quote)).toEqual([f.row, f.row]);
    });

    it('sets source dates apart from titles and links sources to their URL', async () => {
      const title = html(`Article ${token}`);
      const credit = `<a href="https://example.org/${token}" rel="noopener">${title}</a> <span class="vkb-date">(<time datetime="2025-01">2025-01</time>)</span>`;
      expect((await t.request(`/embed/${f.alpha}/${f.beta}`)).body).toContain(credit);
      const claims = (await t.request(`/explore/claims?source=article-${token}`)).body;
      expect(claims).toContain(credit);
      expect(claims).not.toContain(`${title}, 2025-01`);
    });

    it('leaves every chart label room at the left edge, cutting a long one with its whole name in the tooltip', async () => {
      const page = (await t.request(`/compare/${f.alpha}/${f.beta}`)).body;
      const labels = [...page.matchAll(/<text x="(\d+(?:\.\d+)?)" y="\d+" text-anchor="end">([^<]*)<\/text>/g)];
      expect(labels.length).toBeGreaterThanOrEqual(3);
      for (const [, x, text] of labels) expect([text, Number(x) - [...text].length * 7 >= 0]).toEqual([text, true]);
      expect(page).toContain(`<title>Developer experience and tooling maturity ${token}: Neither`);
    });
  });
});
