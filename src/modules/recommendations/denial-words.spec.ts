import { DENIAL, DENIAL_SQL_PATTERN } from './denial-words.js';

describe('denial words', () => {
  it.each([
    ['It does not scale past one node.', true],
    ["It doesn't ship a scheduler.", true],
    ['The engine lacks joins.', true],
    ['Runs without a server.', true],
    ['Notable for its speed.', false],
    ['Knows every cannoli recipe.', false],
  ])('%s -> %s', (sentence, denies) => {
    expect(DENIAL.test(sentence)).toBe(denies);
  });

  it('spells the same list for PostgreSQL with its word boundaries', () => {
    expect(DENIAL_SQL_PATTERN).toBe(String.raw`(\m(not|no|never|lacks?|without|cannot)\M|n't\M)`);
  });
});
