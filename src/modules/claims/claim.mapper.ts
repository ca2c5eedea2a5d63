import { statedDate } from '../../common/models/refs.model.js';
import type { ClaimRow } from './claims.types.js';
import type { ClaimModel } from './models/claim.model.js';

const ref = (slug: string | null, name: string | null) => (slug && name ? { slug, name } : null);

export function toClaimModel(row: ClaimRow): ClaimModel {
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
    criterion: row.criterionSlug && row.criterionName ? { slug: row.criterionSlug, name: row.criterionName, category: row.criterionCategory ?? 'overall' } : null,
    useCase: ref(row.useCaseSlug, row.useCaseName),
    technology: ref(row.technologySlug, row.technologyName),
    winner: ref(row.winnerSlug, row.winnerName),
    related: row.related,
    ...(row.snippet !== null ? { snippet: row.snippet } : {}),
  };
}
