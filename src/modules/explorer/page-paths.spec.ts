import { rewritePageUrl } from './page-paths.js';

describe('rewritePageUrl', () => {
  it.each([
    ['/claims/12', '/citations/12'],
    ['/claims/12?utm_source=x', '/citations/12?utm_source=x'],
    ['/api/claims/12', '/api/claims/12'],
    ['/claims', '/claims'],
    ['/claims/12/more', '/claims/12/more'],
    ['/compare/nodejs/python', '/compare/nodejs/python'],
  ])('%s -> %s', (url, expected) => {
    expect(rewritePageUrl(url)).toBe(expected);
  });
});
