export interface SourceRow {
  id: number;
  slug: string;
  externalId: string;
  title: string;
  author: string | null;
  publisher: string | null;
  publishedOn: Date | null;
  publishedPrecision: string | null;
  url: string | null;
  contentHash: string;
  ingestedAt: Date;
  compares: { slug: string; name: string }[];
  claimCount: number;
}

export interface SourceDetailRow extends SourceRow {
  body: string;
  annotationHash: string | null;
  version: number;
  claimCountsByKind: { kind: string; count: number }[];
}

/** A source as a write stores it (SourceWritesRepository.saveSource). */
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
