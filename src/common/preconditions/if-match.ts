import { DomainError, ErrorCode } from '../errors/domain-error.js';

/** The longest If-Match accepted (documented in the OpenAPI header parameters). */
export const IF_MATCH_MAX_LENGTH = 1000;

/**
 * The strong ETag of one row version: the row's kind and id (a row deleted and created again
 * under the same slug is another resource version) and its version column, which every write
 * increments under the row's lock.
 */
export function rowEtag(kind: 'claim' | 'technology' | 'criterion' | 'useCase' | 'draft', id: number, version: number): string {
  return `"${kind}-${id}-v${version}"`;
}

/**
 * If-Match against the current ETag of the row a write is about to change (RFC 9110 §13.1.1,
 * strong comparison; `*` matches any stored row). Absent or empty: no precondition. The caller
 * reads `current` under the row's lock (SELECT … FOR UPDATE) in the write's own transaction, so
 * the check and the write are one atomic step: of two writers holding the same ETag one wins and
 * the other gets 412.
 */
export function assertIfMatch(current: string | null, ifMatch: string | undefined, what: string): void {
  if (ifMatch === undefined || ifMatch.trim() === '') return;
  if (ifMatch.length > IF_MATCH_MAX_LENGTH) {
    throw new DomainError(ErrorCode.VALIDATION_FAILED, `If-Match is longer than ${IF_MATCH_MAX_LENGTH} characters`, [{ field: 'If-Match', message: `at most ${IF_MATCH_MAX_LENGTH} characters` }]);
  }
  const tags = ifMatch.split(',').map((tag) => tag.trim());
  if (current !== null && tags.some((tag) => tag === '*' || tag === current)) return;
  throw new DomainError(
    ErrorCode.PRECONDITION_FAILED,
    current !== null ? `If-Match ${ifMatch} is not the current version of ${what} (it is ${current}); read it again and retry` : `If-Match ${ifMatch} was given but ${what} is not stored`,
  );
}
