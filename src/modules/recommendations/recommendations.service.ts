import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode } from '../../common/errors/domain-error.js';
import type { RefModel } from '../../common/models/refs.model.js';
import { ClaimsService } from '../claims/claims.service.js';
import type { ClaimModel } from '../claims/models/claim.model.js';
import { lookupKey } from '../taxonomy/lookup-key.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import type { TaxonomyRef } from '../taxonomy/taxonomy.types.js';
import type { RecommendationInput } from './dto/recommendation.input.js';
import type { ArchitectureModel, NeedModel, RecommendationModel } from './models/recommendation.model.js';
import { RecommendationsRepository } from './recommendations.repository.js';

/** How much one claim counts for (or against) the technology it is about. */
const EVIDENCE_WEIGHTS: Record<string, number> = { verdict: 1, scenario: 1, use_case: 0.8, recommendation: 0.8, pro: 0.5, con: 0.5 };
/** `prefer` is a tie-breaker: it adds this much to the preferred technology's share. */
const PREFERENCE_BONUS = 0.05;
const FULL_TEXT_CANDIDATES = 40;
/** The best full-text matches whose use case or criterion count as matched by the need. */
const TOP_MATCHES_DEFINING_TOPICS = 6;

interface Evidence {
  claim: ClaimModel;
  technologyId: number;
  weight: number;
  supports: boolean;
}

/**
 * Recommendations from free text, without an external model: each need is matched to use
 * cases and criteria through the taxonomy's aliases and PostgreSQL full-text search over the
 * claims; the claims of those topics are evidence for or against each compared technology.
 * Needs favouring different technologies give the hybrid architecture, cited with the
 * sources' own advice on combining them.
 */
@Injectable()
export class RecommendationsService {
  constructor(
    private readonly repository: RecommendationsRepository,
    private readonly claims: ClaimsService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  async recommend(input: RecommendationInput): Promise<RecommendationModel> {
    const index = await this.taxonomy.index();
    const byId = index.byId.technologies;
    const candidates = (await this.repository.comparedTechnologyIds()).filter((id) => byId.has(id));
    const slugToId = new Map(candidates.map((id) => [byId.get(id)!.slug, id]));
    let preferId: number | undefined;
    if (input.prefer) {
      preferId = index.technologies.get(lookupKey(input.prefer))?.id;
      if (preferId === undefined) throw new DomainError(ErrorCode.VALIDATION_FAILED, `unknown technology '${input.prefer}'`, [{ field: 'prefer', message: `unknown technology '${input.prefer}'` }]);
    }
    const ref = (id: number): RefModel => ({ slug: byId.get(id)!.slug, name: byId.get(id)!.name });

    const perNeed = await Promise.all(input.needs.map((text) => this.assess(text, candidates, slugToId, index)));
    const needs: NeedModel[] = perNeed.map((n) => ({ text: n.text, matched: n.matched, favours: n.favours !== null ? ref(n.favours) : null }));

    const ranking = candidates
      .map((id) => {
        const share = perNeed.reduce((sum, n) => sum + n.shares.get(id)!, 0) / perNeed.length + (id === preferId ? PREFERENCE_BONUS : 0);
        const mine = perNeed.flatMap((n) => n.evidence.filter((e) => e.technologyId === id));
        const top = (supports: boolean) => unique(mine.filter((e) => e.supports === supports).sort((a, b) => b.weight - a.weight).map((e) => e.claim)).slice(0, 5);
        return { technology: ref(id), score: round(share), supporting: top(true), dissenting: top(false) };
      })
      .sort((a, b) => b.score - a.score || a.technology.slug.localeCompare(b.technology.slug));

    const architecture = await this.architecture(perNeed, ranking, ref, slugToId);
    return { needs, ranking, architecture, explanation: explain(needs, architecture) };
  }

  private async assess(text: string, candidates: number[], slugToId: Map<string, number>, index: Awaited<ReturnType<TaxonomyService['index']>>) {
    const key = ` ${lookupKey(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
    const matchedBy = (map: Map<string, TaxonomyRef>) => {
      const found = new Map<number, TaxonomyRef>();
      for (const [alias, entry] of map) {
        const phrase = alias.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
        if (phrase.length >= 3 && key.includes(` ${phrase} `)) found.set(entry.id, entry);
      }
      return found;
    };
    const useCases = matchedBy(index.useCases);
    const criteria = matchedBy(index.criteria);
    const fullText = await this.repository.matchClaims(text, FULL_TEXT_CANDIDATES);
    for (const hit of fullText.slice(0, TOP_MATCHES_DEFINING_TOPICS)) {
      const useCase = hit.useCaseId === null ? undefined : index.byId.useCases.get(hit.useCaseId);
      const criterion = hit.criterionId === null ? undefined : index.byId.criteria.get(hit.criterionId);
      if (useCase) useCases.set(useCase.id, useCase);
      if (criterion) criteria.set(criterion.id, criterion);
    }

    const [byUseCase, byCriterion, byText] = await Promise.all([
      useCases.size ? this.claims.listResolved({ useCaseIds: [...useCases.keys()] }, 1000) : [],
      criteria.size ? this.claims.listResolved({ criterionIds: [...criteria.keys()], kinds: Object.keys(EVIDENCE_WEIGHTS) }, 1000) : [],
      this.claims.byIds(fullText.map((h) => h.id)),
    ]);
    const evidence: Evidence[] = [];
    for (const claim of unique([...byUseCase, ...byCriterion, ...byText])) {
      const weight = EVIDENCE_WEIGHTS[claim.kind];
      if (!weight) continue;
      if (claim.kind === 'verdict') {
        const winner = claim.winner ? slugToId.get(claim.winner.slug) : undefined;
        if (claim.outcome !== 'win' || winner === undefined) continue;
        evidence.push({ claim, technologyId: winner, weight, supports: true });
        for (const other of candidates) if (other !== winner) evidence.push({ claim, technologyId: other, weight, supports: false });
      } else {
        const about = claim.technology ? slugToId.get(claim.technology.slug) : undefined;
        if (about === undefined) continue;
        evidence.push({ claim, technologyId: about, weight, supports: claim.kind !== 'con' });
      }
    }
    const net = new Map(candidates.map((id) => [id, 0]));
    for (const e of evidence) net.set(e.technologyId, net.get(e.technologyId)! + (e.supports ? e.weight : -e.weight));
    const positive = new Map([...net].map(([id, v]) => [id, Math.max(v, 0)]));
    const total = [...positive.values()].reduce((a, b) => a + b, 0);
    const shares = new Map([...positive].map(([id, v]) => [id, total ? v / total : 0]));
    const ranked = [...positive].sort((a, b) => b[1] - a[1]);
    const favours = ranked.length && ranked[0][1] > 0 && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
    const refs = (m: Map<number, TaxonomyRef>) => [...m.values()].map((r) => ({ slug: r.slug, name: r.name })).sort((a, b) => a.slug.localeCompare(b.slug));
    return { text, matched: { useCases: refs(useCases), criteria: refs(criteria) }, evidence, shares, favours };
  }

  private async architecture(
    perNeed: { text: string; favours: number | null; evidence: Evidence[] }[],
    ranking: { technology: RefModel; score: number }[],
    ref: (id: number) => RefModel,
    slugToId: Map<string, number>,
  ): Promise<ArchitectureModel> {
    const winners = [...new Set(perNeed.map((n) => n.favours).filter((id): id is number => id !== null))];
    const partFor = (id: number) => {
      const served = perNeed.filter((n) => n.favours === id);
      const because = unique(served.flatMap((n) => n.evidence.filter((e) => e.technologyId === id && e.supports).sort((a, b) => b.weight - a.weight).map((e) => e.claim))).slice(0, 3);
      return { technology: ref(id), role: served.map((n) => n.text).join('; '), because };
    };
    if (winners.length > 1) {
      const slugs = winners.map((id) => ref(id).slug);
      const candidates = await this.claims.listResolved({ kinds: ['recommendation', 'faq'], technologyIds: winners }, 500);
      const advice = candidates.filter((c) => {
        const named = new Set([c.technology?.slug, ...c.related.map((r) => r.slug)]);
        return slugs.every((s) => named.has(s)) || (c.kind === 'faq' && /both|together|polyglot|hybrid/i.test(c.question ?? ''));
      });
      return { kind: 'HYBRID', parts: winners.map(partFor), advice };
    }
    const leader = ranking[0]?.score > 0 ? slugToId.get(ranking[0].technology.slug) : undefined;
    const single = winners[0] ?? leader;
    return { kind: 'SINGLE', parts: single !== undefined ? [partFor(single)] : [], advice: [] };
  }
}

function explain(needs: NeedModel[], architecture: ArchitectureModel): string {
  const perNeed = needs.map((n) => (n.favours ? `for "${n.text}" the sources favour ${n.favours.name}` : `for "${n.text}" the sources favour no technology`));
  const summary =
    architecture.kind === 'HYBRID'
      ? `A hybrid architecture: ${architecture.parts.map((p) => `${p.technology.name} for ${p.role}`).join(', ')}${architecture.advice.length ? `, as ${architecture.advice.length} claim(s) in the sources advise` : ''}.`
      : architecture.parts.length
        ? `${architecture.parts[0].technology.name} alone covers these needs.`
        : 'The sources say nothing that decides these needs.';
  return `${perNeed.join('; ')}. ${summary}`.replace(/^./, (c) => c.toUpperCase());
}

function unique(claims: ClaimModel[]): ClaimModel[] {
  const seen = new Set<number>();
  return claims.filter((c) => !seen.has(c.id) && seen.add(c.id));
}

const round = (n: number) => Math.round(n * 1000) / 1000;
