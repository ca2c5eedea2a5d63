import { gzipSync } from 'node:zlib';
import { bootTestApp, type TestApp } from '../helpers/app.js';

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
    const escaped = claim.quote.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
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
});
