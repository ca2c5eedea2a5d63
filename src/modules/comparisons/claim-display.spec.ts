import { outcomeLabel, quoteForDisplay } from './claim-display.js';

describe('outcomeLabel', () => {
  it.each([
    [{ name: 'Node.js' }, 'win', 'Node.js'],
    [null, 'tie', 'Tie'],
    [null, 'split', 'Split'],
    [null, 'neither', 'Neither'],
    [null, 'contested', 'Contested'],
    [null, 'undecided', 'Undecided'],
  ])('%j %s reads %s', (winner, outcome, expected) => {
    expect(outcomeLabel(winner, outcome)).toBe(expected);
  });
});

describe('quoteForDisplay', () => {
  it.each([
    ['a plain quote', 'Node is fast', 'anything', 'Node is fast'],
    ['a pipe inside prose', 'use a | b pipes', 'x', 'use a | b pipes'],
    ['the rating cell', '| Performance | Moderate | Very Fast |', 'Very Fast', 'Very Fast'],
    ['equal cells', '| Scalability | Excellent | Excellent |', 'Excellent', 'Excellent'],
    ['the cell a statement names', '| Type | Programming Language | JavaScript Runtime |', "The table lists Node.js's type as a JavaScript runtime.", 'JavaScript Runtime'],
    ['the cell sharing most words', '| Concurrency | Multi-threading & AsyncIO | Event Loop & Non-blocking I/O |', 'Node.js uses the event loop and non-blocking I/O.', 'Event Loop & Non-blocking I/O'],
    ['no cell to prefer', '| Scalability | Excellent | Good |', 'Scales well', 'Excellent · Good'],
    ['no hint', '| Scalability | Excellent | Good |', null, 'Excellent · Good'],
    ['a one-cell row', '| Excellent |', 'x', 'Excellent'],
  ])('%s', (_name, quote, about, expected) => {
    expect(quoteForDisplay(quote, about)).toBe(expected);
  });
});
