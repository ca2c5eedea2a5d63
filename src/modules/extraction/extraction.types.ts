import type { ClaimInput } from '../claims/dto/claim.input.js';
import type { TaxonomyProposals } from './taxonomy-matcher.js';

/**
 * One drafted claim, in the shape `POST /api/sources` accepts: the claim input itself
 * (claims/dto/claim.input.ts), so a field added to claims reaches drafts without a second list.
 */
export type DraftClaim = Pick<ClaimInput, keyof ClaimInput>;

export interface DraftSource {
  slug: string;
  title: string;
  author: string | null;
  publisher: string | null;
  publishedAt: string | null;
  url: string | null;
  compares: string[];
  body: string;
}

/** A draft annotation: post it unchanged to `POST /api/sources`, or edit it first. */
export interface ExtractionDraft {
  source: DraftSource;
  claims: DraftClaim[];
  taxonomy: TaxonomyProposals;
}
