import { encodeCursor } from '../../common/pagination/cursor.js';
import { decodeRankCursor, encodeRankCursor } from './relevance-cursor.js';

describe('relevance cursors', () => {
  it.each([0, 50, 9_999_999])('round-trips offset %d', (offset) => {
    expect(decodeRankCursor(encodeRankCursor(offset))).toBe(offset);
  });

  it.each([encodeCursor(5), 'garbage!', '', Buffer.from('r:-1').toString('base64url'), Buffer.from('r:99999999').toString('base64url')])('refuses %j', (cursor) => {
    expect(() => decodeRankCursor(cursor)).toThrow(/sort=relevance/);
  });
});
