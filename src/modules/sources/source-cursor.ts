import { DomainError, ErrorCode } from '../../common/errors/domain-error.js';
import { MAX_ID } from '../../common/http/record-id.pipe.js';
import { encodeTaggedCursor, taggedCursorPayload } from '../../common/pagination/cursor.js';

/** Where a page of the source list ends: the last source's publication date (null: undated) and id. */
export interface SourceListPosition {
  publishedOn: Date | null;
  id: number;
}

/**
 * Keyset cursors of the source list (tag `s`), ordered newest first (undated last), then by id:
 * the date and id of the last source of the page, so no page repeats or skips a source while
 * others are added.
 */
export function encodeSourceCursor({ publishedOn, id }: SourceListPosition): string {
  return encodeTaggedCursor('s', `${publishedOn ? publishedOn.toISOString().slice(0, 10) : ''}:${id}`);
}

export function decodeSourceCursor(cursor: string): SourceListPosition {
  const match = /^(\d{4}-\d{2}-\d{2})?:(\d{1,10})$/.exec(taggedCursorPayload('s', cursor) ?? '');
  const date = match?.[1] ? new Date(`${match[1]}T00:00:00Z`) : null;
  const id = match ? Number(match[2]) : NaN;
  const dateValid = !date || (!Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === match?.[1]);
  if (!match || !Number.isSafeInteger(id) || id > MAX_ID || !dateValid) {
    throw new DomainError(ErrorCode.INVALID_CURSOR, 'The cursor is not one this API issued for the source list; start again without it');
  }
  return { publishedOn: date, id };
}
