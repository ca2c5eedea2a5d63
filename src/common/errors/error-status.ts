import { ErrorCode } from './domain-error.js';

/** HTTP status and GraphQL `extensions.code` for each domain error code: the one mapping. */
export const ERROR_TRANSPORT: Record<ErrorCode, { status: number; title: string; graphql: string }> = {
  [ErrorCode.VALIDATION_FAILED]: { status: 400, title: 'Invalid request', graphql: 'BAD_USER_INPUT' },
  [ErrorCode.INVALID_CURSOR]: { status: 400, title: 'Invalid cursor', graphql: 'BAD_USER_INPUT' },
  [ErrorCode.INVALID_ANNOTATION]: { status: 422, title: 'Invalid annotation', graphql: 'BAD_USER_INPUT' },
  [ErrorCode.QUOTE_NOT_FOUND]: { status: 422, title: 'Quote not found in source text', graphql: 'BAD_USER_INPUT' },
  [ErrorCode.QUOTE_AMBIGUOUS]: { status: 422, title: 'Quote is ambiguous', graphql: 'BAD_USER_INPUT' },
  [ErrorCode.QUOTE_MISMATCH]: { status: 422, title: 'Quote does not match its offsets', graphql: 'BAD_USER_INPUT' },
  [ErrorCode.PENDING_CLAIMS]: { status: 422, title: 'Claims still pending', graphql: 'PENDING_CLAIMS' },
  [ErrorCode.UNKNOWN_REFERENCE]: { status: 422, title: 'Unknown taxonomy reference', graphql: 'BAD_USER_INPUT' },
  [ErrorCode.SAME_TECHNOLOGY]: { status: 422, title: 'A technology compared with itself', graphql: 'BAD_USER_INPUT' },
  [ErrorCode.NOT_FOUND]: { status: 404, title: 'Not found', graphql: 'NOT_FOUND' },
  [ErrorCode.CONFLICT]: { status: 409, title: 'Conflict', graphql: 'CONFLICT' },
  [ErrorCode.SOURCE_CONFLICT]: { status: 409, title: 'Conflicts with another source', graphql: 'CONFLICT' },
  [ErrorCode.TAXONOMY_CONFLICT]: { status: 409, title: 'Conflicts with the taxonomy', graphql: 'CONFLICT' },
  [ErrorCode.EDITED_CONFLICT]: { status: 409, title: 'Edited since it was seeded', graphql: 'CONFLICT' },
  [ErrorCode.DRAFT_CLOSED]: { status: 409, title: 'Draft already published or discarded', graphql: 'CONFLICT' },
  [ErrorCode.CONFUSABLE_NAME]: { status: 409, title: 'Looks like another entry', graphql: 'CONFLICT' },
  [ErrorCode.PRECONDITION_REQUIRED]: { status: 428, title: 'Precondition required', graphql: 'PRECONDITION_REQUIRED' },
  [ErrorCode.PRECONDITION_FAILED]: { status: 412, title: 'Precondition failed', graphql: 'PRECONDITION_FAILED' },
  [ErrorCode.UNAUTHENTICATED]: { status: 401, title: 'Authentication required', graphql: 'UNAUTHENTICATED' },
  [ErrorCode.FORBIDDEN]: { status: 403, title: 'Forbidden', graphql: 'FORBIDDEN' },
  [ErrorCode.PAYLOAD_TOO_LARGE]: { status: 413, title: 'Payload too large', graphql: 'PAYLOAD_TOO_LARGE' },
  [ErrorCode.RATE_LIMITED]: { status: 429, title: 'Too many requests', graphql: 'RATE_LIMITED' },
  [ErrorCode.NOT_ACCEPTABLE]: { status: 406, title: 'Not acceptable', graphql: 'NOT_ACCEPTABLE' },
  [ErrorCode.UNSUPPORTED_MEDIA_TYPE]: { status: 415, title: 'Unsupported media type', graphql: 'UNSUPPORTED_MEDIA_TYPE' },
  [ErrorCode.METHOD_NOT_ALLOWED]: { status: 405, title: 'Method not allowed', graphql: 'METHOD_NOT_ALLOWED' },
  [ErrorCode.SERVICE_UNAVAILABLE]: { status: 503, title: 'Service unavailable', graphql: 'SERVICE_UNAVAILABLE' },
  [ErrorCode.INTERNAL]: { status: 500, title: 'Internal error', graphql: 'INTERNAL_SERVER_ERROR' },
};

const STATUS_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.VALIDATION_FAILED,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  406: ErrorCode.NOT_ACCEPTABLE,
  409: ErrorCode.CONFLICT,
  412: ErrorCode.PRECONDITION_FAILED,
  413: ErrorCode.PAYLOAD_TOO_LARGE,
  405: ErrorCode.METHOD_NOT_ALLOWED,
  415: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
  428: ErrorCode.PRECONDITION_REQUIRED,
  422: ErrorCode.INVALID_ANNOTATION,
  429: ErrorCode.RATE_LIMITED,
  503: ErrorCode.SERVICE_UNAVAILABLE,
};

export function codeForStatus(status: number): ErrorCode {
  return STATUS_CODES[status] ?? (status >= 500 ? ErrorCode.INTERNAL : ErrorCode.VALIDATION_FAILED);
}
