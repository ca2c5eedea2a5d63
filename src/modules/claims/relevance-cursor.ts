import { DomainError, ErrorCode } from '../../common/errors/domain-error.js';
import { encodeTaggedCursor, taggedCursorPayload } from '../../common/pagination/cursor.js';

/**
 * Cursors of relevance-ranked pages: the offset into the ranking. A rank is a float that is
 * recomputed per query, so a keyset over it is not exact; an offset is, for unchanged data.
 * Tagged `r`, distinct from id cursors (`c`), so one is never taken for the other.
 */
export function encodeRankCursor(offset: number): string {
  return encodeTaggedCursor('r', String(offset));
}

export function decodeRankCursor(cursor: string): number {
  const payload = taggedCursorPayload('r', cursor);
  if (payload === null || !/^\d{1,7}$/.test(payload)) throw new DomainError(ErrorCode.INVALID_CURSOR, 'The cursor is not one this API issued for sort=relevance; start again without it');
  return Number(payload);
}
