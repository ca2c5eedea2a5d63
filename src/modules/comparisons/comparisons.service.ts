import { Injectable } from '@nestjs/common';
import { notFound } from '../../common/errors/domain-error.js';
import { represent, type Representation } from '../../common/http/cached-representation.js';
import type { RefModel, SourceRefModel } from '../../common/models/refs.model.js';
import { ClaimsService } from '../claims/claims.service.js';
import type { ClaimModel } from '../claims/models/claim.model.js';
import { lookupKey } from '../taxonomy/lookup-key.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { consensusOf } from './consensus.js';
import { renderComparison, type ComparisonFormat, FORMAT_CONTENT_TYPES } from './comparison.renderers.js';
import type { AssessmentModel, ComparisonModel, ComparisonRowModel, VerdictModel } from './models/comparison.model.js';

/** How many claims a comparison reads at most (two technologies across all their sources). */
const COMPARISON_CLAIM_LIMIT = 5000;

@Injectable()
export class ComparisonsService {
  constructor(
    private readonly claims: ClaimsService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  async compare(a: string, b: string): Promise<ComparisonModel> {
    const pair = await this.resolvePair(a, b);
    const page = await this.claims.listResolved({ comparingIds: pair.map((t) => t.id), kinds: ['verdict', 'rating', 'use_case', 'scenario', 'faq', 'recommendation'] }, COMPARISON_CLAIM_LIMIT);
    return buildComparison([pair[0].ref, pair[1].ref], page);
  }

  /**
   * The table in a format (strong ETag over the bytes). Public answers are kept by the one
   * response cache (ResponseCache), per data version and normalised request.
   */
  async render(a: string, b: string, format: ComparisonFormat): Promise<Representation> {
    const comparison = await this.compare(a, b);
    return represent(renderComparison(comparison, format), FORMAT_CONTENT_TYPES[format]);
  }

  private async resolvePair(a: string, b: string) {
    const index = await this.taxonomy.index();
    return [a, b].map((value) => {
      const ref = index.technologies.get(lookupKey(value));
      if (!ref) throw notFound('technology', value);
      return { id: ref.id, ref: { slug: ref.slug, name: ref.name } };
    }) as [{ id: number; ref: RefModel }, { id: number; ref: RefModel }];
  }
}

function buildComparison(pair: [RefModel, RefModel], claims: ClaimModel[]): ComparisonModel {
  const inPair = (t: RefModel | null) => !!t && pair.some((p) => p.slug === t.slug);
  const rows = new Map<string, ComparisonRowModel>();
  const rowFor = (claim: ClaimModel) => {
    const c = claim.criterion!;
    let row = rows.get(c.slug);
    if (!row) {
      row = { criterion: { slug: c.slug, name: c.name, category: c.category }, assessments: [], verdicts: [], consensus: undefined!, conflict: false };
      rows.set(c.slug, row);
    }
    return row;
  };
  const cited = new Map<string, SourceRefModel>();
  const cite = (claim: ClaimModel) => cited.set(claim.source.slug, claim.source);
  const pick = (kind: string) => claims.filter((c) => c.kind === kind && (c.technology === null || inPair(c.technology)));

  for (const claim of claims) {
    if (!claim.criterion) continue;
    if (claim.kind === 'rating' && inPair(claim.technology) && claim.rating && claim.score !== null) {
      const a: AssessmentModel = { claimId: claim.id, source: claim.source, technology: claim.technology!, rating: claim.rating, score: claim.score, quote: claim.quote };
      rowFor(claim).assessments.push(a);
      cite(claim);
    } else if (claim.kind === 'verdict' && claim.outcome) {
      const v: VerdictModel = { claimId: claim.id, source: claim.source, winner: claim.winner, outcome: claim.outcome, quote: claim.quote };
      rowFor(claim).verdicts.push(v);
      cite(claim);
    }
  }
  for (const row of rows.values()) {
    const { conflict, ...consensus } = consensusOf(pair, row.verdicts, row.assessments);
    row.consensus = consensus;
    row.conflict = conflict;
  }
  const sections = { useCases: pick('use_case'), scenarios: pick('scenario'), faqs: pick('faq'), recommendations: pick('recommendation') };
  for (const list of Object.values(sections)) list.forEach(cite);
  return {
    technologies: pair,
    rows: [...rows.values()].sort((x, y) => x.criterion.category.localeCompare(y.criterion.category) || x.criterion.name.localeCompare(y.criterion.name)),
    ...sections,
    sources: [...cited.values()].sort((x, y) => x.slug.localeCompare(y.slug)),
  };
}
