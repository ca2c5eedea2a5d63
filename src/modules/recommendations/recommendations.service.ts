import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Bulkhead } from '../../common/concurrency/bulkhead.js';
import type { Environment } from '../../config/environment.js';
import { DataVersionService } from '../../infra/database/data-version.service.js';
import { DomainError, ErrorCode } from '../../common/errors/domain-error.js';
import { pageSize } from '../../common/pagination/page-size.js';
import { ADVICE_LIMIT, CITED_PER_SIDE, CLAIM_TEXT_MATCH_LIMIT, FULLY_CITED_RANKS } from './recommendation-limits.js';
import type { RefModel } from '../../common/models/refs.model.js';
import { ClaimsService } from '../claims/claims.service.js';
import { QUALIFIED_FACTOR } from '../claims/evidence-weights.js';
import type { ClaimModel } from '../claims/models/claim.model.js';
import { lookupKey } from '../taxonomy/lookup-key.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import type { RecommendationInput } from './dto/recommendation.input.js';
import type { ArchitectureModel, ArchitecturePartModel, EvidenceModel, NeedModel, RecommendationModel } from './models/recommendation.model.js';
import { terms } from '../../common/text/match-terms.js';
import { needText, type NeedText, TermWeights, type VocabularyEntry } from './need-matching.js';
import {
  assessNeed, type ClaimTextMatch, type CitedClaim, type EvidenceItem, KIND_WEIGHTS, type Knowledge, METHOD, type NeedAssessment,
  qualifyingTermSets, type TechnologyMention, type TopicEvidence, topicKey,
} from './recommendation-scoring.js';
import { CLAIM_KIND_WEIGHTS, claimTextEvidence, discussedTechnologies, lookupTerms, topicalTerms } from './claim-evidence.js';
import { RecommendationsRepository, type ClaimFactsRows, type SourceStatistics, type VocabularyRows } from './recommendations.repository.js';
import { explain, isThin } from './recommendation-explanation.js';
import { type Alternatives, alternativesOf, alternativeTerms, NO_ALTERNATIVES } from './need-expansion.js';
import { sharedWordNetLexicon, type WordNetLexicon } from '../../common/text/wordnet-lexicon.js';
import {
  type ArticleSentence, articleSentences, BM25, RANKED_SOURCES, pairAndAbove, route, routedCandidateOf, routedWins, type Route, routeWords, type SideNames, sentenceEvidence, sentenceMatches,
} from './source-routing.js';
import { rankByBm25, type WordHits, wordHitsBytes } from './source-ranking.js';
import { BoundedLoads } from '../../common/cache/bounded-loads.js';

/** Routed articles whose sentences are read when the pair's claims say too little. */
const ROUTED_TEXTS = 2;

/** `prefer` is a tie-breaker: it adds this much to the preferred technology's share. */
const PREFERENCE_BONUS = 0.05;

/**
 * Bytes of sources' word hits kept per data version (Dataset.sourceWords): 12 bytes per source
 * using a word, so at 10,000 sources (bench:scale) ~130 of the commonest words, any number of rare ones.
 */
const SOURCE_WORD_BYTES = 16 * 1024 * 1024;
/** Estimated bytes of routed articles' split sentences kept per data version (Dataset.articles): a few hundred articles of 10 KB. */
const ARTICLE_BYTES = 8 * 1024 * 1024;
/** Bytes of sources' compared technologies kept per data version (Dataset.compared): ~50 bytes a source. */
const COMPARED_BYTES = 1024 * 1024;

/**
 * What recommendations reason over, per data version: the vocabulary and what the database
 * counted over every claim (evidence per topic, ties of named technologies, term rarity). Its
 * size follows the taxonomy, not the number of claims.
 */
interface Dataset {
  knowledge: Omit<Knowledge, 'weights'>;
  /** Term rarity: the vocabulary counted here, the claims by the database (`frequencies`). */
  weights: TermWeights;
  /** The terms of every vocabulary phrase: the weights a need can ask for. */
  phraseTerms: string[][];
  /** Term -> in how many claims it occurs, filled as needs ask for terms. */
  frequencies: Map<string, number>;
  /** Terms of technology names and aliases: a need's mentions, not its topic. */
  technologyTerms: Set<string>;
  /** Topic key -> the terms of its names and aliases (a claim on the topic is matched by them too). */
  topicTerms: Map<string, string[]>;
  /** The sources' count and mean length: what ranking them for a need (source routing) normalises by. */
  sources: SourceStatistics;
  /**
   * Word -> the sources using it (rarity, per source its rank and length): what ranking sources
   * for a need reads, read from the database once per word; at most SOURCE_WORD_BYTES, least
   * recently used out first (each word's arrays are 12 bytes a source using it).
   */
  sourceWords: BoundedLoads<string, WordHits>;
  /** Source id -> the technologies it compares (of the sources ranked for needs); at most COMPARED_BYTES. */
  compared: BoundedLoads<number, number[]>;
  /** Source id -> its title and body split into sentences with their terms (routed articles read by sentenceEvidence); at most ~ARTICLE_BYTES. */
  articles: BoundedLoads<number, ArticleSentence[]>;
  /** The compared technology a technology is or descends from (no ties by mention): buildKnowledge. */
  ancestorOf: (technologyId: number) => number | null;
  parentOf: (technologyId: number) => number | null;
}

/**
 * How one need was decided, for diagnostics (the eval's breakdown by routing): the sources it was
 * routed to (best first; empty when not routed or asked `among`), and what decided it: the claims
 * of every pair, the routed pair's claims, or the routed articles' sentences.
 */
export interface NeedTrace {
  need: string;
  routedSourceIds: number[];
  decidedBy: 'claims' | 'pair-claims' | 'article-text';
  favours: number[];
}

interface NeedResult extends NeedAssessment {
  text: string;
  textMatchesCut: boolean;
  /** Decided by the routed articles' sentences, the pair's claims saying too little. */
  fromArticleText: boolean;
}

/**
 * Recommendations from free text, without an external model. See METHOD (also in the response
 * and the API docs): needs are matched to topics and named technologies by relevance, the
 * claims on those topics are weighed evidence, and needs favouring different technologies give
 * the hybrid architecture, cited with the sources' own advice on combining them.
 */
@Injectable()
export class RecommendationsService {
  /** One load per data version, shared by concurrent requests (a cold burst counts the claims once). */
  private cached: { version: number; dataset: Promise<Dataset> } | null = null;
  /** Synonyms and broader terms for needs' words (null without the dictionary: needs then match by their own words only). */
  private readonly lexicon: WordNetLexicon | null = sharedWordNetLexicon();
  /**
   * Answers computed at once. One answer at 1,000,000 claims allocates ~17 MB (the evidence of
   * every matched topic) over 50-100 ms of CPU with database waits between, so concurrent
   * answers interleave and hold their working sets together: 32 at once took the process past
   * its 128 MB heap (bench:scale 2026-12-03, SIGABRT). A few at a time keep both cores busy.
   */
  private readonly computing: Bulkhead;

  constructor(
    private readonly repository: RecommendationsRepository,
    private readonly claims: ClaimsService,
    private readonly taxonomy: TaxonomyService,
    private readonly dataVersion: DataVersionService,
    config: ConfigService<Environment, true>,
  ) {
    this.computing = new Bulkhead('recommendations', config.get('KB_RECOMMENDATIONS_AT_ONCE', { infer: true }), config.get('KB_RECOMMENDATIONS_QUEUED', { infer: true }));
  }

  /** `trace` is told how each need was decided (diagnostics: the eval's breakdown by routing). */
  recommend(input: RecommendationInput, trace?: (t: NeedTrace) => void): Promise<RecommendationModel> {
    return this.computing.run(() => this.compute(input, trace));
  }

  private async compute(input: RecommendationInput, trace?: (t: NeedTrace) => void): Promise<RecommendationModel> {
    const [dataset, index] = await Promise.all([this.dataset(), this.taxonomy.index()]);
    const byId = index.byId.technologies;
    const resolve = (value: string, field: string) => {
      const id = index.technologies.get(lookupKey(value))?.id;
      if (id === undefined) throw new DomainError(ErrorCode.UNKNOWN_REFERENCE, `unknown technology '${value}'`, [{ field, message: `unknown technology '${value}'` }]);
      return id;
    };
    const kc = dataset.knowledge;
    const preferId = input.prefer ? resolve(input.prefer, 'prefer') : undefined;
    const among = input.among?.length ? new Set(input.among.map((v) => kc.candidateOf(resolve(v, 'among')) ?? resolve(v, 'among'))) : null;
    const ref = (id: number): RefModel => ({ slug: byId.get(id)?.slug ?? String(id), name: byId.get(id)?.name ?? String(id) });

    const decide = async (text: string): Promise<{ result: NeedResult; routed: Route | null; decidedBy: NeedTrace['decidedBy'] }> => {
      const need = needText(text);
      const topical = topicalTerms(need, dataset.technologyTerms);
      const alternatives = this.lexicon ? alternativesOf(need, topical, (w) => this.lexicon!.related(w)) : NO_ALTERNATIVES;
      const [weights, routed] = await Promise.all([this.weightsFor(dataset, need, alternativeTerms(alternatives)), among ? null : this.route(dataset, need, topical, alternatives)]);
      const k: Knowledge = { ...kc, weights };
      // topic matches by the claims' words do not depend on which technologies are weighed: read once
      const textMatches = this.claimTextMatches(need, k.weights);
      const assess = async (within: Set<number> | null, knowledge = k, context: number[] = []) => {
        const [{ matches, cut }, claimText] = await Promise.all([textMatches, this.claimTextEvidence(dataset, need, within, alternatives, context)]);
        return { matches, claimText, result: { text, textMatchesCut: cut || claimText.cut, fromArticleText: false, ...assessNeed(need, knowledge, within, matches, claimText.items, claimText.discussed) } };
      };
      const across = await assess(among);
      const above = routed ? pairAndAbove(routed.candidates, dataset.parentOf) : new Set<number>();
      if (!routed || !routedWins(across.result, routed, above)) return { result: across.result, routed, decidedBy: 'claims' };
      // Routed: the need is weighed within the technologies its best-matching article compares,
      // and those of a stated constraint ("our team only knows X") or of a named library that
      // counts for a side (pandas -> Python). A compared technology merely named stays out: it is
      // context ("queries kept in InfluxDB" asks which of the routed pair's two languages).
      // A named technology tied by the sources' mentions to the pair or its platform is context, no
      // side (routedCandidateOf; dev corpus 54 -> 57 of 123, Node.js/Python needs with the corpus
      // published unchanged at 53 of 70; dropping every mere tie gave 59 but cost those needs 2).
      const constraints = new Set(across.result.mentions.filter((m) => m.constraint && !m.negated).map((m) => m.technologyId));
      const sideOf = routedCandidateOf(kc.candidateOf, dataset.ancestorOf, constraints, routed.candidates, above);
      const counts = (m: TechnologyMention) => sideOf(m.technologyId) !== null && !m.negated && (m.constraint || m.technologyId !== sideOf(m.technologyId));
      const within = new Set([...routed.candidates, ...across.result.mentions.flatMap((m) => (counts(m) ? [sideOf(m.technologyId)!] : []))]);
      // A technology the need names that counts for no side (the platform of the pair: "a query in
      // X" routed to X's two query languages) is in most of the pair's claims: its name matches none.
      const context = across.result.mentions.flatMap((m) => (sideOf(m.technologyId) === null || !within.has(sideOf(m.technologyId)!) ? [m.technologyId] : []));
      const { matches, claimText, result } = await assess(within, { ...k, candidateOf: sideOf }, context);
      if (result.favours.length && !isThin(result)) return { result, routed, decidedBy: 'pair-claims' };
      // The pair's claims say little: the routed articles' own sentences that match the need and name one side.
      const sentences = await this.sentenceEvidence(dataset, topical, alternatives, routed);
      if (!sentences.length) return { result, routed, decidedBy: 'pair-claims' };
      const reassessed = assessNeed(need, { ...k, candidateOf: sideOf }, within, matches, [...claimText.items, ...sentences], claimText.discussed);
      return { result: { ...result, ...reassessed, fromArticleText: reassessed.favours.length > 0 }, routed, decidedBy: 'article-text' };
    };
    const perNeed: NeedResult[] = await Promise.all(
      input.needs.map(async (text) => {
        const { result, routed, decidedBy } = await decide(text);
        trace?.({ need: text, routedSourceIds: routed?.sourceIds ?? [], decidedBy, favours: result.favours });
        return result;
      }),
    );
    const candidates = [...new Set(perNeed.flatMap((n) => n.evidence.map((e) => e.technologyId)))];
    const scored = candidates
      .map((id) => {
        const share = perNeed.reduce((sum, n) => {
          const positive = [...n.net.values()].filter((v) => v > 0).reduce((a, b) => a + b, 0);
          return sum + (positive ? Math.max(n.net.get(id) ?? 0, 0) / positive : 0);
        }, 0) / perNeed.length + (id === preferId ? PREFERENCE_BONUS : 0);
        return { id, technology: ref(id), score: round(share) };
      })
      .sort((a, b) => b.score - a.score || a.technology.slug.localeCompare(b.technology.slug));
    const size = pageSize(input.limit, 'limit');
    // The heaviest claims per side: a few for the leaders, the heaviest one for the rest.
    const bySide = new Map<string, EvidenceItem[]>();
    for (const e of perNeed.flatMap((n) => n.evidence)) {
      const key = `${e.technologyId}|${e.supports}`;
      bySide.set(key, bySide.get(key)?.concat(e) ?? [e]);
    }
    const citedOf = (id: number, rank: number) => {
      const count = rank < FULLY_CITED_RANKS ? CITED_PER_SIDE : 1;
      const side = (supports: boolean) => mergeByClaim(bySide.get(`${id}|${supports}`) ?? []).slice(0, count);
      return { supporting: side(true), dissenting: side(false) };
    };
    const ranked = scored.slice(0, size).map((r, rank) => ({ ...r, ...citedOf(r.id, rank) }));
    const parts = this.architectureParts(perNeed, scored);
    const shown = await this.claimModels([...ranked.flatMap((r) => [...r.supporting, ...r.dissenting]), ...parts.flatMap((p) => p.because)]);
    const models = (list: CitedWeight[]) => list.flatMap((e) => (e.claimId !== null && shown.has(e.claimId) ? [shown.get(e.claimId)!] : []));
    const evidenceModel = (e: CitedWeight): EvidenceModel => ({ claim: e.claimId === null ? null : (shown.get(e.claimId) ?? null), weight: e.weight, through: e.through });
    const ranking = ranked.map((r) => ({
      technology: r.technology,
      score: r.score,
      supporting: models(r.supporting),
      dissenting: models(r.dissenting),
      supportingEvidence: r.supporting.map(evidenceModel),
      dissentingEvidence: r.dissenting.map(evidenceModel),
    }));

    const needs: NeedModel[] = perNeed.map((n) => ({
      text: n.text,
      matched: {
        topics: n.topics,
        technologies: n.mentions.map((m) => ({ technology: ref(m.technologyId), countsFor: m.candidateId === null ? null : ref(m.candidateId), strength: m.strength, words: m.words, negated: m.negated, constraint: m.constraint })),
        useCases: n.topics.filter((t) => t.kind === 'use_case').map((t) => ({ slug: t.slug, name: t.name })),
        criteria: n.topics.filter((t) => t.kind === 'criterion').map((t) => ({ slug: t.slug, name: t.name })),
        textMatchesCut: n.textMatchesCut,
      },
      favours: n.favours.length ? ref(n.favours[0]) : null,
      favoursAll: n.favours.map(ref),
      reason: n.reason,
    }));
    const architecture = await this.architecture(parts.map((p) => p.id), parts.map((p) => ({ technology: ref(p.id), role: p.role, because: models(p.because) })));
    const reason = ranking.length ? null : [...new Set(perNeed.map((n) => n.reason).filter(Boolean))].join('; ') || 'no evidence';
    const thin = new Set(perNeed.filter((n) => n.fromArticleText || isThin(n)).map((n) => n.text));
    const fromArticleText = new Set(perNeed.filter((n) => n.fromArticleText).map((n) => n.text));
    return { needs, ranking, rankingTotal: scored.length, architecture, explanation: explain(needs, architecture, thin, fromArticleText), reason, method: METHOD };
  }

  private async claimModels(cited: CitedWeight[]): Promise<Map<number, ClaimModel>> {
    const ids = [...new Set(cited.flatMap((e) => (e.claimId === null ? [] : [e.claimId])))];
    const models = ids.length ? await this.claims.byIds(ids) : [];
    return new Map(models.map((c) => [c.id, c]));
  }

  /** The technologies the needs favour, in ranking order, each with the needs it serves and its heaviest supporting claims for them. */
  private architectureParts(perNeed: NeedResult[], scored: { id: number }[]): { id: number; role: string; because: CitedWeight[] }[] {
    const order = new Map(scored.map((r, i) => [r.id, i]));
    const winners = [...new Set(perNeed.flatMap((n) => n.favours))].sort((a, b) => (order.get(a) ?? 99) - (order.get(b) ?? 99));
    return winners.map((id) => {
      const served = perNeed.filter((n) => n.favours.includes(id));
      const because = mergeByClaim(served.flatMap((n) => n.evidence.filter((e) => e.technologyId === id && e.supports))).filter((e) => e.claimId !== null).slice(0, CITED_PER_SIDE);
      return { id, role: served.map((n) => n.text).join('; '), because };
    });
  }

  private async architecture(winners: number[], parts: ArchitecturePartModel[]): Promise<ArchitectureModel> {
    if (parts.length > 1) {
      const adviceIds = await this.repository.adviceClaimIds(winners, ADVICE_LIMIT);
      const advice = adviceIds.length ? (await this.claims.byIds(adviceIds)).sort((a, b) => a.id - b.id) : [];
      return { kind: 'HYBRID', parts, advice };
    }
    if (parts.length === 1) return { kind: 'SINGLE', parts, advice: [] };
    return { kind: 'NONE', parts: [], advice: [] };
  }

  /**
   * Rarity weights for one need: the vocabulary's documents counted here, the claims by the
   * database, for the terms the need can reach (its own and those of vocabulary phrases sharing
   * one of them); counts are kept per data version.
   */
  private async weightsFor(dataset: Dataset, need: NeedText, standIns: string[]): Promise<TermWeights> {
    const own = new Set(need.terms);
    const wanted = new Set([...own, ...standIns]);
    for (const phrase of dataset.phraseTerms) if (phrase.some((t) => own.has(t))) for (const t of phrase) wanted.add(t);
    const missing = [...wanted].filter((t) => !dataset.frequencies.has(t));
    if (missing.length) for (const { term, count } of await this.repository.termFrequencies(missing)) dataset.frequencies.set(term, count);
    return dataset.weights;
  }

  /** The topics of evidence claims whose text covers enough of the need (looked up by the GIN index on match_terms). */
  private async claimTextMatches(need: NeedText, weights: TermWeights): Promise<{ matches: ClaimTextMatch[]; cut: boolean }> {
    const all = [...new Set(need.terms)];
    if (all.length < 2) return { matches: [], cut: false };
    return this.repository.claimTextMatches(Object.keys(KIND_WEIGHTS), all, qualifyingTermSets(need, weights), CLAIM_TEXT_MATCH_LIMIT);
  }

  /** Evidence from the claims whose own words match the need (claim-evidence.ts). */
  private async claimTextEvidence(dataset: Dataset, need: NeedText, among: Set<number> | null, alternatives: Alternatives, context: number[] = []): Promise<{ items: EvidenceItem[]; discussed: number[]; cut: boolean }> {
    // Within a pair, another technology the need names ("runs on K8s") is what it is about, unless it is the pair's context.
    const technologyTerms = among ? new Set([...this.pairTerms(dataset, among), ...this.nameTerms(dataset, context)]) : dataset.technologyTerms;
    const terms = lookupTerms(need, dataset.weights, technologyTerms, alternatives);
    if (!terms.length) return { items: [], discussed: [], cut: false };
    const wanted = new Set(terms);
    const topics = { useCaseIds: [] as number[], criterionIds: [] as number[] };
    for (const [key, names] of dataset.topicTerms) {
      if (!names.some((t) => wanted.has(t))) continue;
      const [kind, id] = key.split(':');
      (kind === 'use_case' ? topics.useCaseIds : topics.criterionIds).push(Number(id));
    }
    const { rows, cut } = await this.repository.relevantClaims(Object.keys(CLAIM_KIND_WEIGHTS), terms, topics, CLAIM_TEXT_MATCH_LIMIT, among ? [...among] : null);
    const input = { need, weights: dataset.weights, technologyTerms, topicTerms: dataset.topicTerms, candidateOf: dataset.knowledge.candidateOf, among, alternatives };
    return { items: claimTextEvidence(input, rows), discussed: discussedTechnologies(input, rows), cut };
  }

  /** The sources whose text matches the need best, and the technologies they compare (source-routing.ts). */
  private async route(dataset: Dataset, need: NeedText, topical: string[], alternatives: Alternatives): Promise<Route | null> {
    const words = routeWords(need, topical, alternatives);
    if (!words.length || !dataset.sources.count) return route([], 0, dataset.knowledge.candidateOf);
    const hits = await dataset.sourceWords.getMany(words.map((w) => w.word));
    const { rows, possible } = rankByBm25(words, hits, dataset.sources.meanLength, BM25, RANKED_SOURCES);
    const compared = await dataset.compared.getMany(rows.map((r) => r.sourceId));
    return route(rows.map((r) => ({ ...r, compared: compared.get(r.sourceId) ?? [] })), possible, dataset.knowledge.candidateOf);
  }

  /** Evidence from the sentences of the routed articles (the best two) that match the need and name one side of their pair. */
  private async sentenceEvidence(dataset: Dataset, topical: string[], alternatives: Alternatives, routed: Route): Promise<EvidenceItem[]> {
    const { technologies, candidateOf } = dataset.knowledge;
    const sides: SideNames[] = [...routed.candidates].map((id) => ({
      technologyId: id,
      names: technologies.filter((t) => t.id === id || candidateOf(t.id) === id).flatMap((t) => t.names.map((n) => terms(n))),
    }));
    const read = routed.sourceIds.slice(0, ROUTED_TEXTS);
    const articles = await dataset.articles.getMany(read);
    return sentenceEvidence(sentenceMatches(topical, dataset.weights, alternatives, read.flatMap((id) => (articles.has(id) ? [articles.get(id)!] : [])), sides), sides);
  }

  /** The one-word name terms of these technologies. */
  private nameTerms(dataset: Dataset, ids: number[]): string[] {
    const wanted = new Set(ids);
    return dataset.knowledge.technologies.filter((t) => wanted.has(t.id)).flatMap((t) => t.names.map((n) => terms(n)).filter((ts) => ts.length === 1).flat());
  }

  /** The one-word name terms of the technologies that count for one of `among`. */
  private pairTerms(dataset: Dataset, among: Set<number>): Set<string> {
    const { technologies, candidateOf } = dataset.knowledge;
    return new Set(technologies.filter((t) => among.has(t.id) || among.has(candidateOf(t.id) ?? -1)).flatMap((t) => t.names.map((n) => terms(n)).filter((ts) => ts.length === 1).flat()));
  }

  /** The dataset, rebuilt when the data version moves (any committed write). */
  private dataset(): Promise<Dataset> {
    const version = this.dataVersion.current;
    if (this.cached?.version === version) return this.cached.dataset;
    const dataset = this.loadDataset();
    const entry = { version, dataset };
    this.cached = entry;
    // A failed load is not kept: the next request tries again.
    dataset.catch(() => {
      if (this.cached === entry) this.cached = null;
    });
    return dataset;
  }

  private async loadDataset(): Promise<Dataset> {
    const [vocabulary, facts, sources] = await Promise.all([this.repository.vocabulary(), this.repository.claimFacts(), this.repository.sourceStatistics()]);
    const base = buildKnowledge(vocabulary, facts);
    const weighing = {
      kindWeights: KIND_WEIGHTS, qualifiedFactor: QUALIFIED_FACTOR, citedPerSide: CITED_PER_SIDE,
      candidates: new Map(vocabulary.technologies.flatMap((t) => { const c = base.candidateOf(t.id); return c === null ? [] : [[t.id, c] as [number, number]]; })),
    };
    const rows = (await Promise.all([this.repository.topicEvidence(weighing, 'use_case'), this.repository.topicEvidence(weighing, 'criterion')])).flat();
    const evidence = new Map<string, TopicEvidence>();
    for (const r of rows) {
      const key = topicKey(r.topicKind, r.topicId);
      const on = evidence.get(key) ?? { groups: [], cited: [] };
      evidence.set(key, on);
      if (r.claimId === null) {
        const group = on.groups.find((g) => g.technologyId === r.technologyId && g.supports === r.supports && g.kind === r.kind && g.qualified === r.qualified);
        if (group) group[r.repeat ? 'repeats' : 'firsts'] += r.count;
        else on.groups.push({ technologyId: r.technologyId, supports: r.supports, kind: r.kind, qualified: r.qualified, firsts: r.repeat ? 0 : r.count, repeats: r.repeat ? r.count : 0 });
      } else {
        on.cited.push({ technologyId: r.technologyId, supports: r.supports, claimId: r.claimId, kind: r.kind, qualified: r.qualified, repeat: r.repeat } satisfies CitedClaim);
      }
    }
    const vocabularyDocuments = [...base.topics, ...base.technologies].map((e) => [...e.names, ...e.keywords].flatMap((p) => terms(p)));
    const phraseTerms = [...base.topics, ...base.technologies].flatMap((e) => [...e.names, ...e.keywords].map((p) => terms(p)));
    const frequencies = new Map<string, number>();
    const weights = TermWeights.withCounted(vocabularyDocuments, { documents: facts.claimCount, frequencies });
    // one-word names only: the words of "Service Bus queues" are also everyday topic words
    const technologyTerms = new Set(base.technologies.flatMap((t) => t.names.map((n) => terms(n)).filter((ts) => ts.length === 1).flat()));
    const topicTerms = new Map(base.topics.map((t) => [topicKey(t.kind as 'use_case' | 'criterion', t.id), [...new Set(t.names.flatMap((n) => terms(n)))]]));
    const { ancestorOf, parentOf, ...knowledge } = base;
    const sourceWords = new BoundedLoads<string, WordHits>(SOURCE_WORD_BYTES, wordHitsBytes, async (words) => new Map((await this.repository.sourceWordHits(words, sources.count)).map(({ word, ...hits }) => [word, hits])));
    const articles = new BoundedLoads<number, ArticleSentence[]>(ARTICLE_BYTES, articleBytes, async (ids) => new Map((await this.repository.sourceTexts(ids)).map((t) => [t.id, articleSentences(`${t.title}\n${t.body}`)])));
    const compared = new BoundedLoads<number, number[]>(COMPARED_BYTES, (ids) => 40 + 8 * ids.length, (ids) => this.repository.comparedBy(ids));
    return { knowledge: { ...knowledge, evidence }, ancestorOf, parentOf, weights, phraseTerms, frequencies, technologyTerms, topicTerms, sources, sourceWords, compared, articles };
  }
}

/** A cited claim with the topic or named technology it came through. */
interface CitedWeight {
  claimId: number | null;
  weight: number;
  through: string;
}

/** The vocabulary as topics and technologies, and which compared technology each technology counts for. */
export function buildKnowledge(rows: VocabularyRows, facts: ClaimFactsRows): Omit<Knowledge, 'weights' | 'evidence'> & { ancestorOf: (technologyId: number) => number | null; parentOf: (technologyId: number) => number | null } {
  const compared = new Set(facts.comparedIds);
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
  for (const t of facts.ties) {
    const side = ancestor(t.subjectId);
    if (side === null || !t.mentions) continue;
    const counts = tiedTo.get(t.technologyId) ?? new Map<number, number>();
    counts.set(side, (counts.get(side) ?? 0) + t.mentions);
    tiedTo.set(t.technologyId, counts);
  }
  const candidateOf = (id: number): number | null => {
    const a = ancestor(id);
    if (a !== null) return a;
    const counts = [...(tiedTo.get(id) ?? new Map<number, number>())].sort((x, y) => y[1] - x[1]);
    return counts.length && (counts.length === 1 || counts[0][1] > counts[1][1]) ? counts[0][0] : null;
  };
  // The first claim tying a technology to a side: about it, or naming it, with a subject on that side.
  const basis = new Map<number, Map<number, number>>();
  for (const t of facts.ties) {
    const side = candidateOf(t.subjectId);
    if (side === null) continue;
    const sides = basis.get(t.technologyId) ?? new Map<number, number>();
    sides.set(side, Math.min(sides.get(side) ?? Infinity, t.firstClaimId));
    basis.set(t.technologyId, sides);
  }
  const spaced = (slug: string) => slug.replace(/-/g, ' ');
  const topics: VocabularyEntry[] = [
    ...rows.useCases.map((u) => ({ kind: 'use_case' as const, id: u.id, slug: u.slug, name: u.name, names: [u.name, spaced(u.slug), ...u.aliases], keywords: u.keywords })),
    // criteria about everything (the overall verdict, "best for") match no need by themselves: `unspecific` on the taxonomy entry
    ...rows.criteria.filter((c) => !c.unspecific).map((c) => ({ kind: 'criterion' as const, id: c.id, slug: c.slug, name: c.name, names: [c.name, spaced(c.slug), ...c.aliases], keywords: c.keywords })),
  ];
  const technologies: VocabularyEntry[] = rows.technologies.map((t) => ({
    kind: 'technology', id: t.id, slug: t.slug, name: t.name, names: [t.name, ...t.aliases], keywords: t.keywords, commonWordNames: new Set(t.commonWordNames.map((n) => n.toLowerCase())),
  }));
  return { basis, candidateOf, ancestorOf: ancestor, parentOf: (id) => parent.get(id) ?? null, topics, technologies };
}

/** One entry per claim (a claim can reach a technology through several topics), heaviest first. */
function mergeByClaim(items: EvidenceItem[]): CitedWeight[] {
  const merged = new Map<string, CitedWeight>();
  for (const e of items) {
    for (const c of e.claims) {
      const key = c.claimId === null ? `named:${e.through}` : `claim:${c.claimId}`;
      const prior = merged.get(key);
      merged.set(key, prior ? { ...prior, weight: round(prior.weight + c.weight) } : { claimId: c.claimId, weight: c.weight, through: e.through });
    }
  }
  return [...merged.values()].sort((a, b) => b.weight - a.weight || (a.claimId ?? 0) - (b.claimId ?? 0));
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Roughly what an article's split sentences hold: their characters (twice: the sentence, its terms) and an object and array each. */
function articleBytes(sentences: ArticleSentence[]): number {
  return sentences.reduce((n, s) => n + 2 * s.sentence.length + 16 * s.terms.length + 96, 0);
}
