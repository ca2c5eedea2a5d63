import type { ComparisonModel } from '../comparisons/models/comparison.model.js';
import { acceptsJson, comparisonOfUrl, frameAncestors, oembedFor, renderEmbedPage } from './embed-page.js';

describe('embed pages', () => {
  it.each([
    ['*', 'frame-ancestors *'],
    ['https://a.example, https://b.example', 'frame-ancestors https://a.example https://b.example'],
    ['https://a.example,*', 'frame-ancestors *'],
  ])('frame-ancestors from %j', (origins, expected) => {
    expect(frameAncestors(origins)).toBe(expected);
  });

  it.each([
    [undefined, true],
    ['*/*', true],
    ['application/json', true],
    ['application/json+oembed', true],
    ['text/html, application/json;q=0.5', true],
    ['application/pdf', false],
    ['text/xml', false],
    ['application/json;q=0', false],
  ])('Accept %j admits JSON: %j', (accept, expected) => {
    expect(acceptsJson(accept)).toBe(expected);
  });

  it.each([
    ['https://kb.example/compare/nodejs/python', 'https://kb.example', { a: 'nodejs', b: 'python' }],
    ['https://kb.example/embed/node/py/', 'https://kb.example', { a: 'node', b: 'py' }],
    ['https://kb.example/kb/api/comparisons/nodejs/python?format=html', 'https://kb.example/kb', { a: 'nodejs', b: 'python' }],
    ['https://evil.example/compare/nodejs/python', 'https://kb.example', null],
    ['https://kb.example/claims/4', 'https://kb.example', null],
    ['not a url', 'https://kb.example', null],
    ['https://kb.example/compare/%E0%A4%A/python', 'https://kb.example', null],
  ])('the comparison of %s', (url, base, expected) => {
    expect(comparisonOfUrl(url, base)).toEqual(expected);
  });

  it.each([
    [{}, 800, 600],
    [{ maxwidth: 400 }, 400, 600],
    [{ maxwidth: 2000, maxheight: 300 }, 800, 300],
  ])('oEmbed sizes within %j', (limits, width, height) => {
    const o = oembedFor({ base: 'https://kb.example', a: { slug: 'nodejs', name: 'Node.js' }, b: { slug: 'python', name: 'Python' }, ...limits });
    expect(o).toMatchObject({ version: '1.0', type: 'rich', width, height, title: 'Node.js vs Python', provider_url: 'https://kb.example' });
    expect(o.html).toBe(`<iframe src="https://kb.example/embed/nodejs/python" width="${width}" height="${height}" title="Node.js vs Python" style="border:0;max-width:100%" loading="lazy"></iframe>`);
  });

  it('renders a standalone page: doctype, inline CSS, height posted to the parent, no external asset', () => {
    const comparison = { technologies: [{ slug: 'a', name: 'A <vs>' }, { slug: 'b', name: 'B' }], rows: [], useCaseConsensus: [], sources: [] } as unknown as ComparisonModel;
    const html = renderEmbedPage({ comparison, context: { base: 'https://kb.example' }, css: '.vkb{color:red}', theme: 'dark' });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<title>A &lt;vs> vs B — versus-kb</title>');
    expect(html).toContain('<style>html,body{margin:0}body{background:#0d1117}.vkb{color:red}</style>');
    expect(html).toContain('class="vkb-theme-dark"');
    expect(html).toContain('<div class="vkb"><p class="vkb-empty">No source compares A &lt;vs> and B on anything yet.</p></div>');
    expect(html).toContain('postMessage');
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)="(?!data:)/);
  });
});
