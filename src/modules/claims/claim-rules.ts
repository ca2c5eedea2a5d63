import type { FieldError } from '../../common/errors/domain-error.js';
import type { ClaimInput } from './dto/claim.input.js';

/**
 * What each kind of claim must (and must not) carry. Returns the problems of one claim;
 * an empty list means the claim is well-formed.
 */
export function checkClaimShape(claim: ClaimInput, field: string): FieldError[] {
  const errors: FieldError[] = [];
  const need = (present: unknown, name: string, why: string) => {
    if (present === undefined || present === null || present === '') errors.push({ field: `${field}.${name}`, message: `${name} is required ${why}` });
  };
  const forbid = (present: unknown, name: string, why: string) => {
    if (present !== undefined && present !== null) errors.push({ field: `${field}.${name}`, message: `${name} is only allowed ${why}` });
  };

  if (claim.kind === 'verdict') {
    need(claim.outcome, 'outcome', 'on a verdict');
    need(claim.criterion, 'criterion', 'on a verdict');
    if (claim.outcome === 'win') need(claim.winner, 'winner', 'on a verdict whose outcome is win');
    else forbid(claim.winner, 'winner', 'when the outcome is win');
  } else {
    forbid(claim.winner, 'winner', 'on a verdict');
    forbid(claim.outcome, 'outcome', 'on a verdict');
  }

  if (claim.kind === 'rating') {
    need(claim.rating, 'rating', 'on a rating');
    need(claim.score, 'score', 'on a rating');
    need(claim.criterion, 'criterion', 'on a rating');
    need(claim.technology, 'technology', 'on a rating');
    if (claim.rating && !claim.quote.includes(claim.rating)) {
      errors.push({ field: `${field}.rating`, message: `rating '${claim.rating}' does not appear in the quote` });
    }
  } else {
    forbid(claim.rating, 'rating', 'on a rating');
    forbid(claim.score, 'score', 'on a rating');
  }

  if (claim.kind === 'faq') {
    need(claim.question, 'question', 'on a FAQ');
    need(claim.answer, 'answer', 'on a FAQ');
  } else {
    forbid(claim.question, 'question', 'on a FAQ');
    forbid(claim.answer, 'answer', 'on a FAQ');
  }

  if (claim.kind === 'use_case' || claim.kind === 'scenario') {
    need(claim.useCase, 'useCase', `on a ${claim.kind.replace('_', ' ')}`);
    need(claim.technology, 'technology', `on a ${claim.kind.replace('_', ' ')}`);
  }
  return errors;
}
