import type { TaxonomyProposals } from './taxonomy-matcher.js';

/** One drafted claim, in the shape `POST /api/sources` accepts (see ingest-source.dto.ts). */
export interface DraftClaim {
  key: string;
  kind: 'verdict' | 'rating' | 'use_case' | 'scenario' | 'faq' | 'pro' | 'con' | 'fact' | 'recommendation';
  statement: string;
  quote: string;
  occurrence?: number;
  technology?: string | null;
  criterion?: string | null;
  useCase?: string | null;
  winner?: string | null;
  outcome?: 'win' | 'tie' | 'split' | 'neither' | null;
  rating?: string | null;
  score?: number | null;
  question?: string | null;
  answer?: string | null;
  related?: string[];
  qualifiers?: string[];
}

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
