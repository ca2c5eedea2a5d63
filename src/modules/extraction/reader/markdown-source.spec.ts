import { preparedMarkdown } from './markdown-source.js';
import { readArticle, statedDate } from './reader-text.js';
import { tomlFrontMatter } from './toml-front-matter.js';

describe('Markdown as site generators write it', () => {
  it('leaves out lines that are only a template tag but a figure caption, and keeps code blocks as they are', () => {
    const source = ['Intro line.', '{{< figure src="a.png" >}}', '{{ figure(src="b.svg", caption="A cat") }}', '{% callout %}', 'Boxed text.', '{% endcallout %}', '```', '{{ not a tag inside code }}', '```'].join('\n');
    expect(preparedMarkdown(source).split('\n')).toEqual(['Intro line.', '', 'A cat', '', 'Boxed text.', '```', '{{ not a tag inside code }}', '```']);
  });

  it("reads a figure shortcode's caption as a paragraph of the page, as the rendered page shows it", () => {
    const source = ['Setup took a day.', "{{< figure src='/img/poll.png' caption='Most of the team liked the switch' >}}", 'Then we moved on.'].join('\n');
    const body = readArticle(source, 'markdown').body;
    expect(body.split('\n').filter((l) => l.trim())).toEqual(['Setup took a day.', 'Most of the team liked the switch', 'Then we moved on.']);
  });

  it('keeps a line where a tag stands among text', () => {
    expect(preparedMarkdown('See {{< ref "x" >}} for more.')).toBe('See {{< ref "x" >}} for more.');
  });

  it('reads a raw HTML table with blank lines inside as one table', () => {
    const source = ['Before.', '', '<table>', '  <tr><th>Topic</th><th>Alpha</th><th>Beta</th></tr>', '  <tr>', '    <td>Storage</td>', '    <td>Alpha keeps rows on disk.', '\t\t', '    It compacts them at night.</td>', '', '    <td>Beta keeps rows in memory.</td>', '  </tr>', '</table>', '', 'After.'].join('\n');
    const doc = readArticle(source, 'markdown');
    expect(doc.body).not.toContain('<td>');
    const rows = doc.blocks.filter((b) => b.type === 'row');
    expect(rows.map((r) => r.cells!.map((c) => c.text))).toEqual([
      ['Topic', 'Alpha', 'Beta'],
      ['Storage', 'Alpha keeps rows on disk. It compacts them at night.', 'Beta keeps rows in memory.'],
    ]);
    expect(doc.blocks.map((b) => b.text)).toContain('After.');
  });

  it('joins nothing when a raw table never closes', () => {
    const source = '<table><tr><td>a</td></tr>\n\nLoose paragraph.';
    expect(preparedMarkdown(source)).toBe(source);
  });
});

describe('TOML front matter', () => {
  it('reads top-level strings, dates, numbers and arrays, and stops at the first table', () => {
    const toml = ['title = "Alpha or Beta?"', "author = 'Kim Park'", 'date = 2024-02-29', 'weight = 3', 'draft = false', 'tags = ["db", "ops"]', '[extra]', 'title = "not this one"'].join('\n');
    expect(tomlFrontMatter(toml)).toEqual({ title: 'Alpha or Beta?', author: 'Kim Park', date: '2024-02-29', weight: 3, draft: false, tags: ['db', 'ops'] });
  });

  it('gives the article its metadata and keeps the front matter out of the body', () => {
    const doc = readArticle('+++\ntitle = "Alpha vs Beta"\ndate = 2023-05-01\n[extra]\nexcerpt = "A teaser."\n+++\n\nAlpha is small.\n', 'markdown');
    expect(doc.metadata.title).toBe('Alpha vs Beta');
    expect(doc.metadata.date).toBe('2023-05-01');
    expect(doc.body).toBe('Alpha is small.');
  });
});

describe('Markdown metadata without front matter for it', () => {
  it('takes the date from a byline line near the top, and a month-first date from front matter', () => {
    expect(statedDate(readArticle('# Alpha vs Beta\n\nKim Park,\nMarch 2024\n\nAlpha is small.\n', 'markdown').metadata.date)).toBe('2024-03');
    expect(statedDate(readArticle('---\nms.date: 04/09/2023\n---\n\n# Alpha vs Beta\n\nAlpha is small.\n', 'markdown').metadata.date)).toBe('2023-04-09');
  });
});

describe('template tags in link addresses', () => {
  it('takes the tag out of the address so the link reads as its text', () => {
    const source = 'Use the [`merge()` helper](/{{< current "lib" >}}/std/merge) or [a script](/{{% ver %}}/x/{{% ver %}}/y) here.';
    expect(preparedMarkdown(source)).toBe('Use the [`merge()` helper](/_/std/merge) or [a script](/_/x/_/y) here.');
    expect(readArticle(`# Title\n\n${source}\n`, 'markdown').body).toContain('Use the merge() helper or a script here.');
  });
});
