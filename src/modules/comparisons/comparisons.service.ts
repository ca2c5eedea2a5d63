import { Injectable } from '@nestjs/common';
import { DataVersionService } from '../../common/cache/data-version.service.js';
import { VersionedCache } from '../../common/cache/versioned-cache.js';
import { notFound } from '../../common/errors/domain-error.js';
import { represent, type Representation } from '../../common/http/cached-representation.js';
import type { RefModel, SourceRefModel } from '../../common/models/refs.model.js';
import { ClaimsService } from '../claims/claims.service.js';
import type { ClaimModel } from '../claims/models/claim.model.js';
import { lookupKey } from '../taxonomy/lookup-key.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { ComparisonSourcesRepository } from './comparison-sources.repository.js';
import { consensusOf } from './consensus.js';
import { renderComparison, type ComparisonFormat, FORMAT_CONTENT_TYPES } from './comparison.renderers.js';
import type { AssessmentModel, ComparisonListModel, ComparisonModel, ComparisonRowModel, VerdictModel } from './models/comparison.model.js';

/** How many claims a comparison reads at most (two technologies across all their sources). */
const COMPARISON_CLAIM_LIMIT = 5000;

@Injectable()
export class ComparisonsService {
  /** Rendered tables by `a|b|format`, valid while the data version is unchanged. */
  private readonly cache = new VersionedCache<Representation>(1000, 16 * 2 ** 20, (rep) => rep.body.length);

  constructor(
    private readonly claims: ClaimsService,
    private readonly taxonomy: TaxonomyService,
    private readonly dataVersion: DataVersionService,
    private readonly sources: ComparisonSourcesRepository,
  ) {}

  /** Every pair of technologies some source compares, most-covered first. */
  async list(): Promise<ComparisonListModel> {
    const rows = await this.sources.comparedPairs();
    return {
      items: rows.map((r) => ({
        technologies: [{ slug: r.aSlug, name: r.aName }, { slug: r.bSlug, name: r.bName }],
        sourceCount: r.sourceCount,
        href: `/api/comparisons/${encodeURIComponent(r.aSlug)}/${encodeURIComponent(r.bSlug)}`,
      })),
    };
  }

  async compare(a: string, b: string): Promise<ComparisonModel> {
    const pair = await this.resolvePair(a, b);
    const page = await this.claims.listResolved({ comparingIds: pair.map((t) => t.id), kinds: ['verdict', 'rating', 'use_case', 'scenario', 'faq', 'recommendation'] }, COMPARISON_CLAIM_LIMIT);
    return buildComparison([pair[0].ref, pair[1].ref], page);
  }

  /**
   * The table in a format, rendered once per data version and link base (strong ETag over the
   * bytes). `base` is the absolute origin links start with (citation pages, see RenderContext).
   */
  async render(a: string, b: string, format: ComparisonFormat, base = ''): Promise<Representation> {
    const key = `${lookupKey(a)}|${lookupKey(b)}|${format}|${format === 'json' ? '' : base}`;
    const version = this.dataVersion.current;
    const hit = this.cache.get(key, version);
    if (hit) return hit;
    const comparison = await this.compare(a, b);
    const sourceUrls = format === 'json' ? undefined : await this.sources.urls(comparison.sources.map((s) => s.slug));
    const rep = represent(renderComparison(comparison, format, { base, sourceUrls }), FORMAT_CONTENT_TYPES[format]);
    this.cache.set(key, version, rep);
    return rep;
  }

  /** The two technologies (slugs or aliases) as references; 404 for an unknown one. */
  async pair(a: string, b: string): Promise<[RefModel, RefModel]> {
    const [x, y] = await this.resolvePair(a, b);
    return [x.ref, y.ref];
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
