import { DomainError, ErrorCode } from '../errors/domain-error.js';

/** Claims per page when none is asked for: REST `limit`, GraphQL `first` (root and nested lists). */
export const DEFAULT_PAGE_SIZE = 50;
/** The largest page either transport serves. */
export const MAX_PAGE_SIZE = 200;
/** The policy as the document and the schema state it. */
export const PAGE_SIZE_POLICY = `Page size: absent or null means ${DEFAULT_PAGE_SIZE}; 1-${MAX_PAGE_SIZE}, anything else is refused (400 on REST, BAD_USER_INPUT on GraphQL), never clamped`;

/**
 * The one page-size policy of both transports: absent or null -> the default; an integer from 1
 * to MAX_PAGE_SIZE is served as asked; anything else is refused, never clamped, so a client
 * asking for 500 learns it gets 200 at most instead of silently missing rows.
 */
export function pageSize(requested: number | null | undefined, field = 'first'): number {
  if (requested === null || requested === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(requested) || requested < 1 || requested > MAX_PAGE_SIZE) {
    throw new DomainError(ErrorCode.VALIDATION_FAILED, `${field} must be an integer from 1 to ${MAX_PAGE_SIZE} (absent or null: ${DEFAULT_PAGE_SIZE})`, [{ field, message: `must be 1-${MAX_PAGE_SIZE}` }]);
  }
  return requested;
}
