import { preferredMediaType } from './media-type.js';

const SERVED = ['application/json', 'text/markdown', 'text/csv', 'text/html'] as const;

describe('preferredMediaType', () => {
  it.each([
    [undefined, 'application/json'],
    ['', 'application/json'],
    ['*/*', 'application/json'],
    ['text/csv', 'text/csv'],
    ['TEXT/CSV', 'text/csv'],
    ['text/*', 'text/markdown'],
    ['application/*', 'application/json'],
    ['text/html, application/json;q=0.5', 'text/html'],
    ['text/html;q=0.2, text/csv;q=0.9', 'text/csv'],
    // a specific range beats a wildcard of the same quality, wherever it stands
    ['*/*, text/csv', 'text/csv'],
    ['text/csv;q=0, */*', 'application/json'],
    ['application/pdf', null],
    ['text/csv;q=0', null],
    ['text/csv;q=abc', null],
  ])('Accept %j prefers %j', (accept, expected) => {
    expect(preferredMediaType(accept, SERVED)).toBe(expected);
  });
});
