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
