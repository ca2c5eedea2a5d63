import type { ClaimKindName, OutcomeName } from '../claims/dto/claim.input.js';

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

export interface SourceRecord {
  externalId: string;
  slug: string;
  title: string;
  author: string | null;
  publisher: string | null;
  publishedOn: Date | null;
  publishedPrecision: 'DAY' | 'MONTH' | 'YEAR' | null;
  url: string | null;
  body: string;
  contentHash: string;
  annotationHash: string;
  compareIds: number[];
}

export type IngestionStatus = 'created' | 'updated' | 'unchanged';

/** How a write may change an existing source's text. */
export interface IngestOptions {
  /** If-Match: the ETag of the version the client read (GET /api/sources/:slug). */
  ifMatch?: string;
  /**
   * Seed files loaded locally (startup seeding, `npm run seed`, `kb ingest --revise-text`) may
   * change a source's text without If-Match. Never set from a request: no transport exposes it.
   */
  trusted?: boolean;
  /**
   * The write comes from seed files (`kb seed`, `npm run seed`, seeding at start): it leaves a
   * source an editor changed as it is (EDITED_CONFLICT), and marks nothing as edited. Every
   * other write (API, `kb ingest`) records the time of the edit.
   */
  seed?: boolean;
}

export interface IngestionResult {
  sourceId: number;
  slug: string;
  externalId: string;
  status: IngestionStatus;
  /** The ETag of the version the write left (If-Match for the next write). */
  etag: string;
  claims: { total: number; created: number; updated: number; deleted: number };
}
