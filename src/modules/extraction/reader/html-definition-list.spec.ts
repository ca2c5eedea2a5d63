import { fromProjectRoot } from '../../../infra/project-paths.js';
import { extractDraft } from '../extract-article.js';
import { readKnownTaxonomy } from '../known-taxonomy-files.js';
import { readArticle } from './reader-text.js';

const html = `<article><h1>Koa vs Hapi</h1><p>Koa and Hapi both serve HTTP from Node.</p><h2>Strengths</h2>
<dl><div><dt>Koa</dt><dd>Koa has a tiny core that loads in milliseconds.</dd><dd>Async middleware reads top to bottom.</dd></div>
<dt>Hapi</dt><dd>Hapi validates every request with built-in schemas.</dd><dd><p>Its plugins declare their dependencies.</p></dd></dl>
<p>Both run on any Node release in support.</p></article>`;

describe('definition lists', () => {
  it('reads each term as a line and its descriptions as the items of a list under it', () => {
    const doc = readArticle(html, 'html');
    const read = doc.blocks.filter((b) => b.type !== 'heading').map((b) => [b.type, b.text.slice(0, 20)]);
    expect(read).toEqual([
      ['paragraph', 'Koa and Hapi both se'],
      ['paragraph', 'Koa'],
      ['item', 'Koa has a tiny core '],
      ['item', 'Async middleware rea'],
      ['paragraph', 'Hapi'],
      ['item', 'Hapi validates every'],
      ['paragraph', 'Its plugins declare '],
      ['paragraph', 'Both run on any Node'],
    ]);
    for (const block of doc.blocks) expect(doc.body.slice(block.start, block.start + block.text.length)).toBe(block.text);
  });

  it('credits a description that names no side to the side its term names', () => {
    const draft = extractDraft(html, 'html', readKnownTaxonomy(fromProjectRoot('seeds/taxonomy')));
    expect(draft.claims.find((c) => c.quote.startsWith('Async middleware'))?.technology).toBe('koa');
  });
});
