import { DomainError, ErrorCode } from '../errors/domain-error.js';
import { MAX_ID } from '../http/record-id.pipe.js';

/**
 * Opaque cursors: base64url of `<tag>:<payload>`. The tag says which kind of list issued the
 * cursor (`c` claims by id, `r` relevance offsets, `s` the source list), so one is never taken for
 * another.
 */
export function encodeTaggedCursor(tag: string, payload: string): string {
  return Buffer.from(`${tag}:${payload}`, 'utf8').toString('base64url');
}

/** The payload of a cursor of kind `tag`, or null when the text is not such a cursor. */
export function taggedCursorPayload(tag: string, cursor: string): string | null {
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(cursor)) return null;
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  return decoded.startsWith(`${tag}:`) ? decoded.slice(tag.length + 1) : null;
}

/**
 * Keyset cursors of claims: the last row's id. Claims are ordered by id, which is unique and
 * never reused, so a page never repeats or skips a row while others are added.
 */
export function encodeCursor(id: number): string {
  return encodeTaggedCursor('c', String(id));
}

export function decodeCursor(cursor: string): number {
  const payload = taggedCursorPayload('c', cursor);
  const id = payload !== null && /^\d{1,10}$/.test(payload) ? Number(payload) : NaN;
  if (!Number.isSafeInteger(id) || id > MAX_ID) {
    throw new DomainError(ErrorCode.INVALID_CURSOR, 'The cursor is not one this API issued; start again without it');
  }
  return id;
}

/**
 * Offset cursors (tag `o`), for lists ordered by a computed value with no keyset (the compared
 * pairs, most-covered first): a page may repeat or skip an item when the data changes between pages.
 */
export function encodeOffsetCursor(offset: number): string {
  return encodeTaggedCursor('o', String(offset));
}

export function decodeOffsetCursor(cursor: string): number {
  const payload = taggedCursorPayload('o', cursor);
  const offset = payload !== null && /^\d{1,9}$/.test(payload) ? Number(payload) : NaN;
  if (!Number.isSafeInteger(offset)) throw new DomainError(ErrorCode.INVALID_CURSOR, 'The cursor is not one this API issued for this list; start again without it');
  return offset;
}
