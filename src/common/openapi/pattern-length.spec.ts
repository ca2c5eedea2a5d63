import { patternMaxLength } from './pattern-length.js';

describe('patternMaxLength', () => {
  it.each([
    ['^abc$', 3],
    ['^[a-z]{1,120}$', 120],
    ['^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$', 128],
    ['^[^,]{1,120}(,[^,]{1,120}){0,19}$', 2419],
    ['^\\d{4}(-\\d{2}(-\\d{2})?)?$', 10],
    ['^(a|bcd)$', 3],
    ['^(?:x|yy){2}$', 4],
    ['^a?b$', 2],
    ['^a+$', Infinity],
    ['^.*$', Infinity],
    ['^a{2,}$', Infinity],
    ['^(a)\\1$', Infinity],
    ['^[\\]x]{3}$', 3],
  ])('%s -> %p', (source, expected) => {
    expect(patternMaxLength(source)).toBe(expected);
  });
});
