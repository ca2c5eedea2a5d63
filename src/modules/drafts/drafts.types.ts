import type { ClaimInput } from '../claims/dto/claim.input.js';
import type { DraftSource } from '../extraction/extraction.types.js';

export const DRAFT_STATUSES = ['open', 'published', 'discarded'] as const;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];
export const CLAIM_DECISIONS = ['pending', 'accepted', 'rejected'] as const;
export type ClaimDecision = (typeof CLAIM_DECISIONS)[number];
export type ClaimOrigin = 'drafted' | 'added';
export const PROPOSAL_TYPES = ['technology', 'criterion', 'useCase'] as const;
export type ProposalType = (typeof PROPOSAL_TYPES)[number];
export const STATS_BUCKETS = ['day', 'week', 'month'] as const;
export type StatsBucket = (typeof STATS_BUCKETS)[number];

/**
 * A claim as `POST /api/sources` takes it (without its key, which the draft claim carries), with
 * its quote's code-point offsets in the draft's body instead of an occurrence number.
 */
export type ClaimFields = Omit<ClaimInput, 'key' | 'occurrence'> & { start: number; end: number };

/** The fields an edit may change, compared with the drafted claim to record `edited`. */
export const CLAIM_FIELD_NAMES = ['kind', 'statement', 'quote', 'technology', 'criterion', 'useCase', 'winner', 'outcome', 'rating', 'score', 'question', 'answer', 'related', 'qualifiers'] as const;
export type ClaimFieldName = (typeof CLAIM_FIELD_NAMES)[number];

export interface DraftClaimRecord {
  key: string;
  position: number;
  origin: ClaimOrigin;
  decision: ClaimDecision;
  edited: string[];
  claim: ClaimFields;
  drafted: ClaimFields | null;
}

/** A taxonomy entry the draft proposes, and what the editor decided for it. */
export interface DraftProposal {
  slug: string;
  name: string;
  /** Technologies: language, framework…; criteria: their category. */
  kind?: string | null;
  parent?: string | null;
  description?: string | null;
  aliases: string[];
  keywords: string[];
  /** An existing entry's slug the proposal is mapped to; null: added as new at publish. */
  mapTo: string | null;
  /** Whether the editor decided (mapped it, or accepted it as new). Undecided proposals publish as new. */
  decided: boolean;
}

export interface DraftProposals {
  technologies: DraftProposal[];
  criteria: DraftProposal[];
  useCases: DraftProposal[];
}

/** The drafted source's metadata as a draft keeps it (its text is the draft's `body`). */
export type DraftSourceFields = Omit<DraftSource, 'body'>;

export interface StoredDraft {
  id: number;
  version: number;
  status: DraftStatus;
  format: string;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
  publishedSlug: string | null;
  source: DraftSourceFields;
  body: string;
  claims: DraftClaimRecord[];
  proposals: DraftProposals;
}

/** A draft in a list: no text, no claims, their counts by decision. */
export type StoredDraftSummary = Omit<StoredDraft, 'body' | 'claims'> & {
  counts: { claims: number; pending: number; accepted: number; rejected: number };
};

/** What a new draft row holds. */
export interface NewDraft {
  format: string;
  content: string | null;
  body: string;
  source: DraftSourceFields;
  proposals: DraftProposals;
  createdBy: string;
  claims: DraftClaimRecord[];
}

/** A taxonomy entry as candidates are chosen from: its names and its vocabulary. */
export interface VocabularyEntry {
  slug: string;
  name: string;
  aliases: string[];
  keywords: string[];
}

/** One row of the stats query: a published draft's claims of one kind. */
export interface DraftStatsRow {
  draftId: number;
  format: string;
  period: string;
  kind: string;
  drafted: number;
  acceptedUnchanged: number;
  acceptedEdited: number;
  rejected: number;
  added: number;
}

export interface AcceptanceCounts {
  drafts: number;
  drafted: number;
  acceptedUnchanged: number;
  acceptedEdited: number;
  rejected: number;
  added: number;
  /** (acceptedUnchanged + acceptedEdited) / drafted; null when nothing was drafted. */
  acceptanceRate: number | null;
  /** added / (accepted + added); null when nothing was accepted or added. */
  handAddedRate: number | null;
}

export interface ExtractionStats extends AcceptanceCounts {
  from: Date | null;
  to: Date | null;
  bucket: StatsBucket;
  byKind: (AcceptanceCounts & { kind: string })[];
  byFormat: (AcceptanceCounts & { format: string })[];
  overTime: (AcceptanceCounts & { period: string })[];
  editedFields: { field: string; count: number }[];
}
