import { DomainError, ErrorCode } from '../../common/errors/domain-error.js';

/**
 * Cursors of relevance-ranked pages: the offset into the ranking. A rank is a float that is
 * recomputed per query, so a keyset over it is not exact; an offset is, for unchanged data.
 * Distinct from id cursors (`c:`), so one is never taken for the other.
 */
export function encodeRankCursor(offset: number): string {
  return Buffer.from(`r:${offset}`, 'utf8').toString('base64url');
}

export function decodeRankCursor(cursor: string): number {
  const decoded = /^[A-Za-z0-9_-]{1,40}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const match = /^r:(\d{1,7})$/.exec(decoded);
  if (!match) throw new DomainError(ErrorCode.INVALID_CURSOR, 'The cursor is not one this API issued for sort=relevance; start again without it');
  return Number(match[1]);
}
