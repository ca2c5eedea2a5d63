import { rowEtag } from '../../common/preconditions/if-match.js';
import { mappedCompares } from './draft-rules.js';
import type { ClaimFields, DraftProposal, ExtractionStats, StoredDraft, StoredDraftSummary } from './drafts.types.js';
import type { DraftClaimFieldsModel, DraftProposalModel, PublishedSourceLinkModel, StoredDraftModel, StoredDraftSummaryModel } from './models/stored-draft.model.js';
import type { ExtractionStatsModel } from './models/extraction-stats.model.js';

export const draftEtag = (draft: { id: number; version: number }) => rowEtag('draft', draft.id, draft.version);

/** Where a published source is read, and its pair's comparison page. */
export function publishedLink(slug: string, compares: string[]): PublishedSourceLinkModel {
  return {
    slug,
    url: `/api/sources/${encodeURIComponent(slug)}`,
    comparisonPage: compares.length === 2 ? `/compare/${encodeURIComponent(compares[0])}/${encodeURIComponent(compares[1])}` : null,
  };
}

export function toDraftSummaryModel(draft: StoredDraftSummary): StoredDraftSummaryModel {
  const { slug, title, url, author, publisher, publishedAt, compares } = draft.source;
  return {
    id: draft.id,
    version: draft.version,
    etag: draftEtag(draft),
    status: draft.status,
    format: draft.format,
    createdBy: draft.createdBy,
    createdAt: draft.createdAt.toISOString(),
    updatedAt: draft.updatedAt.toISOString(),
    publishedAt: draft.publishedAt?.toISOString() ?? null,
    publishedSource: draft.publishedSlug ? publishedLink(draft.publishedSlug, mappedCompares(draft.source.compares, draft.proposals)) : null,
    source: { slug, title, url, author, publisher, publishedAt, compares },
    counts: draft.counts,
  };
}

export function toDraftModel(draft: StoredDraft): StoredDraftModel {
  const count = (decision: string) => draft.claims.filter((c) => c.decision === decision).length;
  const summary = toDraftSummaryModel({
    ...draft,
    counts: { claims: draft.claims.length, pending: count('pending'), accepted: count('accepted'), rejected: count('rejected') },
  });
  return {
    ...summary,
    source: { ...summary.source, text: draft.body },
    claims: draft.claims.map((c) => ({ key: c.key, origin: c.origin, decision: c.decision, edited: c.edited, claim: toFieldsModel(c.claim), drafted: c.drafted && toFieldsModel(c.drafted) })),
    proposals: {
      technologies: draft.proposals.technologies.map(toProposalModel),
      criteria: draft.proposals.criteria.map(toProposalModel),
      useCases: draft.proposals.useCases.map(toProposalModel),
    },
  };
}

function toFieldsModel(fields: ClaimFields): DraftClaimFieldsModel {
  return {
    kind: fields.kind,
    statement: fields.statement,
    quote: fields.quote,
    start: fields.start,
    end: fields.end,
    technology: fields.technology ?? null,
    criterion: fields.criterion ?? null,
    useCase: fields.useCase ?? null,
    winner: fields.winner ?? null,
    outcome: fields.outcome ?? null,
    rating: fields.rating ?? null,
    score: fields.score ?? null,
    question: fields.question ?? null,
    answer: fields.answer ?? null,
    related: fields.related ?? [],
    qualifiers: fields.qualifiers ?? [],
  };
}

function toProposalModel(p: DraftProposal): DraftProposalModel {
  return { slug: p.slug, name: p.name, kind: p.kind ?? null, parent: p.parent ?? null, description: p.description ?? null, aliases: p.aliases, keywords: p.keywords, mapTo: p.mapTo, decided: p.decided };
}

export function toStatsModel(stats: ExtractionStats): ExtractionStatsModel {
  return { ...stats, from: stats.from?.toISOString() ?? null, to: stats.to?.toISOString() ?? null };
}
