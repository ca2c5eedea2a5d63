import MarkdownIt from 'markdown-it';
import { markdownLink, markdownText, markdownUrl } from './markdown.js';

const render = (markdown: string) => new MarkdownIt({ html: true }).renderInline(markdown);

describe('markdownText', () => {
  it.each([
    ['plain words', 'Node.js is fast', 'Node.js is fast'],
    ['raw HTML', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['a link', '[x](javascript:alert(1))', '[x](javascript:alert(1))'],
    ['emphasis and code', '*a* _b_ `c`', '*a* _b_ `c`'],
    ['a table pipe', 'a | b', 'a | b'],
    ['an entity', '&lt; &amp;', '&amp;lt; &amp;amp;'],
  ])('%s renders as the text it is', (_name, value, html) => {
    expect(render(markdownText(value))).toBe(html);
  });

  it.each(['- item', '+ item', '# heading', '1. first', '2) second', '> quote'])('%s opens no block', (value) => {
    const html = new MarkdownIt().render(markdownText(value));
    expect(html).toBe(`<p>${value.replace(/>/g, '&gt;')}</p>\n`);
  });
});

describe('markdownUrl and markdownLink', () => {
  it.each([
    ['https://example.com/a', 'https://example.com/a'],
    ['http://example.com/)[x](javascript:alert(1))', 'http://example.com/%29%5Bx%5D%28javascript:alert%281%29%29'],
    ['https://example.com/a b<c>', 'https://example.com/a%20b%3Cc%3E'],
    ['/claims/12', '/claims/12'],
    ['javascript:alert(1)', null],
    ['data:text/html,x', null],
    ['//evil.example/x', null],
    ['not a url', null],
  ])('%s -> %s', (value, expected) => {
    expect(markdownUrl(value)).toBe(expected);
  });

  it('links only to what it was given, as one link', () => {
    const html = render(markdownLink('Title](javascript:alert(1))', 'http://example.com/)[x](javascript:alert(1))'));
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).toMatch(/^<a href="http:\/\/example\.com\/%29%5Bx%5D%28javascript:alert%281%29%29">Title\]\(javascript:alert\(1\)\)<\/a>$/);
    expect(render(markdownLink('Title', 'javascript:alert(1)'))).toBe('Title');
  });
});
