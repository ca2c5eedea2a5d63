import { chromedPage, htmlDocument, layout } from './layout.js';

describe('the page layout', () => {
  it('escapes the title and the body class, and keeps the head and body as given', () => {
    const page = htmlDocument({ title: 'A <b> & "c"', head: '<style>x{}</style>\n', bodyClass: 'x"y', body: '<p>body</p>' });
    expect(page.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(page).toContain('<title>A &lt;b&gt; &amp; &quot;c&quot;</title>\n<style>x{}</style>\n</head>');
    expect(page).toContain('<body class="x&quot;y">\n<p>body</p>\n</body>\n</html>\n');
  });

  it('leaves <body> without a class when none is given', () => {
    expect(htmlDocument({ title: 't', body: '' })).toContain('</head>\n<body>\n');
  });

  it('puts the chrome around main: skip link to #main, a labelled navigation, main attributes', () => {
    const page = chromedPage({ title: 't', head: '', nav: { label: 'Desk', links: '<a href="/">home</a>' }, mainAttributes: ' data-view="x"', main: '<h1>m</h1>' });
    expect(page).toContain('<a class="skip" href="#main">Skip to content</a>\n<header><nav aria-label="Desk"><a href="/">home</a></nav></header>\n<main id="main" data-view="x">\n<h1>m</h1>\n</main>');
  });

  it.each([
    ['the site stylesheets', '<link rel="stylesheet" href="/assets/explorer.css">\n<link rel="stylesheet" href="/assets/vkb.css">\n<meta name="extra">\n</head>'],
    ['the site title', '<title>Claims &lt;x&gt; — versus-kb</title>'],
    ['the main navigation', '<nav aria-label="Main"><a href="/">versus-kb</a>'],
    ['no script of its own', null],
  ])('gives site pages %s', (_what, expected) => {
    const page = layout('Claims <x>', '<p>m</p>', '<meta name="extra">\n');
    if (expected) expect(page).toContain(expected);
    else expect(page).not.toContain('<script');
  });
});
