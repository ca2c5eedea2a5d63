import type { FieldError } from '../../common/errors/domain-error.js';
import type { ClaimInput } from './dto/claim.input.js';

/** The fields the shape rules read: a claim as POST /api/sources takes it or as an annotation file holds it. */
export type ClaimShape = Pick<ClaimInput, 'kind' | 'quote'> &
  Partial<Pick<ClaimInput, 'technology' | 'criterion' | 'useCase' | 'winner' | 'outcome' | 'rating' | 'score' | 'question' | 'answer'>>;

/** One broken shape rule: which rule, on which field, in words. */
export interface ClaimShapeProblem {
  rule: 'required' | 'forbidden' | 'rating-in-quote';
  name: keyof ClaimShape;
  message: string;
}

/**
 * What each kind of claim must (and must not) carry: the one set of shape rules that ingestion,
 * PATCH, drafts and the annotation checker apply. An empty list means the claim is well-formed.
 */
export function claimShapeProblems(claim: ClaimShape): ClaimShapeProblem[] {
  const problems: ClaimShapeProblem[] = [];
  const need = (name: keyof ClaimShape, why: string) => {
    const present = claim[name];
    if (present === undefined || present === null || present === '') problems.push({ rule: 'required', name, message: `${name} is required ${why}` });
  };
  const forbid = (name: keyof ClaimShape, why: string) => {
    const present = claim[name];
    if (present !== undefined && present !== null) problems.push({ rule: 'forbidden', name, message: `${name} is only allowed ${why}` });
  };

  if (claim.kind === 'verdict') {
    need('outcome', 'on a verdict');
    need('criterion', 'on a verdict');
    if (claim.outcome === 'win') need('winner', 'on a verdict whose outcome is win');
    else forbid('winner', 'when the outcome is win');
  } else {
    forbid('winner', 'on a verdict');
    forbid('outcome', 'on a verdict');
  }

  if (claim.kind === 'rating') {
    // The source's words are the rating; a score only when they sit on the shared scale ("Excellent",
    // "4/5", "Yes"). A value cell ("JSON documents", "5 GB") rates in its own words and has none:
    // inventing one would let a consensus read a winner the source does not state.
    need('rating', 'on a rating');
    need('criterion', 'on a rating');
    need('technology', 'on a rating');
    if (claim.rating && !claim.quote.includes(claim.rating)) {
      problems.push({ rule: 'rating-in-quote', name: 'rating', message: `rating '${claim.rating}' does not appear in the quote` });
    }
  } else {
    forbid('rating', 'on a rating');
    forbid('score', 'on a rating');
  }

  if (claim.kind === 'faq') {
    need('question', 'on a FAQ');
    need('answer', 'on a FAQ');
  } else {
    forbid('question', 'on a FAQ');
    forbid('answer', 'on a FAQ');
  }

  if (claim.kind === 'use_case' || claim.kind === 'scenario') {
    need('useCase', `on a ${claim.kind.replace('_', ' ')}`);
    need('technology', `on a ${claim.kind.replace('_', ' ')}`);
  }
  return problems;
}

/** The shape problems of one claim as field errors under `field` (a request's path to the claim). */
export function checkClaimShape(claim: ClaimShape, field: string): FieldError[] {
  return claimShapeProblems(claim).map((p) => ({ field: `${field}.${p.name}`, message: p.message }));
}
