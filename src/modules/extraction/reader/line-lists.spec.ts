import { linesAsList } from './line-lists.js';
import { readArticle } from './reader-text.js';

describe('lines that form a list without bullets', () => {
  it.each<[string, string[], { leadIn: string | null; items: string[] } | null]>([
    ['short phrases, one per line', ['Quick startup', 'Small memory use', 'Typed configuration'], { leadIn: null, items: ['Quick startup', 'Small memory use', 'Typed configuration'] }],
    ['a lead-in ending with a colon, then phrases', ['What you get with Alpha:', 'Hot reload', '✅ Built-in metrics'], { leadIn: 'What you get with Alpha:', items: ['Hot reload', '✅ Built-in metrics'] }],
    ['prose wrapped mid-sentence', ['Alpha starts quickly and its memory use stays', 'low even under load, which makes it a good fit'], null],
    ['one sentence per line', ['Alpha starts quickly.', 'Beta needs a warm-up.'], null],
    ['a wrapped line ending on "and"', ['Teams pick Alpha and', 'Beta for different jobs'], null],
    ['a single line', ['Only one line'], null],
  ])('%s', (_, lines, expected) => {
    expect(linesAsList(lines)).toEqual(expected);
  });

  it('reads Markdown lines without bullets as items, and wrapped prose as one paragraph', () => {
    const doc = readArticle('Why teams pick Alpha:\nQuick startup\nSmall memory use\n\nAlpha keeps its memory use low\nbecause it never copies a request.\n', 'markdown');
    expect(doc.blocks.map((b) => [b.type, b.text])).toEqual([
      ['paragraph', 'Why teams pick Alpha:'],
      ['item', 'Quick startup'],
      ['item', 'Small memory use'],
      ['paragraph', 'Alpha keeps its memory use low because it never copies a request.'],
    ]);
    for (const block of doc.blocks) expect(doc.body.slice(block.start, block.start + block.text.length)).toBe(block.text);
  });

  it('reads HTML lines split by <br> as items when they form a list', () => {
    const doc = readArticle('<article><p>Downsides:<br>Slow cold starts<br><b>Large</b> images</p></article>', 'html');
    expect(doc.blocks.filter((b) => b.type === 'item').map((b) => b.text)).toEqual(['Slow cold starts', 'Large images']);
  });
});
