import type { ReaderBlock } from './reader-document.js';
import { outsideArticle } from './readability-content.js';

const blocks = (...specs: [ReaderBlock['type'], string, number?][]): ReaderBlock[] => specs.map(([type, text, group], i) => ({ type, text, start: i * 100, ...(group !== undefined ? { group } : {}) }));
const squeezed = (...texts: string[]) => texts.join('').replace(/\s+/g, '');

describe('blocks outside the article Readability finds', () => {
  const page = blocks(
    ['heading', 'Alpha vs Beta'],
    ['paragraph', 'Ann Lee, 3 min read'],
    ['paragraph', 'Alpha writes every change to a log before it answers the client.'],
    ['item', 'Fast', 1],
    ['item', 'Small', 1],
    ['row', 'Speed | Fast | Slow'],
    ['paragraph', 'Beta batches writes and answers at once, trading safety for speed.'],
    ['item', 'Older post', 2],
    ['item', 'Newer post', 2],
  );

  it('are its paragraphs and the lists none of whose items Readability keeps; headings, rows and kept lists stay', () => {
    const article = squeezed('Alpha writes every change to a log before it answers the client.', 'Fast', 'Beta batches writes and answers at once, trading safety for speed.');
    expect([...outsideArticle(page, article)].sort()).toEqual([1, 7, 8]);
  });

  it('are none when Readability chose other text than the reader did', () => {
    expect(outsideArticle(page, squeezed('Alpha writes every change to a log before it answers the client.')).size).toBe(0);
  });
});
