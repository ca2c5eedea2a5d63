import { offsetsOf, segments } from '../../public/desk-offsets.js';

/** The desk's pure offset logic (public/desk-offsets.js), as the review page uses it. */
describe('offsetsOf: the API counts code points, the page UTF-16 units', () => {
  it.each([
    ['plain text: the same numbers', 'Zig is fast', [0, 4, 11], [0, 4, 11]],
    ['past an emoji: one code point, two units', 'a😀b c', [0, 1, 2, 3, 5], [0, 1, 3, 4, 6]],
    ['two astral characters', '𝒳𝒴z', [0, 1, 2, 3], [0, 2, 4, 5]],
  ])('%s', (_name, text, codePoints, units) => {
    const o = offsetsOf(text as string);
    expect((codePoints as number[]).map(o.toUnit)).toEqual(units);
    expect((units as number[]).map(o.toPoint)).toEqual(codePoints);
  });

  it('gives back the quote the API names by code points', () => {
    const text = 'Intro 😀. Zig is faster than Odin.';
    const quote = 'Zig is faster than Odin.';
    const start = [...text].indexOf('Z');
    const o = offsetsOf(text);
    expect(text.slice(o.toUnit(start), o.toUnit(start + [...quote].length))).toBe(quote);
  });
});

describe('segments: the article cut at every quote end', () => {
  it.each([
    ['no claims: one plain piece', 10, [], [{ from: 0, to: 10, keys: [] }]],
    [
      'one quote inside',
      10,
      [{ key: 'a', at: [2, 5] }],
      [
        { from: 0, to: 2, keys: [] },
        { from: 2, to: 5, keys: ['a'] },
        { from: 5, to: 10, keys: [] },
      ],
    ],
    [
      'overlapping quotes share their common piece',
      10,
      [
        { key: 'a', at: [0, 6] },
        { key: 'b', at: [4, 10] },
      ],
      [
        { from: 0, to: 4, keys: ['a'] },
        { from: 4, to: 6, keys: ['a', 'b'] },
        { from: 6, to: 10, keys: ['b'] },
      ],
    ],
    ['the same quote twice (a verdict and a pro)', 4, [{ key: 'a', at: [0, 4] }, { key: 'b', at: [0, 4] }], [{ from: 0, to: 4, keys: ['a', 'b'] }]],
    ['an empty quote covers nothing', 4, [{ key: 'a', at: [2, 2] }], [{ from: 0, to: 2, keys: [] }, { from: 2, to: 4, keys: [] }]],
  ])('%s', (_name, length, spans, expected) => {
    expect(segments(length as number, spans as { key: string; at: [number, number] }[])).toEqual(expected);
  });
});
