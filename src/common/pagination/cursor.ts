import { DomainError, ErrorCode } from '../errors/domain-error.js';
import { MAX_ID } from '../http/record-id.pipe.js';

/**
 * Opaque keyset cursors: base64url of the last row's id. Claims are ordered by id, which is
 * unique and never reused, so a page never repeats or skips a row while others are added.
 */
export function encodeCursor(id: number): string {
  return Buffer.from(`c:${id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const decoded = /^[A-Za-z0-9_-]{1,40}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const match = /^c:(\d{1,10})$/.exec(decoded);
  const id = match ? Number(match[1]) : NaN;
  if (!Number.isSafeInteger(id) || id > MAX_ID) {
    throw new DomainError(ErrorCode.INVALID_CURSOR, 'The cursor is not one this API issued; start again without it');
  }
  return id;
}
