import { gradeOf, isAvailabilityMark, valueWords } from './rating-scale.js';

describe('rating scale: a cell grade on the shared 0..1 scale', () => {
  it.each([
    ['Excellent — non-blocking event loop', 'Excellent', 0.9],
    ['Good — async with asyncio', 'Good', 0.75],
    ['Poor — event loop blocking', 'Poor', 0.2],
    ['Better — but still GIL-limited', 'Better', 0.6],
    ['Limited — Python wrappers for some libs', 'Limited', 0.3],
    ['Unmatched — PyTorch, scikit-learn, LangChain', 'Unmatched', 1],
    ['Mature — Express, Fastify', 'Mature', 0.8],
    ['Native — same language', 'Native', 1],
    ['No — language boundary', 'No', 0.1],
    ['Largest in the world', 'Largest in the world', 1],
    ['Large — pip/PyPI', 'Large', 0.8],
    ['TypeScript — excellent', 'excellent', 0.9],
    ['Very Fast (Non-blocking asynchronous I/O)', 'Very Fast', 0.9],
    ['Moderate', 'Moderate', 0.5],
    ['Slower', 'Slower', 0.3],
    ['Beginner Friendly', 'Beginner Friendly', 0.9],
    ['★★★★★', '★★★★★', 1],
    ['★★☆☆☆', '★★☆☆☆', 0.4],
    ['4/5', '4/5', 0.8],
    ['7 out of 10', '7 out of 10', 0.7],
    ['✅', '✅', 0.9],
    ['❌', '❌', 0.1],
  ])('%s -> %s (%d)', (cell, rating, score) => {
    expect(gradeOf(cell)).toEqual({ rating, score });
  });

  it.each([['Event-driven, single-threaded event loop'], ['npm (over 1.5 million web libraries)'], ['JavaScript-based'], ['Python'], ['Multi-threading & AsyncIO'], ['']])(
    'a descriptive cell has no grade: %s',
    (cell) => {
      expect(gradeOf(cell)).toBeNull();
    },
  );

  it.each([
    ['Supported', 'Supported', 0.9],
    ['Not supported (planned)', 'Not supported', 0.1],
    ['Built-in', 'Built-in', 0.9],
  ])('a feature matrix word for Yes or No: %s -> %s (%d)', (cell, rating, score) => {
    expect(gradeOf(cell)).toEqual({ rating, score });
  });

  it.each([['No results published yet'], ['Yes we can'], ['Supported platforms vary']])('"Yes" and "No" grade only standing alone: %s', (cell) => {
    expect(gradeOf(cell)).toBeNull();
  });

  it.each([
    ['Yes', true],
    ['No — needs a plugin', true],
    ['❌', true],
    ['Partial', true],
    ['Supported', true],
    ['Not supported — use a plugin', true],
    ['Built-in', true],
    ['Native replication API', true],
    ['Excellent', false],
    ['4/5', false],
    ['Slow', false],
  ])('a mark of availability, not of quality: %s -> %s', (cell, mark) => {
    expect(isAvailabilityMark(gradeOf(cell)!)).toBe(mark);
  });
});

describe('the value words of a table cell', () => {
  it.each([
    ['At-Most-Twice (the default mode)', 'At-Most-Twice'],
    ['12 hours — renewable', '12 hours'],
    ['2 MB.', '2 MB'],
    ['Sockets; pipes on one host', 'Sockets'],
    ['(counted per namespace)', 'counted per namespace'],
    ['Plain TCP', 'Plain TCP'],
    ['Config.MaxSize', 'Config.MaxSize'],
  ])('%s -> %s', (cell, words) => {
    expect(valueWords(cell)).toBe(words);
    expect(cell).toContain(words);
  });

  it('cuts a long value at a word, within 200 characters', () => {
    const cell = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const words = valueWords(cell);
    expect(words.length).toBeLessThanOrEqual(200);
    expect(cell.startsWith(words)).toBe(true);
    expect(cell[words.length]).toBe(' ');
  });
});
