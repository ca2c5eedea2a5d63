import { readArticle, statedDate, type ArticleFormat } from './reader-text.js';

describe('reader text: what a reader sees, per format', () => {
  const html = `<html><head><title>T</title><meta name="author" content="Ann Lee"><script>var x = 1;</script><style>p{}</style></head>
<body><header class="site-header"><nav><a href="/">Home</a></nav></header>
<article><h1>Go vs Rust</h1><p class="byline">By Ann Lee</p>
<p>Go is <em>simple</em>.</p><ul><li>Fast builds</li><li>Small <b>binaries</b></li></ul>
<table><tr><th>Criterion</th><th>Go</th><th>Rust</th></tr><tr><td>Speed</td><td>Fast</td><td>Very fast</td></tr></table>
<div class="share-links"><a href="#">Share on X</a></div><div class="cta-box"><p>Book a call</p></div></article>
<footer>© 2026 Example</footer><div class="cookie-banner">We use cookies</div></body></html>`;
  const markdown = `---\ntitle: Go vs Rust\nauthor: Ann Lee\ndate: 2026-05\n---\n\n# Go vs Rust\n\nGo is *simple*.\n\n- Fast builds\n- Small **binaries**\n\n| Criterion | Go | Rust |\n|---|---|---|\n| Speed | Fast | Very fast |\n`;
  const text = `Go vs Rust\nBy Ann Lee | Published May 3, 2026\n\nGo is simple.\n\n- Fast builds\n- Small binaries\n\nCriterion\tGo\tRust\nSpeed\tFast\tVery fast\n`;

  it.each<[ArticleFormat, string, string[], string[]]>([
    ['html', html, ['Go vs Rust', 'Go is simple.', 'Fast builds', 'Small binaries', 'Speed | Fast | Very fast'], ['var x', 'Home', 'Share on X', 'Book a call', '©', 'cookies', 'By Ann Lee']],
    ['markdown', markdown, ['Go vs Rust', 'Go is simple.', 'Fast builds', 'Small binaries', 'Speed | Fast | Very fast'], ['title:', '---', '**', '|---|']],
    ['text', text, ['Go vs Rust', 'Go is simple.', 'Fast builds', 'Small binaries', 'Speed\tFast\tVery fast'], []],
  ])('%s: headings, paragraphs, list items and table rows as lines; furniture left out', (format, content, present, absent) => {
    const doc = readArticle(content, format);
    for (const line of present) expect(doc.body).toContain(line);
    for (const line of absent) expect(doc.body).not.toContain(line);
    for (const block of doc.blocks) {
      expect(doc.body.slice(block.start, block.start + block.text.length)).toBe(block.text);
      for (const cell of block.cells ?? []) expect(doc.body.slice(cell.start, cell.start + cell.text.length)).toBe(cell.text);
    }
    const row = doc.blocks.find((b) => b.type === 'row' && b.text.startsWith('Speed'))!;
    expect(row.cells!.map((c) => c.text)).toEqual(['Speed', 'Fast', 'Very fast']);
    expect(doc.blocks.filter((b) => b.type === 'item').map((b) => b.text)).toEqual(['Fast builds', 'Small binaries']);
  });

  it.each<[ArticleFormat, string, { title: string; author: string | null; date: string | null }]>([
    ['html', html, { title: 'Go vs Rust', author: 'Ann Lee', date: null }],
    ['markdown', markdown, { title: 'Go vs Rust', author: 'Ann Lee', date: '2026-05' }],
    ['text', text, { title: 'Go vs Rust', author: 'Ann Lee', date: '2026-05-03' }],
  ])('%s: metadata from meta tags, front matter or byline', (format, content, expected) => {
    const { metadata } = readArticle(content, format);
    expect({ title: metadata.title, author: metadata.author, date: statedDate(metadata.date) }).toEqual(expected);
  });

  it.each([
    ['2026-05-14', '2026-05-14'],
    ['2026-05-14T09:00:00Z', '2026-05-14'],
    ['Last updated: May 2026', '2026-05'],
    ['Published January 2025Comparison', '2025-01'],
    ['March 18, 2026', '2026-03-18'],
    ['18 March 2026', '2026-03-18'],
    ['2026', '2026'],
    ['11/16/2016', '2016-11-16'],
    ['no date here', null],
  ])('stated date %s -> %s', (text, expected) => {
    expect(statedDate(text)).toBe(expected);
  });
});

describe('plain-text title', () => {
  it('skips a breadcrumb that names the comparison before the article title', () => {
    const doc = readArticle('Home › Databases › Redis vs Memcached\nRedis vs Memcached: Which Cache in 2026?\nBy Ann Lee\n\nRedis is an in-memory data store.\n', 'text');
    expect(doc.metadata.title).toBe('Redis vs Memcached: Which Cache in 2026?');
  });
});

describe('tables inside wrappers', () => {
  it('reads a table a <figure> wraps (WordPress), and leaves out the caption and images', () => {
    const html = '<article><p>Intro.</p><figure class="wp-block-table"><table><tr><th>Feature</th><th>Alpha</th><th>Beta</th></tr><tr><td>Speed</td><td>Fast</td><td>Slow</td></tr></table><figcaption>Table 1</figcaption></figure><figure><img src="x.png"></figure></article>';
    const doc = readArticle(html, 'html');
    expect(doc.body).toBe('Intro.\n\nFeature | Alpha | Beta\nSpeed | Fast | Slow');
    expect(doc.blocks.filter((b) => b.type === 'row')).toHaveLength(2);
  });
});


describe('a page with several top headings', () => {
  it('takes its title from the one naming a comparison, not the blog name before it', () => {
    const doc = readArticle('# notes.example.org\nA blog about servers\n\n# Alpha vs Beta\n\nAlpha is small.\n', 'markdown');
    expect(doc.metadata.title).toBe('Alpha vs Beta');
    expect(readArticle('# Alpha and Beta\n\nAlpha is small.\n', 'markdown').metadata.title).toBe('Alpha and Beta');
  });
});
