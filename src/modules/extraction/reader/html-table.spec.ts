import { fromProjectRoot } from '../../../infra/project-paths.js';
import { extractDraft } from '../extract-article.js';
import { readKnownTaxonomy } from '../known-taxonomy-files.js';
import { readArticle } from './reader-text.js';

const quotedAt = (body: string, part: { text: string; start: number }) => body.slice(part.start, part.start + part.text.length);

describe('tables: lists, lines and paragraphs inside cells', () => {
  it('gives each item of a list in a cell as a part, with its offset in the body', () => {
    const html = '<article><table><tr><th>Topic</th><th>Alpha</th><th>Beta</th></tr><tr><td>Drivers</td><td><ul><li>Wire protocol</li><li>Four official drivers</li></ul></td><td>Two drivers</td></tr></table></article>';
    const doc = readArticle(html, 'html');
    const row = doc.blocks.find((b) => b.type === 'row' && b.text.startsWith('Drivers'))!;
    expect(row.cells!.map((c) => c.text)).toEqual(['Drivers', 'Wire protocol Four official drivers', 'Two drivers']);
    const parts = row.cells![1].parts!;
    expect(parts.map((p) => p.text)).toEqual(['Wire protocol', 'Four official drivers']);
    for (const part of parts) expect(quotedAt(doc.body, part)).toBe(part.text);
    expect(row.cells![2].parts).toBeUndefined();
  });

  it('splits a cell at line breaks, and keeps a bracketed line with the line it qualifies', () => {
    const html = '<table><tr><th>Mode</th><th>Alpha</th></tr><tr><td>Receive</td><td>Blocking<br><br>(with a timeout)<br/>Non-blocking</td></tr></table>';
    const doc = readArticle(html, 'html');
    const cell = doc.blocks.find((b) => b.type === 'row' && b.text.startsWith('Receive'))!.cells![1];
    expect(cell.text).toBe('Blocking (with a timeout) Non-blocking');
    expect(cell.parts!.map((p) => p.text)).toEqual(['Blocking (with a timeout)', 'Non-blocking']);
    for (const part of cell.parts!) expect(quotedAt(doc.body, part)).toBe(part.text);
  });

  it('leaves links and pointers beside a cell\'s prose out of its parts', () => {
    const html = '<table><tr><th>Area</th><th>Alpha</th></tr><tr><td>Storage</td><td><p>Alpha writes to an append-only log on every node.</p><ul><li><a href="/a">Log format</a></li><li>[[Compaction|Compaction page]]</li></ul><p>Learn more about storage tiers</p><p>It compacts the log in the background.</p></td></tr></table>';
    const cell = readArticle(html, 'html').blocks.find((b) => b.type === 'row' && b.text.startsWith('Storage'))!.cells![1];
    expect(cell.parts!.map((p) => p.text)).toEqual(['Alpha writes to an append-only log on every node.', 'It compacts the log in the background.']);
  });

  it('gives a value beside a pointer as the cell\'s one part, without the pointer', () => {
    const html = '<table><tr><th>Feature</th><th>Alpha</th><th>Beta</th></tr><tr><td>Replay</td><td>No<br><br>For more information, see <a href="#notes">the notes</a> below.</td><td>Yes</td></tr></table>';
    const doc = readArticle(html, 'html');
    const cell = doc.blocks.find((b) => b.type === 'row' && b.text.startsWith('Replay'))!.cells![1];
    expect(cell.parts!.map((p) => p.text)).toEqual(['No']);
    expect(quotedAt(doc.body, cell.parts![0])).toBe('No');
  });

  it('puts a space between items that the markup runs together', () => {
    const doc = readArticle('<table><tr><th>A</th><th>B</th></tr><tr><td>x</td><td><ul><li>one</li><li>two</li></ul></td></tr></table>', 'html');
    expect(doc.body).toContain('x | one two');
  });
});

describe('tables laid out as side-by-side prose', () => {
  const html = `<article><h2>Feature comparison</h2><table>
    <thead><tr><th>Alpha</th><th>Beta</th></tr></thead>
    <tr><td colspan="2"><b>Replication</b></td></tr>
    <tr><td><p>Alpha copies every write to three nodes before it answers.</p></td><td><p>Beta copies writes in the background and may lose the last second.</p></td></tr>
    <tr><td colspan="2"><b>Query language</b></td></tr>
    <tr><td>Alpha speaks standard SQL with joins across tables.</td><td>Beta offers a key lookup and a small filter syntax.</td></tr>
  </table></article>`;

  it('reads each caption row as a heading under the current one, and each cell as a paragraph', () => {
    const doc = readArticle(html, 'html');
    const read = doc.blocks.map((b) => [b.type, b.level ?? null, b.text.slice(0, 24)]);
    expect(read).toEqual([
      ['heading', 2, 'Feature comparison'],
      ['row', null, 'Alpha | Beta'],
      ['heading', 3, 'Replication'],
      ['paragraph', null, 'Alpha copies every write'],
      ['paragraph', null, 'Beta copies writes in th'],
      ['heading', 3, 'Query language'],
      ['paragraph', null, 'Alpha speaks standard SQ'],
      ['paragraph', null, 'Beta offers a key lookup'],
    ]);
    for (const block of doc.blocks) expect(doc.body.slice(block.start, block.start + block.text.length)).toBe(block.text);
  });

  it('keeps a table with a label column as a grid, caption rows and all', () => {
    const grid = `<table><tr><th>Feature</th><th>Alpha</th><th>Beta</th></tr>
      <tr><td colspan="3">Operations</td></tr><tr><td>Backups</td><td>Alpha takes snapshots every hour on its own.</td><td>Beta needs an external tool for that job.</td></tr>
      <tr><td colspan="3">Cost</td></tr><tr><td>Licence</td><td>Free for any use at all.</td><td>Paid per node in a cluster.</td></tr></table>`;
    const doc = readArticle(grid, 'html');
    expect(doc.blocks.filter((b) => b.type === 'heading')).toHaveLength(0);
    expect(doc.blocks.filter((b) => b.type === 'row').map((b) => b.cells!.length)).toEqual([3, 1, 3, 1, 3]);
  });
});

describe('drafting from a cell that holds a list', () => {
  const known = readKnownTaxonomy(fromProjectRoot('seeds/taxonomy'));

  it('drafts one claim per item, each quote standing in the body', () => {
    const html = '<article><h1>Koa vs Hapi</h1><table><tr><th>Topic</th><th>Koa</th><th>Hapi</th></tr><tr><td>Plugins</td><td><ul><li>Middleware stack</li><li>Community packages</li></ul></td><td>Plugin system</td></tr><tr><td>Routing</td><td>External router</td><td>Built-in router</td></tr></table></article>';
    const draft = extractDraft(html, 'html', known);
    const koa = draft.claims.filter((c) => c.technology === 'koa').map((c) => c.quote);
    expect(koa).toEqual(expect.arrayContaining(['Middleware stack', 'Community packages']));
    expect(koa).not.toContain('Middleware stack Community packages');
    for (const claim of draft.claims) expect(draft.source.body).toContain(claim.quote);
  });
});
