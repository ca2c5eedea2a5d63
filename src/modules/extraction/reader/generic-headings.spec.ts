import { isGenericHeading } from './generic-headings.js';
import { readArticle } from './reader-text.js';

describe('headings that name a part of the article, not a criterion', () => {
  it.each([
    ['Overview', true],
    ['2. Introduction', true],
    ['Case 3', true],
    ['Scenario B: a team of two', true],
    ['Closing thoughts', true],
    ['Alpha overview', true],
    ['Alpha vs Beta: an overview', true],
    ['Introduction to Alpha and Beta', true],
    ['What is Beta?', true],
    ['Side-by-side comparison', true],
    ['Throughput', false],
    ['Cold start time overview', false],
    ['Operational cost', false],
    ['What is the cheaper option?', false],
    ['Tooling and community', false],
  ])('%s -> %s', (heading, expected) => {
    expect(isGenericHeading(heading)).toBe(expected);
  });

  it.each([
    ['html', '<article><h1>Alpha vs Beta</h1><h2>Overview</h2><p>Two stores.</p><h2>Throughput</h2><p>Alpha is faster.</p></article>'],
    ['markdown', '# Alpha vs Beta\n\n## Overview\n\nTwo stores.\n\n## Throughput\n\nAlpha is faster.\n'],
    ['text', 'Alpha vs Beta\n\nOverview\n\nTwo stores.\n\nThroughput\n\nAlpha is faster.\n'],
  ] as const)('%s: marks generic headings on the blocks, and only those', (format, content) => {
    const headings = readArticle(content, format).blocks.filter((b) => b.type === 'heading');
    expect(headings.filter((h) => h.generic).map((h) => h.text)).toEqual(['Overview']);
    expect(headings.map((h) => h.text)).toContain('Throughput');
  });
});
