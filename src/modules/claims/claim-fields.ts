import type { ClaimModel } from './models/claim.model.js';

/** A field of the claim model: what a reader of claims can ask for (GraphQL selects them). */
export type ClaimField = keyof ClaimModel;

/** Every field of ClaimModel (a Record, so a field added to the model and missing here does not compile). */
const CLAIM_FIELDS: Record<ClaimField, true> = {
  id: true, kind: true, statement: true, quote: true, quoteStart: true, quoteEnd: true, rating: true, score: true, outcome: true,
  question: true, answer: true, qualifiers: true, source: true, criterion: true, useCase: true, technology: true, winner: true,
  related: true, snippet: true,
};

const CLAIM_FIELD_LIST = Object.keys(CLAIM_FIELDS) as ClaimField[];

/** Every field: what REST pages, exports and other services read. */
export const ALL_CLAIM_FIELDS: ReadonlySet<ClaimField> = new Set(CLAIM_FIELD_LIST);

/**
 * The claim fields among `names` (a GraphQL selection, which may also hold `__typename`), `id`
 * always (keys and cursors); every field when the selection is unknown (null).
 */
export function claimFieldsOf(names: ReadonlySet<string> | null): ReadonlySet<ClaimField> {
  if (!names) return ALL_CLAIM_FIELDS;
  return new Set<ClaimField>(['id', ...CLAIM_FIELD_LIST.filter((field) => names.has(field))]);
}
