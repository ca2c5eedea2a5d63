/**
 * Scoring: from the topics and technologies a need matched to evidence for and against each
 * technology, and from that evidence to what the need favours. Pure.
 */
import { matchVocabulary, mentionRole, MIN_STRENGTH, type NeedText, type TermWeights, textStrength, type VocabularyEntry } from './need-matching.js';

/** How much one claim counts, by kind: a verdict or a scenario's pick over a listed use case or a pro. */
export const KIND_WEIGHTS: Record<string, number> = { verdict: 1, scenario: 1, use_case: 0.8, recommendation: 0.8, rating: 0.5, pro: 0.5, con: 0.5 };
/** A claim hedged by the source's own qualifiers ("sometimes", "for large applications") counts less. */
export const QUALIFIED_FACTOR = 0.7;
/** A technology the need names counts for itself or the compared technology it belongs to. */
export const NAMED_WEIGHT = 1.5;
/** The team's stated expertise ("our team only knows JavaScript") outweighs topic evidence. */
export const CONSTRAINT_WEIGHT = 4;
/** Within one source, one topic and one technology, claims after the strongest add this share. */
export const REPEAT_FACTOR = 0.25;
/** The favourite must lead the runner-up by this factor, else the need is undecided. */
export const LEAD_FACTOR = 1.15;
/** A topic decides a part of a split need when it matched this strongly and leans this clearly. */
const ASPECT_STRENGTH = 0.5;
const ASPECT_SHARE = 0.7;
/** ...and the second technology holds at least this share of the need's positive evidence. */
const SECOND_PART_SHARE = 0.35;

export interface KnowledgeClaim {
  id: number;
  sourceId: number;
  kind: string;
  technologyId: number | null;
  useCaseId: number | null;
  criterionId: number | null;
  winnerId: number | null;
  outcome: string | null;
  score: number | null;
  relatedIds: number[];
  qualifiers: string[];
  terms: Set<string>;
}

export interface Knowledge {
  claims: KnowledgeClaim[];
  /** The technologies each source compares. */
  compares: Map<number, number[]>;
  /** The compared technology a technology is, or belongs to (nearest ancestor); null if none. */
  candidateOf: (technologyId: number) => number | null;
  topics: VocabularyEntry[];
  technologies: VocabularyEntry[];
  weights: TermWeights;
}

export interface TopicMatch {
  kind: 'use_case' | 'criterion';
  id: number;
  slug: string;
  name: string;
  strength: number;
  words: string[];
  via: 'vocabulary' | 'claims';
}

export interface TechnologyMention {
  technologyId: number;
  slug: string;
  name: string;
  candidateId: number | null;
  strength: number;
  words: string[];
  negated: boolean;
  constraint: boolean;
}

export interface EvidenceItem {
  technologyId: number;
  claimId: number | null;
  weight: number;
  supports: boolean;
  /** The topic slug or named technology the item came through. */
  through: string;
}

export interface NeedAssessment {
  topics: TopicMatch[];
  mentions: TechnologyMention[];
  evidence: EvidenceItem[];
  /** Net evidence per technology (support minus dissent). */
  net: Map<number, number>;
  /** The technologies the need favours: one, two for a need whose parts lean apart, none when undecided. */
  favours: number[];
  reason: string | null;
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;

/** Topics: by vocabulary (names, aliases, keywords) and by the text of their claims; the stronger wins. */
export function matchTopics(need: NeedText, k: Knowledge): TopicMatch[] {
  const found = new Map<string, TopicMatch>();
  for (const m of matchVocabulary(need, k.topics, k.weights)) {
    const key = `${m.entry.kind}:${m.entry.id}`;
    found.set(key, { kind: m.entry.kind as TopicMatch['kind'], id: m.entry.id, slug: m.entry.slug, name: m.entry.name, strength: round3(m.strength), words: m.words, via: 'vocabulary' });
  }
  const byKey = new Map(k.topics.map((t) => [`${t.kind}:${t.id}`, t]));
  for (const claim of k.claims) {
    if (!KIND_WEIGHTS[claim.kind]) continue;
    const { strength, matched } = textStrength(need, claim.terms, k.weights);
    if (strength < MIN_STRENGTH) continue;
    for (const key of [claim.useCaseId !== null ? `use_case:${claim.useCaseId}` : null, claim.criterionId !== null ? `criterion:${claim.criterionId}` : null]) {
      const entry = key ? byKey.get(key) : undefined;
      if (!entry || (found.get(key!)?.strength ?? 0) >= strength) continue;
      found.set(key!, { kind: entry.kind as TopicMatch['kind'], id: entry.id, slug: entry.slug, name: entry.name, strength: round3(strength), words: matched, via: 'claims' });
    }
  }
  return dropSubsumed([...found.values()].sort((a, b) => b.strength - a.strength || a.slug.localeCompare(b.slug)));
}

/**
 * A topic matched only by words that a stronger-or-equal topic matched together with more
 * ("web application" inside "corporate web application") is that topic's by-product: dropped.
 */
export function dropSubsumed(topics: TopicMatch[]): TopicMatch[] {
  return topics.filter((t) => !topics.some((o) => o !== t && o.strength >= t.strength && o.words.length > t.words.length && t.words.every((w) => o.words.includes(w))));
}

export function matchTechnologies(need: NeedText, k: Knowledge): TechnologyMention[] {
  return matchVocabulary(need, k.technologies, k.weights).map((m) => {
    const role = mentionRole(need, m.words);
    return { technologyId: m.entry.id, slug: m.entry.slug, name: m.entry.name, candidateId: k.candidateOf(m.entry.id), strength: round3(m.strength), words: m.words, ...role };
  });
}

/** Evidence of the claims on the matched topics, each weighed by the topic's strength. */
export function topicEvidence(topics: TopicMatch[], k: Knowledge): EvidenceItem[] {
  const items: EvidenceItem[] = [];
  for (const topic of topics) {
    const on = k.claims.filter((c) => (topic.kind === 'use_case' ? c.useCaseId === topic.id : c.criterionId === topic.id) && KIND_WEIGHTS[c.kind]);
    const raw: EvidenceItem[] = [];
    const push = (technologyId: number | null, claim: KnowledgeClaim, weight: number, supports: boolean) => {
      const candidate = technologyId === null ? null : k.candidateOf(technologyId);
      if (candidate !== null) raw.push({ technologyId: candidate, claimId: claim.id, weight: weight * topic.strength * (claim.qualifiers.length ? QUALIFIED_FACTOR : 1), supports, through: topic.slug });
    };
    const ratings = new Map<number, KnowledgeClaim[]>();
    for (const c of on) {
      if (c.kind === 'verdict') {
        if (c.outcome !== 'win' || c.winnerId === null) continue;
        push(c.winnerId, c, KIND_WEIGHTS.verdict, true);
        const winner = k.candidateOf(c.winnerId);
        for (const other of k.compares.get(c.sourceId) ?? []) if (k.candidateOf(other) !== winner) push(other, c, KIND_WEIGHTS.verdict, false);
      } else if (c.kind === 'rating') {
        if (c.score !== null && c.technologyId !== null) ratings.set(c.sourceId, [...(ratings.get(c.sourceId) ?? []), c]);
      } else {
        push(c.technologyId, c, KIND_WEIGHTS[c.kind], c.kind !== 'con');
      }
    }
    // A source's ratings of two technologies on the criterion: the higher is evidence for, the lower against.
    for (const list of ratings.values()) {
      const best = Math.max(...list.map((c) => c.score!));
      const worst = Math.min(...list.map((c) => c.score!));
      if (best === worst) continue;
      for (const c of list) if (c.score === best || c.score === worst) push(c.technologyId, c, KIND_WEIGHTS.rating, c.score === best);
    }
    items.push(...diminishRepeats(raw, k));
  }
  return items;
}

/** One source saying the same thing ten times is not ten sources: repeats add REPEAT_FACTOR each. */
export function diminishRepeats(items: EvidenceItem[], k: Pick<Knowledge, 'claims'>): EvidenceItem[] {
  const sourceOf = new Map(k.claims.map((c) => [c.id, c.sourceId]));
  const groups = new Map<string, EvidenceItem[]>();
  for (const e of items) {
    const key = `${sourceOf.get(e.claimId ?? -1) ?? 'none'}|${e.through}|${e.technologyId}|${e.supports}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const out: EvidenceItem[] = [];
  for (const group of groups.values()) {
    group.sort((a, b) => b.weight - a.weight);
    group.forEach((e, i) => out.push({ ...e, weight: round3(i === 0 ? e.weight : e.weight * REPEAT_FACTOR) }));
  }
  return out;
}

export function mentionEvidence(mentions: TechnologyMention[], k: Knowledge): EvidenceItem[] {
  const items: EvidenceItem[] = [];
  for (const m of mentions) {
    if (m.candidateId === null) continue;
    // The claim that ties the named technology to its side, shown as the item's basis.
    const basis = k.claims.find((c) => (c.technologyId === m.technologyId || c.relatedIds.includes(m.technologyId)) && c.technologyId !== null && k.candidateOf(c.technologyId) === m.candidateId);
    const weight = round3((m.constraint ? CONSTRAINT_WEIGHT : NAMED_WEIGHT) * m.strength);
    items.push({ technologyId: m.candidateId, claimId: basis?.id ?? null, weight, supports: !m.negated, through: m.slug });
  }
  return items;
}

export function netOf(evidence: EvidenceItem[], restrictTo: Set<number> | null): Map<number, number> {
  const net = new Map<number, number>();
  for (const e of evidence) {
    if (restrictTo && !restrictTo.has(e.technologyId)) continue;
    net.set(e.technologyId, round3((net.get(e.technologyId) ?? 0) + (e.supports ? e.weight : -e.weight)));
  }
  return net;
}

/** The favourite when it has positive net evidence and leads the runner-up clearly. */
export function favourite(net: Map<number, number>): number | null {
  const ranked = [...net].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || ranked[0][1] <= 0) return null;
  if (ranked.length > 1 && ranked[1][1] > 0 && ranked[0][1] < ranked[1][1] * LEAD_FACTOR) return null;
  return ranked[0][0];
}

export function assessNeed(need: NeedText, k: Knowledge, among: Set<number> | null): NeedAssessment {
  const topics = matchTopics(need, k);
  const mentions = matchTechnologies(need, k);
  const evidence = [...topicEvidence(topics, k), ...mentionEvidence(mentions, k)].filter((e) => !among || among.has(e.technologyId));
  const net = netOf(evidence, among);
  if (!topics.length && !mentions.length) return { topics, mentions, evidence, net, favours: [], reason: 'no topic or technology in the knowledge base matches this need' };
  if (!evidence.length) return { topics, mentions, evidence, net, favours: [], reason: 'the matched topics have no evidence for the technologies considered' };
  const overall = favourite(net);
  // The team's stated expertise decides ("Pick the one your team knows best", 002).
  const constraint = mentions.find((m) => m.constraint && !m.negated && m.candidateId !== null && (!among || among.has(m.candidateId)));
  if (constraint) return { topics, mentions, evidence, net, favours: [constraint.candidateId!], reason: null };
  // A need whose strong use cases lean to different technologies ("a real-time dashboard for
  // ML predictions") is served by both, when the second holds a real share of the evidence.
  const aspects = new Set<number>();
  for (const t of topics) {
    if (t.kind !== 'use_case' || t.strength < ASPECT_STRENGTH) continue;
    const own = netOf(evidence.filter((e) => e.through === t.slug), among);
    const fav = favourite(own);
    const positive = [...own.values()].filter((v) => v > 0).reduce((a, b) => a + b, 0);
    if (fav !== null && own.get(fav)! / positive >= ASPECT_SHARE) aspects.add(fav);
  }
  for (const m of mentions) if (!m.negated && m.candidateId !== null && m.strength >= ASPECT_STRENGTH && (!among || among.has(m.candidateId))) aspects.add(m.candidateId);
  if (aspects.size > 1) {
    const positive = [...net.values()].filter((v) => v > 0).reduce((a, b) => a + b, 0);
    const ranked = [...aspects].sort((a, b) => (net.get(b) ?? 0) - (net.get(a) ?? 0));
    if ((net.get(ranked[1]) ?? 0) / positive >= SECOND_PART_SHARE) return { topics, mentions, evidence, net, favours: ranked.slice(0, 2), reason: null };
  }
  return { topics, mentions, evidence, net, favours: overall === null ? [] : [overall], reason: overall === null ? 'the evidence does not favour one technology clearly' : null };
}

export const METHOD =
  'Each need is normalised (lowercase, stop words dropped, abbreviations such as "ML" expanded, words stemmed) and matched to the ' +
  "taxonomy's use cases and criteria by their names, aliases and keywords, and to the text of their claims. A match's strength " +
  '(0..1) is 1 for an exact, specific phrase and falls with partial matches; words weigh by rarity (inverse document frequency ' +
  'over the knowledge base), so common words such as "platform" or "backend" count little. Technologies the need names count for ' +
  'the compared technology they belong to (pandas -> Python, Next.js -> Node.js); a stated team expertise counts heavily, a ' +
  'refusal ("not Python") against. Evidence on the matched topics, from every source and every compared pair: verdict 1, scenario 1, ' +
  'use case 0.8, recommendation 0.8, rating comparison 0.5, pro/con 0.5, times the topic\'s strength, times 0.7 when the source ' +
  'qualifies the claim; one source repeating itself on a topic adds a quarter per repeat. A need favours the technology with the ' +
  'most net evidence when it leads the runner-up by 15%; a need whose strong topics lean to different technologies favours both. ' +
  'Needs favouring different technologies give a hybrid architecture. No evidence gives an empty ranking with the reason.';
