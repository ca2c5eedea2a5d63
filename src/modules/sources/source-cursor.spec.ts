import { encodeCursor } from '../../common/pagination/cursor.js';
import { decodeSourceCursor, encodeSourceCursor } from './source-cursor.js';

describe('source list cursors', () => {
  it.each([
    { publishedOn: new Date('2026-05-14T00:00:00Z'), id: 7 },
    { publishedOn: null, id: 123456 },
  ])('round-trips %j', (position) => {
    expect(decodeSourceCursor(encodeSourceCursor(position))).toEqual(position);
  });

  it.each([encodeCursor(5), 'garbage!', '', Buffer.from('s:2026-13-45:1').toString('base64url'), Buffer.from('s::99999999999').toString('base64url')])('refuses %j', (cursor) => {
    expect(() => decodeSourceCursor(cursor)).toThrow(/source list/);
  });
});
