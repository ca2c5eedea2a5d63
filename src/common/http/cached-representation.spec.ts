import { ifNoneMatchHits } from './cached-representation.js';

describe('ifNoneMatchHits (weak comparison, RFC 9110)', () => {
  const etag = '"abc"';
  it.each([
    ['"abc"', true],
    ['W/"abc"', true],
    ['"x", W/"abc"', true],
    ['*', true],
    ['"abd"', false],
    ['W/"abd"', false],
    ['', false],
    [undefined, false],
  ])('If-None-Match %p -> %p', (header, expected) => {
    expect(ifNoneMatchHits(header, etag)).toBe(expected);
  });
  it('matches a weak ETag against a strong tag', () => {
    expect(ifNoneMatchHits('"abc"', 'W/"abc"')).toBe(true);
  });
});
