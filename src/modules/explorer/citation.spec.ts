import { quoteInParagraph } from './citation.js';

describe('quoteInParagraph', () => {
  it.each([
    ['One.\n\nNode is fast. Really.\n\nThree.', 'Node is fast', { before: '', quote: 'Node is fast', after: '. Really.' }],
    ['Intro line\nNode is fast here.', 'fast', { before: 'Intro line\nNode is ', quote: 'fast', after: ' here.' }],
    ['A 🚀 rocket.\n\nPython 🐍 wins.', 'wins', { before: 'Python 🐍 ', quote: 'wins', after: '.' }],
    ['Only the quote', 'Only the quote', { before: '', quote: 'Only the quote', after: '' }],
  ])('finds the paragraph in %j', (body, quote, expected) => {
    const chars = [...body];
    const start = [...body.slice(0, body.indexOf(quote))].length;
    const end = start + [...quote].length;
    expect(chars.slice(start, end).join('')).toBe(quote);
    expect(quoteInParagraph(body, start, end)).toEqual(expected);
  });
});
