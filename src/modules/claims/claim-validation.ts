import { DomainError, ErrorCode } from '../../common/errors/domain-error.js';
import type { ClaimInput } from './dto/claim.input.js';
import { checkClaimShape } from './claim-rules.js';
import type { LocatedClaim, RejectionItem } from './claim-resolution.js';
import { locateQuote } from './quote-locator.js';

/**
 * The one check of a claim against its source's text, for ingestion and PATCH alike: the kind's
 * shape rules, the question verbatim in the text, the quote located (verbatim, unambiguous).
 * Problems are appended to `errors`; the located claim is returned when its quote was found.
 * (Taxonomy references are resolved next, by resolveClaim, against the transaction's index.)
 */
export function validateClaim(claim: ClaimInput, body: string, field: string, errors: RejectionItem[]): LocatedClaim | undefined {
  for (const error of checkClaimShape(claim, field)) errors.push({ code: ErrorCode.INVALID_ANNOTATION, error });
  if (claim.question && !body.includes(claim.question)) {
    errors.push({ code: ErrorCode.QUOTE_NOT_FOUND, error: { field: `${field}.question`, message: 'question not found verbatim in the source text' } });
  }
  try {
    const span = locateQuote(body, claim.quote, claim.occurrence);
    return { ...claim, quoteStart: span.start, quoteEnd: span.end };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    errors.push({ code: error.code, error: { field: `${field}.quote`, message: error.message } });
    return undefined;
  }
}
