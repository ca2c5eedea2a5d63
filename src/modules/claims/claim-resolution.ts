import { ErrorCode, type FieldError } from '../../common/errors/domain-error.js';
import { lookupKey } from '../taxonomy/lookup-key.js';
import type { TaxonomyIndex, TaxonomyRef } from '../taxonomy/taxonomy.types.js';
import type { ClaimInput } from './dto/claim.input.js';
import type { ResolvedClaim } from './claims.types.js';

export type LocatedClaim = ClaimInput & { quoteStart: number; quoteEnd: number };
export type RejectionItem = { code: ErrorCode; error: FieldError };

/** A slug or alias to its id; a miss is recorded as an UNKNOWN_REFERENCE problem. */
export function resolveRef(map: Map<string, TaxonomyRef>, value: string | null | undefined, field: string, what: string, errors: RejectionItem[]): number | null {
  if (value === undefined || value === null) return null;
  const ref = map.get(lookupKey(value));
  if (!ref) errors.push({ code: ErrorCode.UNKNOWN_REFERENCE, error: { field, message: `unknown ${what} '${value}'` } });
  return ref?.id ?? null;
}

/** A located claim with its taxonomy references resolved to ids. */
export function resolveClaim(index: TaxonomyIndex, claim: LocatedClaim, field: string, errors: RejectionItem[]): ResolvedClaim {
  return {
    key: claim.key,
    kind: claim.kind,
    statement: claim.statement,
    quote: claim.quote,
    quoteStart: claim.quoteStart,
    quoteEnd: claim.quoteEnd,
    technologyId: resolveRef(index.technologies, claim.technology, `${field}.technology`, 'technology', errors),
    criterionId: resolveRef(index.criteria, claim.criterion, `${field}.criterion`, 'criterion', errors),
    useCaseId: resolveRef(index.useCases, claim.useCase, `${field}.useCase`, 'use case', errors),
    winnerId: resolveRef(index.technologies, claim.winner, `${field}.winner`, 'technology', errors),
    outcome: claim.outcome ?? null,
    rating: claim.rating ?? null,
    score: claim.score ?? null,
    question: claim.question ?? null,
    answer: claim.answer ?? null,
    qualifiers: claim.qualifiers ?? [],
    mentionIds: [
      ...new Set(
        (claim.related ?? []).map((t, j) => resolveRef(index.technologies, t, `${field}.related[${j}]`, 'technology', errors)).filter((id): id is number => id !== null),
      ),
    ],
  };
}
