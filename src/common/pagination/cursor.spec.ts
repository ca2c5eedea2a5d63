import { ErrorCode } from '../errors/domain-error.js';
import { decodeCursor, encodeCursor } from './cursor.js';

describe('keyset cursor', () => {
  it('round-trips an id', () => {
    expect(decodeCursor(encodeCursor(4242))).toBe(4242);
  });

  it.each(['', 'not a cursor', Buffer.from('c:-1').toString('base64url'), Buffer.from('c:99999999999').toString('base64url'), 'x'.repeat(100)])(
    'rejects %p with INVALID_CURSOR',
    (cursor) => {
      expect(() => decodeCursor(cursor)).toThrow(expect.objectContaining({ code: ErrorCode.INVALID_CURSOR }));
    },
  );
});
