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
    source: { slug: row.sourceSlug, title: row.sourceTitle, publishedAt: row.publishedAt },
    criterion: criterion ? { slug: criterion.slug, name: criterion.name, category: criterion.category } : null,
    useCase: ref(row.useCaseId === null ? undefined : byId.useCases.get(row.useCaseId)),
    technology: ref(row.technologyId === null ? undefined : byId.technologies.get(row.technologyId)),
    winner: ref(row.winnerId === null ? undefined : byId.technologies.get(row.winnerId)),
    related: row.mentionIds.map((id) => ref(byId.technologies.get(id))!),
    ...(row.snippet !== null ? { snippet: row.snippet } : {}),
  };
}

const json = JSON.stringify;
const nullable = (value: string | null) => (value === null ? 'null' : json(value));

/**
 * The JSON text of a row's ClaimModel, written directly: exactly `JSON.stringify(toClaimModel(row,
 * byId))` (same keys, order and escaping; claim-json-writer.spec.ts holds them equal) without
 * building the model. Why: the NDJSON export spent most of its time allocating models and
 * collecting them (about 20,000 claims/s at 100,000 claims, a third in the garbage collector);
 * here strings are escaped by JSON.stringify one field at a time and each taxonomy entry's JSON
 * is written once per writer. The caller checks refersOnlyTo first, as for toClaimModel.
 */
export class ClaimJsonWriter {
  private readonly criteria = new Map<number, string>();
  private readonly useCases = new Map<number, string>();
  private readonly technologies = new Map<number, string>();

  constructor(private readonly byId: TaxonomyById) {}

  line(row: ClaimRow): string {
    return (
      `{"id":${row.id},"kind":${json(row.kind)},"statement":${json(row.statement)},"quote":${json(row.quote)},` +
      `"quoteStart":${row.quoteStart},"quoteEnd":${row.quoteEnd},"rating":${nullable(row.rating)},"score":${row.score === null ? 'null' : json(row.score)},` +
      `"outcome":${nullable(row.outcome)},"question":${nullable(row.question)},"answer":${nullable(row.answer)},"qualifiers":${json(row.qualifiers)},` +
      `"source":{"slug":${json(row.sourceSlug)},"title":${json(row.sourceTitle)},"publishedAt":${nullable(row.publishedAt)}},` +
      `"criterion":${this.criterion(row.criterionId)},"useCase":${this.useCase(row.useCaseId)},` +
      `"technology":${this.technology(row.technologyId)},"winner":${this.technology(row.winnerId)},` +
      `"related":[${row.mentionIds.map((id) => this.technology(id)).join(',')}]` +
      `${row.snippet !== null ? `,"snippet":${json(row.snippet)}` : ''}}`
    );
  }

  private criterion(id: number | null): string {
    if (id === null) return 'null';
    let text = this.criteria.get(id);
    if (text === undefined) {
      const entry = this.byId.criteria.get(id);
      text = json(entry ? { slug: entry.slug, name: entry.name, category: entry.category } : null);
      this.criteria.set(id, text);
    }
    return text;
  }

  private useCase(id: number | null): string {
    return id === null ? 'null' : this.refText(this.useCases, this.byId.useCases, id);
  }

  private technology(id: number | null): string {
    return id === null ? 'null' : this.refText(this.technologies, this.byId.technologies, id);
  }

  private refText(texts: Map<number, string>, entries: Map<number, TaxonomyRef>, id: number): string {
    let text = texts.get(id);
    if (text === undefined) {
      text = json(ref(entries.get(id)));
      texts.set(id, text);
    }
    return text;
  }
}
