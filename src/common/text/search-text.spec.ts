import { searchText } from './search-text.js';

describe('search text', () => {
  it('reads NUL as a space and keeps everything else', () => {
    expect(searchText('\u000b\u0000\u0004\u0012')).toBe('\u000b \u0004\u0012');
    expect(searchText('event\u0000loop')).toBe('event loop');
    expect(searchText('Chrome’s V8 — ok')).toBe('Chrome’s V8 — ok');
  });
});
