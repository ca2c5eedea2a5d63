import { readFileSync } from 'node:fs';
import { ChromedPage, HtmlDocument, renderPage, SitePage } from './document.js';
import { InlineScript, InlineStyle, rawText } from './raw-text.js';

describe('the page documents', () => {
  it('escapes the title, the body class and every text and attribute it is given', () => {
    const page = renderPage(
      <HtmlDocument title={'A <b> & "c"'} head={<meta name="x" content={'"><script>'} />} bodyClass={'x"y'}>
        <p title={'<img onerror=1>'}>{'<script>alert(1)</script>'}</p>
      </HtmlDocument>,
    );
    expect(page.startsWith('<!doctype html>\n<html lang="en"><head><meta charset="utf-8"/>')).toBe(true);
    expect(page).toContain('<title>A &lt;b> &amp; &quot;c&quot;</title><meta name="x" content="&quot;>&lt;script>"/></head>');
    expect(page).toContain('<body class="x&quot;y"><p title="&lt;img onerror=1>">&lt;script>alert(1)&lt;/script></p></body></html>\n');
    expect(page).not.toMatch(/<script|<img/);
  });

  it('leaves <body> without a class when none is given', () => {
    expect(renderPage(<HtmlDocument title="t">{''}</HtmlDocument>)).toContain('</head><body></body>');
  });

  it('puts the chrome around main: skip link to #main, a labelled navigation, main attributes', () => {
    const page = renderPage(
      <ChromedPage title="t" head={null} navLabel="Desk" nav={<a href="/">home</a>} mainData={{ 'data-view': 'x' }}>
        <h1>m</h1>
      </ChromedPage>,
    );
    expect(page).toContain('<a class="skip" href="#main">Skip to content</a><header><nav aria-label="Desk"><a href="/">home</a></nav></header><main id="main" data-view="x"><h1>m</h1></main>');
  });

  it.each([
    ['the site stylesheets', '<link rel="stylesheet" href="/assets/explorer.css"/><link rel="stylesheet" href="/assets/vkb.css"/><meta name="extra"/></head>'],
    ['the site title', '<title>Claims &lt;x> — versus-kb</title>'],
    ['the main navigation', '<nav aria-label="Main"><a href="/">versus-kb</a> <a href="/explore/claims">Claims</a>'],
    ['no script of its own', null],
  ])('gives site pages %s', (_what, expected) => {
    const page = renderPage(
      <SitePage title="Claims <x>" head={<meta name="extra" />}>
        <p>m</p>
      </SitePage>,
    );
    if (expected) expect(page).toContain(expected);
    else expect(page).not.toContain('<script');
  });
});

describe('raw text (inline style and script)', () => {
  it('keeps the app stylesheet the embed page inlines byte for byte', () => {
    const css = readFileSync(new URL('../../../public/vkb.css', import.meta.url), 'utf8');
    expect(renderPage(<HtmlDocument title="t" head={<InlineStyle css={css} />}>{''}</HtmlDocument>)).toContain(`<style>${css}</style>`);
  });

  it('keeps a script without " & < as it is', () => {
    const code = "if (a > b || c === 'd') post();";
    expect(renderPage(<HtmlDocument title="t"><InlineScript code={code} /></HtmlDocument>)).toContain(`<script>${code}</script>`);
  });

  it.each(['a < b', 'a && b', 'font-family: "X"', '</style><script>'])('refuses %j rather than send it corrupted', (text) => {
    expect(() => rawText(text, 'inline style')).toThrow(/would escape/);
  });
});
