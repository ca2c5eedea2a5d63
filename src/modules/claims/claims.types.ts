import type { ClaimKindName, OutcomeName } from './dto/claim.input.js';

/** Resolved claim filters: ids, not slugs (the service resolves aliases). */
export interface ClaimCriteria {
  ids?: number[];
  criterionIds?: number[];
  technologyIds?: number[];
  kinds?: string[];
  sourceKeys?: string[];
  winnerIds?: number[];
  useCaseIds?: number[];
  /** ISO dates (YYYY-MM-DD), inclusive. */
  publishedFrom?: string;
  publishedUntil?: string;
  /** With a date filter: also the claims of sources that state no date. */
  includeUndated?: boolean;
  text?: string;
  /** Only claims of sources that compare every one of these technologies. */
  comparingIds?: number[];
}

/**
 * A claim as the page statement reads it. Read for fewer fields than all (a GraphQL selection,
 * ClaimsRepository's FIELD_COLUMNS), the columns of the other fields are NULL (mentionIds empty).
 */
export interface ClaimRow {
  id: number;
  /** Row version (the claim's ETag is derived from it). */
  version: number;
  kind: string;
  statement: string;
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  rating: string | null;
  score: number | null;
  outcome: string | null;
  question: string | null;
  answer: string | null;
  qualifiers: string[];
  sourceSlug: string;
  sourceTitle: string;
  /** The source's date as precisely as it was stated (2026, 2026-05 or 2026-05-14), or null. */
  publishedAt: string | null;
  criterionId: number | null;
  useCaseId: number | null;
  technologyId: number | null;
  winnerId: number | null;
  /** Technologies the claim also mentions, by id, ascending. */
  mentionIds: number[];
  snippet: string | null;
}

/** A claim whose quote was located and whose references were resolved to ids. */
export interface ResolvedClaim {
  key: string;
  kind: ClaimKindName;
  statement: string;
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  technologyId: number | null;
  criterionId: number | null;
  useCaseId: number | null;
  winnerId: number | null;
  outcome: OutcomeName | null;
  rating: string | null;
  score: number | null;
  question: string | null;
  answer: string | null;
  qualifiers: string[];
  mentionIds: number[];
}
