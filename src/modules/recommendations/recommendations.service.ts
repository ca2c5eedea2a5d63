import { Injectable } from '@nestjs/common';
import { DataVersionService } from '../../common/cache/data-version.service.js';
import { DomainError, ErrorCode } from '../../common/errors/domain-error.js';
import type { RefModel } from '../../common/models/refs.model.js';
import { ClaimsService } from '../claims/claims.service.js';
import type { ClaimModel } from '../claims/models/claim.model.js';
import { lookupKey } from '../taxonomy/lookup-key.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import type { RecommendationInput } from './dto/recommendation.input.js';
import type { ArchitectureModel, EvidenceModel, NeedModel, RecommendationModel } from './models/recommendation.model.js';
import { needText, TermWeights, terms, type VocabularyEntry } from './need-matching.js';
import { assessNeed, type EvidenceItem, type Knowledge, type KnowledgeClaim, METHOD, type NeedAssessment } from './recommendation-scoring.js';
import { RecommendationsRepository, type KnowledgeRows } from './recommendations.repository.js';

/** `prefer` is a tie-breaker: it adds this much to the preferred technology's share. */
const PREFERENCE_BONUS = 0.05;
/**
 * Claims read into the knowledge a recommendation reasons over (kept in memory per data version).
 * Bounded by the heap `npm start` gives (128 MB old space): the rows and their term sets take
 * about 1.5 KB a claim (20,000: 32 MB; 100,000: 147 MB, which took the server down at 1M claims
 * in bench:scale). Past the bound, the oldest claims are the evidence.
 */
const KNOWLEDGE_CLAIM_LIMIT = 20_000;
/** Criteria about everything (the overall verdict, "best for", what a technology is) match no need by themselves. */
const UNSPECIFIC_CRITERIA = new Set(['overall', 'best-for', 'language-type']);
const SHOWN_EVIDENCE = 5;

interface NeedResult extends NeedAssessment {
  text: string;
}

/**
 * Recommendations from free text, without an external model. See METHOD (also in the response
 * and the API docs): needs are matched to topics and named technologies by relevance, the
 * claims on those topics are weighed evidence, and needs favouring different technologies give
 * the hybrid architecture, cited with the sources' own advice on combining them.
 */
@Injectable()
export class RecommendationsService {
  /** One load per data version, shared by concurrent requests (a cold burst reads the claims once). */
  private cached: { version: number; knowledge: Promise<Knowledge> } | null = null;

  constructor(
    private readonly repository: RecommendationsRepository,
    private readonly claims: ClaimsService,
    private readonly taxonomy: TaxonomyService,
    private readonly dataVersion: DataVersionService,
  ) {}

  async recommend(input: RecommendationInput): Promise<RecommendationModel> {
    const [k, index] = await Promise.all([this.knowledge(), this.taxonomy.index()]);
    const byId = index.byId.technologies;
    const resolve = (value: string, field: string) => {
      const id = index.technologies.get(lookupKey(value))?.id;
      if (id === undefined) throw new DomainError(ErrorCode.UNKNOWN_REFERENCE, `unknown technology '${value}'`, [{ field, message: `unknown technology '${value}'` }]);
      return id;
    };
    const preferId = input.prefer ? resolve(input.prefer, 'prefer') : undefined;
    const among = input.among?.length ? new Set(input.among.map((v) => k.candidateOf(resolve(v, 'among')) ?? resolve(v, 'among'))) : null;
    const ref = (id: number): RefModel => ({ slug: byId.get(id)?.slug ?? String(id), name: byId.get(id)?.name ?? String(id) });

    const perNeed: NeedResult[] = input.needs.map((text) => ({ text, ...assessNeed(needText(text), k, among) }));
    const candidates = [...new Set(perNeed.flatMap((n) => n.evidence.map((e) => e.technologyId)))];
    const shown = await this.claimModels(perNeed.flatMap((n) => n.evidence));
    const evidenceModel = (e: EvidenceItem): EvidenceModel => ({ claim: e.claimId === null ? null : (shown.get(e.claimId) ?? null), weight: e.weight, through: e.through });

    const ranking = candidates
      .map((id) => {
        const share = perNeed.reduce((sum, n) => {
          const positive = [...n.net.values()].filter((v) => v > 0).reduce((a, b) => a + b, 0);
          return sum + (positive ? Math.max(n.net.get(id) ?? 0, 0) / positive : 0);
        }, 0) / perNeed.length + (id === preferId ? PREFERENCE_BONUS : 0);
        const mine = perNeed.flatMap((n) => n.evidence.filter((e) => e.technologyId === id));
        const top = (supports: boolean) => mergeByClaim(mine.filter((e) => e.supports === supports)).slice(0, SHOWN_EVIDENCE);
        const supporting = top(true);
        const dissenting = top(false);
        return {
          technology: ref(id),
          score: round(share),
          supporting: supporting.flatMap((e) => (e.claimId !== null && shown.has(e.claimId) ? [shown.get(e.claimId)!] : [])),
          dissenting: dissenting.flatMap((e) => (e.claimId !== null && shown.has(e.claimId) ? [shown.get(e.claimId)!] : [])),
          supportingEvidence: supporting.map(evidenceModel),
          dissentingEvidence: dissenting.map(evidenceModel),
        };
      })
      .sort((a, b) => b.score - a.score || a.technology.slug.localeCompare(b.technology.slug));

    const needs: NeedModel[] = perNeed.map((n) => ({
      text: n.text,
      matched: {
        topics: n.topics,
        technologies: n.mentions.map((m) => ({ technology: ref(m.technologyId), countsFor: m.candidateId === null ? null : ref(m.candidateId), strength: m.strength, words: m.words, negated: m.negated, constraint: m.constraint })),
        useCases: n.topics.filter((t) => t.kind === 'use_case').map((t) => ({ slug: t.slug, name: t.name })),
        criteria: n.topics.filter((t) => t.kind === 'criterion').map((t) => ({ slug: t.slug, name: t.name })),
      },
      favours: n.favours.length ? ref(n.favours[0]) : null,
      favoursAll: n.favours.map(ref),
      reason: n.reason,
    }));
    const architecture = await this.architecture(perNeed, ranking, ref, shown);
    const reason = ranking.length ? null : [...new Set(perNeed.map((n) => n.reason).filter(Boolean))].join('; ') || 'no evidence';
    return { needs, ranking, architecture, explanation: explain(needs, architecture), reason, method: METHOD };
  }

  private async claimModels(evidence: EvidenceItem[]): Promise<Map<number, ClaimModel>> {
    const byTechnology = new Map<string, EvidenceItem[]>();
    for (const e of evidence) byTechnology.set(`${e.technologyId}|${e.supports}`, [...(byTechnology.get(`${e.technologyId}|${e.supports}`) ?? []), e]);
    const ids = new Set<number>();
    for (const list of byTechnology.values()) for (const e of mergeByClaim(list).slice(0, SHOWN_EVIDENCE)) if (e.claimId !== null) ids.add(e.claimId);
    const models = ids.size ? await this.claims.byIds([...ids]) : [];
    return new Map(models.map((c) => [c.id, c]));
  }

  private async architecture(perNeed: NeedResult[], ranking: { technology: RefModel; score: number }[], ref: (id: number) => RefModel, shown: Map<number, ClaimModel>): Promise<ArchitectureModel> {
    const order = new Map(ranking.map((r, i) => [r.technology.slug, i]));
    const winners = [...new Set(perNeed.flatMap((n) => n.favours))].sort((a, b) => (order.get(ref(a).slug) ?? 99) - (order.get(ref(b).slug) ?? 99));
    const partFor = (id: number) => {
      const served = perNeed.filter((n) => n.favours.includes(id));
      const because = mergeByClaim(served.flatMap((n) => n.evidence.filter((e) => e.technologyId === id && e.supports)))
        .flatMap((e) => (e.claimId !== null && shown.has(e.claimId) ? [shown.get(e.claimId)!] : []))
        .slice(0, 3);
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
    if (winners.length === 1) return { kind: 'SINGLE', parts: [partFor(winners[0])], advice: [] };
    return { kind: 'NONE', parts: [], advice: [] };
  }

  /** The knowledge, rebuilt when the data version moves (any committed write). */
  private knowledge(): Promise<Knowledge> {
    const version = this.dataVersion.current;
    if (this.cached?.version === version) return this.cached.knowledge;
    const knowledge = this.repository.knowledge(KNOWLEDGE_CLAIM_LIMIT).then(buildKnowledge);
    const entry = { version, knowledge };
    this.cached = entry;
    // A failed load is not kept: the next request tries again.
    knowledge.catch(() => {
      if (this.cached === entry) this.cached = null;
    });
    return knowledge;
  }
}

export function buildKnowledge(rows: KnowledgeRows): Knowledge {
  const compared = new Set(rows.compares.map((c) => c.technologyId));
  const compares = new Map<number, number[]>();
  for (const c of rows.compares) compares.set(c.sourceId, [...(compares.get(c.sourceId) ?? []), c.technologyId]);
  const parent = new Map(rows.technologies.map((t) => [t.id, t.parentId]));
  const ancestor = (id: number): number | null => {
    const seen = new Set<number>();
    for (let at: number | null | undefined = id; at != null && !seen.has(at); at = parent.get(at)) {
      if (compared.has(at)) return at;
      seen.add(at);
    }
    return null;
  };
  // A technology with no compared ancestor (JavaScript, TypeScript, WebSockets) counts for the
  // side the sources tie it to most often: the claims about that side that name it.
  const tiedTo = new Map<number, Map<number, number>>();
  for (const c of rows.claims) {
    const side = c.technologyId === null ? null : ancestor(c.technologyId);
    if (side === null) continue;
    for (const m of c.mentions) {
      const counts = tiedTo.get(m.technologyId) ?? new Map<number, number>();
      counts.set(side, (counts.get(side) ?? 0) + 1);
      tiedTo.set(m.technologyId, counts);
    }
  }
  const candidateOf = (id: number): number | null => {
    const a = ancestor(id);
    if (a !== null) return a;
    const counts = [...(tiedTo.get(id) ?? new Map<number, number>())].sort((x, y) => y[1] - x[1]);
    return counts.length && (counts.length === 1 || counts[0][1] > counts[1][1]) ? counts[0][0] : null;
  };

  const claims: KnowledgeClaim[] = rows.claims.map((c) => ({
    id: c.id, sourceId: c.sourceId, kind: c.kind, technologyId: c.technologyId, useCaseId: c.useCaseId, criterionId: c.criterionId,
    winnerId: c.winnerId, outcome: c.outcome, score: c.score, qualifiers: c.qualifiers, relatedIds: c.mentions.map((m) => m.technologyId),
    terms: new Set(terms(`${c.statement} ${c.quote}`)),
  }));
  const spaced = (slug: string) => slug.replace(/-/g, ' ');
  const topics: VocabularyEntry[] = [
    ...rows.useCases.map((u) => ({ kind: 'use_case' as const, id: u.id, slug: u.slug, name: u.name, names: [u.name, spaced(u.slug), ...u.aliases], keywords: u.keywords })),
    ...rows.criteria.filter((c) => !UNSPECIFIC_CRITERIA.has(c.slug)).map((c) => ({ kind: 'criterion' as const, id: c.id, slug: c.slug, name: c.name, names: [c.name, spaced(c.slug), ...c.aliases], keywords: c.keywords })),
  ];
  const technologies: VocabularyEntry[] = rows.technologies.map((t) => ({ kind: 'technology', id: t.id, slug: t.slug, name: t.name, names: [t.name, ...t.aliases], keywords: t.keywords }));
  const documents = [...claims.map((c) => [...c.terms]), ...[...topics, ...technologies].map((e) => [...e.names, ...e.keywords].flatMap((p) => terms(p)))];
  return { claims, compares, candidateOf, topics, technologies, weights: new TermWeights(documents) };
}

/** One entry per claim (a claim can reach a technology through several topics), heaviest first. */
function mergeByClaim(items: EvidenceItem[]): EvidenceItem[] {
  const merged = new Map<string, EvidenceItem>();
  for (const e of items) {
    const key = e.claimId === null ? `named:${e.through}` : `claim:${e.claimId}`;
    const prior = merged.get(key);
    merged.set(key, prior ? { ...prior, weight: round(prior.weight + e.weight) } : e);
  }
  return [...merged.values()].sort((a, b) => b.weight - a.weight);
}

function explain(needs: NeedModel[], architecture: ArchitectureModel): string {
  const perNeed = needs.map((n) =>
    n.favoursAll.length ? `for "${n.text}" the sources favour ${n.favoursAll.map((f) => f.name).join(' and ')}` : `for "${n.text}" the sources favour no technology (${n.reason})`,
  );
  const summary =
    architecture.kind === 'HYBRID'
      ? `A hybrid architecture: ${architecture.parts.map((p) => `${p.technology.name} for ${p.role}`).join(', ')}${architecture.advice.length ? `, as ${architecture.advice.length} claim(s) in the sources advise` : ''}.`
      : architecture.kind === 'SINGLE'
        ? `${architecture.parts[0].technology.name} alone covers these needs.`
        : 'The sources say nothing that decides these needs.';
  return `${perNeed.join('; ')}. ${summary}`.replace(/^./, (c) => c.toUpperCase());
}

const round = (n: number) => Math.round(n * 1000) / 1000;
