/**
 * Scoring: from the topics and technologies a need matched to evidence for and against each
 * technology, and from that evidence to what the need favours. Pure.
 */
import { QUALIFIED_FACTOR } from '../claims/evidence-weights.js';
import { matchVocabulary, mentionRole, MIN_STRENGTH, type NeedText, type TermWeights, textStrength, type VocabularyEntry } from './need-matching.js';

/** How much one claim counts, by kind: a verdict or a scenario's pick over a listed use case or a pro. */
export const KIND_WEIGHTS: Record<string, number> = { verdict: 1, scenario: 1, use_case: 0.8, recommendation: 0.8, rating: 0.5, pro: 0.5, con: 0.5 };
/** A technology the need names counts for itself or the compared technology it belongs to. */
export const NAMED_WEIGHT = 1.5;
/** The team's stated expertise ("our team only knows JavaScript") outweighs topic evidence. */
export const CONSTRAINT_WEIGHT = 4;
/** Within one source, one topic and one technology, claims after the strongest add this share. */
export const REPEAT_FACTOR = 0.25;
/** The favourite must lead the runner-up by this factor, else the need is undecided. */
export const LEAD_FACTOR = 1.15;
/** Topic matches below this strength are hints (a single keyword caps at 0.45). */
export const STRONG_TOPIC = 0.5;
/** What the evidence of a weakly matched topic counts (dev corpus: 1 and 0.3 gave the same top-1, 0.3 fewer off-topic answers; 0.1 cost 2 regression needs on the full knowledge base). */
export const WEAK_TOPIC_FACTOR = 0.3;
/**
 * When claims whose own words match the need speak about some technologies, the evidence of the
 * taxonomy's topics and of technologies tied to a side by a mention counts this much for any
 * other technology: a topic's claims come from every pair, and a shared word ("API", "write")
 * must not make a technology the need's articles never discuss win. Dev corpus: 0 -> 32 of 123
 * right, 0.3 -> 30 (Node.js/Python needs with the corpus published 55 and 56 of 70).
 */
export const OFF_TOPIC_FACTOR = 0;
/**
 * A topic matched this strongly (its name, specific words) keeps its evidence for every
 * technology: with the corpus published, Node.js/Python needs 50 -> 56 of 70 right (0.65 the
 * same), dev 31 -> 30 of 123.
 */
export const CERTAIN_TOPIC = 0.8;
/** A topic decides a part of a split need when it matched this strongly and leans this clearly. */
const ASPECT_STRENGTH = 0.5;
const ASPECT_SHARE = 0.7;
/** ...and the second technology holds at least this share of the need's positive evidence. */
const SECOND_PART_SHARE = 0.35;

/**
 * The evidence on one topic, counted by the database (the recommendations repository) over every
 * claim, as groups of equal weight. Within one source, one topic, one technology and one side,
 * the heaviest claim counts fully and the others are repeats (REPEAT_FACTOR): which is which does
 * not depend on the need (its strength multiplies them all alike), so this is per dataset.
 */
export interface TopicEvidenceGroup {
  /** The compared technology the claims count for (candidateOf). */
  technologyId: number;
  supports: boolean;
  kind: string;
  qualified: boolean;
  firsts: number;
  repeats: number;
}

/** One of the heaviest claims of a topic for a technology and side: what an answer cites. */
export interface CitedClaim {
  technologyId: number;
  supports: boolean;
  claimId: number;
  kind: string;
  qualified: boolean;
  repeat: boolean;
}

export interface TopicEvidence {
  groups: TopicEvidenceGroup[];
  /** At most a few per technology and side, heaviest first. */
  cited: CitedClaim[];
}

/** The claims on a topic that share enough of a need's terms: their topic and the shared terms (database-matched). */
export interface ClaimTextMatch {
  useCaseId: number | null;
  criterionId: number | null;
  terms: string[];
}

export interface Knowledge {
  /** Evidence per topic, keyed `use_case:<id>` or `criterion:<id>`. */
  evidence: Map<string, TopicEvidence>;
  /** Per technology, per compared technology it counts for: the first claim that ties the two (about it or naming it). */
  basis: Map<number, Map<number, number>>;
  /** The compared technology a technology is, or belongs to (nearest ancestor); null if none. */
  candidateOf: (technologyId: number) => number | null;
  topics: VocabularyEntry[];
  technologies: VocabularyEntry[];
  weights: TermWeights;
}

export const topicKey = (kind: 'use_case' | 'criterion', id: number) => `${kind}:${id}`;

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

/** The evidence a need gives one technology through one topic or named technology. */
export interface EvidenceItem {
  technologyId: number;
  /** The summed weight of every claim behind it. */
  weight: number;
  supports: boolean;
  /** The topic slug or named technology the item came through. */
  through: string;
  /** The heaviest claims behind the weight, each with its own share (null: a named technology no claim ties to its side). */
  claims: { claimId: number | null; weight: number }[];
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
export function matchTopics(need: NeedText, k: Knowledge, claimMatches: ClaimTextMatch[]): TopicMatch[] {
  const found = new Map<string, TopicMatch>();
  for (const m of matchVocabulary(need, k.topics, k.weights)) {
    const key = `${m.entry.kind}:${m.entry.id}`;
    found.set(key, { kind: m.entry.kind as TopicMatch['kind'], id: m.entry.id, slug: m.entry.slug, name: m.entry.name, strength: round3(m.strength), words: m.words, via: 'vocabulary' });
  }
  const byKey = new Map(k.topics.map((t) => [`${t.kind}:${t.id}`, t]));
  for (const claim of claimMatches) {
    const { strength, matched } = textStrength(need, new Set(claim.terms), k.weights);
    if (strength < MIN_STRENGTH) continue;
    for (const key of [claim.useCaseId !== null ? topicKey('use_case', claim.useCaseId) : null, claim.criterionId !== null ? topicKey('criterion', claim.criterionId) : null]) {
      const entry = key ? byKey.get(key) : undefined;
      if (!entry || (found.get(key!)?.strength ?? 0) >= strength) continue;
      found.set(key!, { kind: entry.kind as TopicMatch['kind'], id: entry.id, slug: entry.slug, name: entry.name, strength: round3(strength), words: matched, via: 'claims' });
    }
  }
  return dropSubsumed([...found.values()].sort((a, b) => b.strength - a.strength || a.slug.localeCompare(b.slug)));
}

/**
 * The sets of a need's terms a claim must contain (all of one of them) for its text to match
 * the need: the smallest sets textStrength accepts. The database looks claims up by these (an
 * index lookup of a few rare terms instead of a scan); null when the need has too many terms to
 * enumerate, and then any claim sharing two terms is looked at.
 */
export function qualifyingTermSets(need: NeedText, weights: TermWeights, maxTerms = 12): string[][] | null {
  const all = [...new Set(need.terms)];
  if (all.length > maxTerms) return null;
  const qualifies = (set: string[]) => textStrength(need, new Set(set), weights).strength >= MIN_STRENGTH;
  const out: string[][] = [];
  for (let mask = 1; mask < 1 << all.length; mask++) {
    const set = all.filter((_, i) => mask & (1 << i));
    if (set.length < 2 || !qualifies(set)) continue;
    // minimal: without any one of its terms it no longer qualifies (more terms only add coverage)
    if (set.every((_, i) => !qualifies(set.filter((__, j) => j !== i)))) out.push(set);
  }
  return out;
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

/**
 * Evidence of the claims on the matched topics, each weighed by the topic's strength: per
 * technology and side, the sum over the counted groups (a claim's weight by kind, times the
 * strength, times QUALIFIED_FACTOR when qualified, a repeat counting REPEAT_FACTOR of that).
 */
export function topicEvidence(topics: TopicMatch[], k: Knowledge): EvidenceItem[] {
  const items: EvidenceItem[] = [];
  for (const topic of topics) {
    const on = k.evidence.get(topicKey(topic.kind, topic.id));
    if (!on) continue;
    const full = (kind: string, qualified: boolean) => (KIND_WEIGHTS[kind] ?? 0) * topic.strength * (qualified ? QUALIFIED_FACTOR : 1);
    const share = (kind: string, qualified: boolean, repeat: boolean) => round3(repeat ? full(kind, qualified) * REPEAT_FACTOR : full(kind, qualified));
    const bySide = new Map<string, EvidenceItem>();
    const itemOf = (technologyId: number, supports: boolean) => {
      const key = `${technologyId}|${supports}`;
      let item = bySide.get(key);
      if (!item) bySide.set(key, (item = { technologyId, weight: 0, supports, through: topic.slug, claims: [] }));
      return item;
    };
    for (const g of on.groups) {
      const item = itemOf(g.technologyId, g.supports);
      item.weight = round3(item.weight + g.firsts * share(g.kind, g.qualified, false) + g.repeats * share(g.kind, g.qualified, true));
    }
    for (const c of on.cited) itemOf(c.technologyId, c.supports).claims.push({ claimId: c.claimId, weight: share(c.kind, c.qualified, c.repeat) });
    for (const item of bySide.values()) if (item.weight > 0) items.push(item);
  }
  return items;
}

export function mentionEvidence(mentions: TechnologyMention[], k: Knowledge): EvidenceItem[] {
  const items: EvidenceItem[] = [];
  for (const m of mentions) {
    if (m.candidateId === null) continue;
    // The claim that ties the named technology to its side, shown as the item's basis.
    const basis = k.basis.get(m.technologyId)?.get(m.candidateId) ?? null;
    const weight = round3((m.constraint ? CONSTRAINT_WEIGHT : NAMED_WEIGHT) * m.strength);
    items.push({ technologyId: m.candidateId, weight, supports: !m.negated, through: m.slug, claims: [{ claimId: basis, weight }] });
  }
  return items;
}

/**
 * Topic evidence, kept for the technologies the need's matching claims discuss: those they vote
 * on and those of every source with a relevant claim (OFF_TOPIC_FACTOR for the others). Mentions are not filtered here: a technology the need names, a refusal and a
 * stated constraint are the need's own words about that technology.
 */
export function onTopic(items: EvidenceItem[], claimText: EvidenceItem[], discussedIds: readonly number[] = []): EvidenceItem[] {
  if (!claimText.length) return items;
  const discussed = new Set([...claimText.map((e) => e.technologyId), ...discussedIds]);
  return items.flatMap((e) => {
    if (discussed.has(e.technologyId)) return [e];
    return OFF_TOPIC_FACTOR ? [{ ...e, weight: round3(e.weight * OFF_TOPIC_FACTOR), claims: e.claims.map((c) => ({ ...c, weight: round3(c.weight * OFF_TOPIC_FACTOR) })) }] : [];
  });
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

export function assessNeed(need: NeedText, k: Knowledge, among: Set<number> | null, claimMatches: ClaimTextMatch[] = [], claimText: EvidenceItem[] = [], discussed: readonly number[] = []): NeedAssessment {
  const topics = matchTopics(need, k, claimMatches);
  const mentions = matchTechnologies(need, k);
  // A topic matched weakly (one keyword, a generic name) is a hint, not the need's topic: its
  // evidence (every claim on it, from any pair) counts WEAK_TOPIC_FACTOR of itself, and nothing
  // when claims whose own words match the need speak for the topic (dev corpus 18 -> 21 of 123).
  const weak = new Set(topics.filter((t) => t.strength < STRONG_TOPIC).map((t) => t.slug));
  const weakFactor = claimText.length ? 0 : WEAK_TOPIC_FACTOR;
  const topical = topicEvidence(topics, k).flatMap((e) => (!weak.has(e.through) ? [e] : weakFactor ? [{ ...e, weight: round3(e.weight * weakFactor) }] : []));
  // A topic the need names outright (strength CERTAIN_TOPIC) is its topic whatever the claims' words.
  const certain = new Set(topics.filter((t) => t.strength >= CERTAIN_TOPIC).map((t) => t.slug));
  const evidence = [...topical.filter((e) => certain.has(e.through)), ...onTopic(topical.filter((e) => !certain.has(e.through)), claimText, discussed), ...mentionEvidence(mentions, k), ...claimText].filter((e) => !among || among.has(e.technologyId));
  const net = netOf(evidence, among);
  if (!topics.length && !mentions.length && !claimText.length) return { topics, mentions, evidence, net, favours: [], reason: 'no topic or technology in the knowledge base matches this need' };
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
  'Each need is normalised (lowercase, stop words dropped, abbreviations such as "ML" expanded, words stemmed) and matched ' +
  "against every published claim's own words (statement, quote, the names of its criterion and use case), words weighing by " +
  'rarity over the knowledge base (inverse document frequency), so common words such as "platform" or "backend" count little; ' +
  "a word's WordNet synonyms stand in for it at 0.7 of its weight and its broader terms at 0.4 (a broader term adds to a match " +
  'but never makes one outside a pair): ' +
  'a claim counts when it shares a rare word with the need and covers at least 15% of its weight; the 8 most relevant claims ' +
  'vote, each by its coverage squared times its kind (verdict and scenario 1, use case and recommendation 0.8, pro and con 0.6, ' +
  'rating and fact 0.5; 0.7 of that when the source qualifies it): a verdict for its winner and against the rest of its pair, ' +
  'a use case, scenario, recommendation, pro or fact for its subject (a fact whose quote denies something, against), a con ' +
  'against; a claim matching mostly words the need refuses ("no X", "forbids X") votes the other way; in a source comparing two technologies the other side gets the opposite. The taxonomy adds to this: use cases and ' +
  "criteria matched by their names, aliases and keywords bring every claim on them (a topic matched weakly, by one keyword, " +
  'counts 0.3 of that, and nothing when claims match the need by their own words); when claims match the need by their own ' +
  "words, a topic's evidence counts only for the technologies of the sources covering at least half of what the best source " +
  'covers, unless the need names the topic outright. With among, only the articles comparing those technologies are read, ' +
  'with a lower coverage bar. Technologies the need names count for the ' +
  'compared technology they belong to (pandas -> Python); a stated team expertise or platform ("our team only knows X", "we ' +
  'already run X") decides, a refusal ("not X") counts against. A need favours the technology with the most net evidence when ' +
  'it leads the runner-up by 15%; a need whose strong topics lean to different technologies favours both, and needs favouring ' +
  'different technologies give a hybrid architecture. Before that, the published articles are ranked by how well their whole ' +
  "text (title and body) matches the need's words (BM25 over the articles, a WordNet synonym at 0.2 of its word): when the " +
  "claims of every pair favour a technology none of the best-matching articles compares, no topic of the taxonomy is named " +
  "outright and the favourite's own article ranks below 0.8 of the best (or the favourite is the platform the pair's sides " +
  'belong to), the need is weighed within the pair the best ' +
  "article compares (a technology the need names that is tied to that pair or its platform only by the sources' mentions " +
  'counts for no side there, nor do its name\'s words match the pair\'s claims), and where that pair\'s claims do not decide ' +
  "it, by the article's sentences that match the need and name one side. Thin evidence is said in the explanation; no evidence gives an empty ranking with the reason.";
