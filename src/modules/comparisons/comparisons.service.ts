import { Injectable } from '@nestjs/common';
import { pageSize } from '../../common/pagination/page-size.js';
import { decodeOffsetCursor, encodeOffsetCursor } from '../../common/pagination/cursor.js';
import { DomainError, ErrorCode, notFound } from '../../common/errors/domain-error.js';
import { CONSENSUS_WEIGHTINGS, CRITERIA_LIST, CRITERIA_LIST_MESSAGE, DEFAULT_HALF_LIFE_DAYS } from './dto/comparison.params.js';
import { represent, type Representation } from '../../common/http/cached-representation.js';
import type { RefModel, SourceRefModel } from '../../common/models/refs.model.js';
import { ClaimsService } from '../claims/claims.service.js';
import type { ClaimModel } from '../claims/models/claim.model.js';
import { lookupKey } from '../taxonomy/lookup-key.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { ComparisonSourcesRepository } from './comparison-sources.repository.js';
import { consensusOf, type ConsensusOptions, type Stance } from './consensus.js';
import { renderComparison, type ComparisonFormat, FORMAT_CONTENT_TYPES, type RenderContext } from './comparison.renderers.js';
import type { AssessmentModel, ComparisonListModel, ComparisonModel, ComparisonRowModel, UseCaseConsensusModel, VerdictModel } from './models/comparison.model.js';
import type { TaxonomyIndex } from '../taxonomy/taxonomy.types.js';

/** Consensus options from the `weighting` / `halfLifeDays` arguments (REST query or GraphQL). */
export function consensusOptions(weighting: string | null | undefined, halfLifeDays: number | null | undefined): ConsensusOptions {
  if (weighting && !(CONSENSUS_WEIGHTINGS as readonly string[]).includes(weighting)) {
    throw new DomainError(ErrorCode.VALIDATION_FAILED, `weighting must be one of ${CONSENSUS_WEIGHTINGS.join(', ')}`, [{ field: 'weighting', message: 'unknown weighting' }]);
  }
  if (halfLifeDays != null && (!Number.isInteger(halfLifeDays) || halfLifeDays < 1 || halfLifeDays > 36500)) {
    throw new DomainError(ErrorCode.VALIDATION_FAILED, 'halfLifeDays must be a whole number from 1 to 36500', [{ field: 'halfLifeDays', message: 'out of range' }]);
  }
  return weighting === 'recency' ? { recency: { halfLifeDays: halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS } } : {};
}

/** How many claims a comparison reads at most (two technologies across all their sources). */
const COMPARISON_CLAIM_LIMIT = 5000;

@Injectable()
export class ComparisonsService {
  constructor(
    private readonly claims: ClaimsService,
    private readonly taxonomy: TaxonomyService,
    private readonly sources: ComparisonSourcesRepository,
  ) {}

  /**
   * Pairs of technologies some source compares, most-covered first: every pair (REST), or one
   * page (GraphQL `first`/`after`, the page-size policy) with the cursor of the next.
   */
  async list(page?: { first?: number | null; after?: string | null }): Promise<ComparisonListModel> {
    const size = page && pageSize(page.first);
    const offset = page?.after ? decodeOffsetCursor(page.after) : 0;
    const rows = await this.sources.comparedPairs(size ? { offset, limit: size + 1 } : undefined);
    const more = size !== undefined && rows.length > size;
    return {
      ...(page ? { nextCursor: more ? encodeOffsetCursor(offset + size!) : null } : {}),
      items: rows.slice(0, size).map((r) => ({
        technologies: [{ slug: r.aSlug, name: r.aName }, { slug: r.bSlug, name: r.bName }],
        sourceCount: r.sourceCount,
        href: `/api/comparisons/${encodeURIComponent(r.aSlug)}/${encodeURIComponent(r.bSlug)}`,
      })),
    };
  }

  /**
   * `criteria` (slugs or aliases; 404 for an unknown one) limits the whole comparison to claims
   * on those criteria: the rows, and with them the use cases, scenarios, FAQs, recommendations
   * and sources, so an embed of two criteria shows nothing about the others.
   */
  async compare(a: string, b: string, options: ConsensusOptions = {}, criteria?: readonly string[]): Promise<ComparisonModel> {
    const pair = await this.resolvePair(a, b);
    const index = await this.taxonomy.index();
    const only = criteria?.length ? criterionSlugs(index, criteria) : null;
    const page = await this.claims.listResolved({ comparingIds: pair.map((t) => t.id), kinds: ['verdict', 'rating', 'use_case', 'scenario', 'faq', 'recommendation', 'pro', 'con'] }, COMPARISON_CLAIM_LIMIT);
    const claims = only ? page.filter((claim) => claim.criterion !== null && only.has(claim.criterion.slug)) : page;
    return buildComparison([pair[0].ref, pair[1].ref], claims, criterionUseCases(index), options);
  }

  /**
   * The table in a format (strong ETag over the bytes). `base` is the absolute origin links
   * start with (citation pages, see RenderContext). Public answers are kept by the one response
   * cache (ResponseCache), per data version and normalised request.
   */
  async render(a: string, b: string, format: ComparisonFormat, options: ConsensusOptions = {}, base = '', criteria?: readonly string[]): Promise<Representation> {
    const comparison = await this.compare(a, b, options, criteria);
    const sourceUrls = format === 'json' ? undefined : await this.sources.urls(comparison.sources.map((s) => s.slug));
    return represent(renderComparison(comparison, format, { base, sourceUrls }), FORMAT_CONTENT_TYPES[format]);
  }

  /** The comparison with what its HTML needs to link (the sources' URLs): for the pages that show it (explorer, iframe). */
  async htmlView(a: string, b: string, base: string, criteria?: readonly string[]): Promise<{ comparison: ComparisonModel; context: RenderContext }> {
    const comparison = await this.compare(a, b, {}, criteria);
    const sourceUrls = await this.sources.urls(comparison.sources.map((s) => s.slug));
    return { comparison, context: { base, sourceUrls } };
  }

  /** The two technologies (slugs or aliases) as references; 404 for an unknown one, 422 for one named twice. */
  async pair(a: string, b: string): Promise<[RefModel, RefModel]> {
    const [x, y] = await this.resolvePair(a, b);
    return [x.ref, y.ref];
  }

  /** 404 for an unknown one; 422 SAME_TECHNOLOGY when both name one technology (`nodejs/node`): there is no such comparison. */
  private async resolvePair(a: string, b: string) {
    const index = await this.taxonomy.index();
    const pair = [a, b].map((value) => {
      const ref = index.technologies.get(lookupKey(value));
      if (!ref) throw notFound('technology', value);
      return { id: ref.id, ref: { slug: ref.slug, name: ref.name } };
    }) as [{ id: number; ref: RefModel }, { id: number; ref: RefModel }];
    if (pair[0].id === pair[1].id) {
      throw new DomainError(ErrorCode.SAME_TECHNOLOGY, `'${a}' and '${b}' both name ${pair[0].ref.slug}: a comparison needs two different technologies`, [
        { field: 'b', message: `names the same technology as a (${pair[0].ref.slug})` },
      ]);
    }
    return pair;
  }
}

/**
 * The criteria named (slugs or aliases) as slugs; 404 for one the taxonomy does not know. The
 * list is checked here as REST's `criteria` pattern checks it, for GraphQL's list argument.
 */
function criterionSlugs(index: TaxonomyIndex, criteria: readonly string[]): Set<string> {
  if (!CRITERIA_LIST.test(criteria.join(','))) {
    throw new DomainError(ErrorCode.VALIDATION_FAILED, CRITERIA_LIST_MESSAGE, [{ field: 'criteria', message: 'at most 50 criterion slugs' }]);
  }
  return new Set(
    criteria.map((value) => {
      const ref = index.criteria.get(lookupKey(value));
      if (!ref) throw notFound('criterion', value);
      return ref.slug;
    }),
  );
}

/** Criterion slug -> the use cases it names by the same wording ("Real-time applications", "Data science"). */
function criterionUseCases(index: TaxonomyIndex): Map<string, { slug: string; name: string }[]> {
  const out = new Map<string, { slug: string; name: string }[]>();
  for (const [key, useCase] of index.useCases) {
    const criterion = index.criteria.get(key);
    if (!criterion) continue;
    const list = out.get(criterion.slug) ?? [];
    if (!list.some((u) => u.slug === useCase.slug)) list.push({ slug: useCase.slug, name: useCase.name });
    out.set(criterion.slug, list);
  }
  return out;
}

const STANCE_KINDS = new Set(['use_case', 'scenario', 'recommendation', 'pro', 'con']);

function buildComparison(pair: [RefModel, RefModel], claims: ClaimModel[], useCasesOf: Map<string, RefModel[]>, options: ConsensusOptions): ComparisonModel {
  const inPair = (t: RefModel | null) => !!t && pair.some((p) => p.slug === t.slug);
  const rows = new Map<string, ComparisonRowModel>();
  const stances = new Map<string, Stance[]>();
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
  // A con of one side speaks for the other side of the pair.
  const stanceOf = (claim: ClaimModel): Stance | null => {
    if (!STANCE_KINDS.has(claim.kind) || !inPair(claim.technology)) return null;
    const favours = claim.kind === 'con' ? pair.find((p) => p.slug !== claim.technology!.slug)! : claim.technology!;
    return { claimId: claim.id, source: claim.source, favours, qualifiers: claim.qualifiers, quote: claim.quote };
  };
  const useCaseVerdicts = new Map<string, VerdictModel[]>();
  const useCaseStances = new Map<string, Stance[]>();
  const useCaseRefs = new Map<string, RefModel>();
  const add = <T>(map: Map<string, T[]>, key: string, item: T) => map.set(key, [...(map.get(key) ?? []), item]);

  for (const claim of claims) {
    const stance = stanceOf(claim);
    if (stance && claim.useCase) {
      useCaseRefs.set(claim.useCase.slug, claim.useCase);
      add(useCaseStances, claim.useCase.slug, stance);
      cite(claim);
    }
    if (!claim.criterion) continue;
    if (claim.kind === 'rating' && inPair(claim.technology) && claim.rating) {
      const a: AssessmentModel = { claimId: claim.id, source: claim.source, technology: claim.technology!, rating: claim.rating, score: claim.score, quote: claim.quote };
      rowFor(claim).assessments.push(a);
      cite(claim);
    } else if (claim.kind === 'verdict' && claim.outcome) {
      const v: VerdictModel = { claimId: claim.id, source: claim.source, winner: claim.winner, outcome: claim.outcome, quote: claim.quote, qualifiers: claim.qualifiers };
      rowFor(claim).verdicts.push(v);
      for (const useCase of useCasesOf.get(claim.criterion.slug) ?? []) {
        useCaseRefs.set(useCase.slug, useCase);
        add(useCaseVerdicts, useCase.slug, v);
      }
      cite(claim);
    } else if (stance) {
      rowFor(claim);
      add(stances, claim.criterion.slug, stance);
      cite(claim);
    }
  }
  for (const row of rows.values()) {
    const { conflict, ...consensus } = consensusOf(pair, row.verdicts, row.assessments, stances.get(row.criterion.slug), options);
    row.consensus = consensus;
    row.conflict = conflict;
  }
  const useCaseConsensus: UseCaseConsensusModel[] = [...useCaseRefs.values()]
    .map((useCase) => {
      const { conflict: _conflict, ...consensus } = consensusOf(pair, useCaseVerdicts.get(useCase.slug) ?? [], [], useCaseStances.get(useCase.slug) ?? [], options);
      return { useCase: { slug: useCase.slug, name: useCase.name }, consensus };
    })
    .filter((u) => u.consensus.sourceCount > 0)
    .sort((x, y) => y.consensus.sourceCount - x.consensus.sourceCount || x.useCase.slug.localeCompare(y.useCase.slug));
  const sections = { useCases: pick('use_case'), scenarios: pick('scenario'), faqs: pick('faq'), recommendations: pick('recommendation') };
  for (const list of Object.values(sections)) list.forEach(cite);
  return {
    technologies: pair,
    rows: [...rows.values()].sort((x, y) => x.criterion.category.localeCompare(y.criterion.category) || x.criterion.name.localeCompare(y.criterion.name)),
    useCaseConsensus,
    ...sections,
    sources: [...cited.values()].sort((x, y) => x.slug.localeCompare(y.slug)),
  };
}
