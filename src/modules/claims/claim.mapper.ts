import { statedDate } from '../../common/models/refs.model.js';
import type { TaxonomyIndex, TaxonomyRef } from '../taxonomy/taxonomy.types.js';
import type { ClaimRow } from './claims.types.js';
import type { ClaimModel } from './models/claim.model.js';

type TaxonomyById = TaxonomyIndex['byId'];

const ref = (entry: TaxonomyRef | undefined) => (entry ? { slug: entry.slug, name: entry.name } : null);

/** Every taxonomy id a row refers to is in `byId` (else the caller reloads the index). */
export function refersOnlyTo(row: ClaimRow, byId: TaxonomyById): boolean {
  return (
    (row.criterionId === null || byId.criteria.has(row.criterionId)) &&
    (row.useCaseId === null || byId.useCases.has(row.useCaseId)) &&
    (row.technologyId === null || byId.technologies.has(row.technologyId)) &&
    (row.winnerId === null || byId.technologies.has(row.winnerId)) &&
    row.mentionIds.every((id) => byId.technologies.has(id))
  );
}

export function toClaimModel(row: ClaimRow, byId: TaxonomyById): ClaimModel {
  const criterion = row.criterionId === null ? undefined : byId.criteria.get(row.criterionId);
  return {
    id: row.id,
    kind: row.kind,
    statement: row.statement,
    quote: row.quote,
    quoteStart: row.quoteStart,
    quoteEnd: row.quoteEnd,
    rating: row.rating,
    score: row.score,
    outcome: row.outcome,
    question: row.question,
    answer: row.answer,
    qualifiers: row.qualifiers,
    source: { slug: row.sourceSlug, title: row.sourceTitle, publishedAt: statedDate(row.publishedOn, row.publishedPrecision) },
    criterion: criterion ? { slug: criterion.slug, name: criterion.name, category: criterion.category } : null,
    useCase: ref(row.useCaseId === null ? undefined : byId.useCases.get(row.useCaseId)),
    technology: ref(row.technologyId === null ? undefined : byId.technologies.get(row.technologyId)),
    winner: ref(row.winnerId === null ? undefined : byId.technologies.get(row.winnerId)),
    related: row.mentionIds.map((id) => ref(byId.technologies.get(id))!),
    ...(row.snippet !== null ? { snippet: row.snippet } : {}),
  };
}
