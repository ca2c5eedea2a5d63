import { DomainError } from '../errors/domain-error.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, pageSize } from './page-size.js';

describe('pageSize: one policy for REST limit and GraphQL first', () => {
  it.each([
    [undefined, DEFAULT_PAGE_SIZE],
    [null, DEFAULT_PAGE_SIZE],
    [1, 1],
    [MAX_PAGE_SIZE, MAX_PAGE_SIZE],
  ])('%p -> %p', (requested, size) => {
    expect(pageSize(requested)).toBe(size);
  });

  it.each([0, -1, MAX_PAGE_SIZE + 1, 1.5, Number.NaN])('%p is refused, not clamped', (requested) => {
    expect(() => pageSize(requested)).toThrow(DomainError);
  });
});
