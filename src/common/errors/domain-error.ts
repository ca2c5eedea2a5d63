/**
 * Every failure a client can cause or see, by code. Services throw DomainError; each transport
 * maps the code once (REST: problem-details.filter.ts, GraphQL: graphql-error-formatter.ts).
 */
export enum ErrorCode {
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  /** A write would change a source the request does not name (same text, slug or externalId as another). */
  SOURCE_CONFLICT = 'SOURCE_CONFLICT',
  /** A taxonomy write collides with another entry (slug, name or alias) or removes one still referenced. */
  TAXONOMY_CONFLICT = 'TAXONOMY_CONFLICT',
  /** Seed files would overwrite what an editor changed: the seed loader leaves it and reports it. */
  EDITED_CONFLICT = 'EDITED_CONFLICT',
  /** A taxonomy name or alias looks like another entry's (Unicode confusables: `Nоde.js` with a Cyrillic о). */
  CONFUSABLE_NAME = 'CONFUSABLE_NAME',
  /** Changing a source's text needs If-Match with its current ETag. */
  PRECONDITION_REQUIRED = 'PRECONDITION_REQUIRED',
  /** If-Match named a version that is no longer current. */
  PRECONDITION_FAILED = 'PRECONDITION_FAILED',
  QUOTE_NOT_FOUND = 'QUOTE_NOT_FOUND',
  QUOTE_AMBIGUOUS = 'QUOTE_AMBIGUOUS',
  UNKNOWN_REFERENCE = 'UNKNOWN_REFERENCE',
  /** A comparison names one technology twice (the same slug, or a slug and its alias). */
  SAME_TECHNOLOGY = 'SAME_TECHNOLOGY',
  INVALID_ANNOTATION = 'INVALID_ANNOTATION',
  /** A claim's quote is not the source text between its offsets (a stored draft's claims carry offsets). */
  QUOTE_MISMATCH = 'QUOTE_MISMATCH',
  /** Publishing a draft whose claims are not all accepted or rejected, without saying what to do with the rest. */
  PENDING_CLAIMS = 'PENDING_CLAIMS',
  /** A change to a draft that was already published or discarded. */
  DRAFT_CLOSED = 'DRAFT_CLOSED',
  INVALID_CURSOR = 'INVALID_CURSOR',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  RATE_LIMITED = 'RATE_LIMITED',
  NOT_ACCEPTABLE = 'NOT_ACCEPTABLE',
  UNSUPPORTED_MEDIA_TYPE = 'UNSUPPORTED_MEDIA_TYPE',
  METHOD_NOT_ALLOWED = 'METHOD_NOT_ALLOWED',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL = 'INTERNAL',
}

/** One problem with one field or item of the input (RFC 9457 extension member `errors`). */
export interface FieldError {
  /** JSON-pointer-like path of the offending value, e.g. `claims[3].quote`. */
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors: FieldError[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string, key: string) => new DomainError(ErrorCode.NOT_FOUND, `${what} '${key}' was not found`);
