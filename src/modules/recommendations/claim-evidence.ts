/**
 * Claim-text evidence: every published claim's own words (statement, quote, the names of its
 * criterion and use case) matched against a need, weighed by term rarity over the whole
 * knowledge base. It needs no taxonomy keyword: an article published a minute ago is matchable
 * by what it says. Pure: the claims (looked up by the repository through the GIN index on
 * `claim.match_terms`) and the statistics come in.
 */
import { type NeedText, refusedTerms, type TermWeights } from './need-matching.js';
import type { EvidenceItem } from './recommendation-scoring.js';
import { QUALIFIED_FACTOR } from '../claims/evidence-weights.js';
import { type Alternatives, NO_ALTERNATIVES, SYNONYM_FACTOR } from './need-expansion.js';

/** A claim that shares a content term with the need, as the repository reads it. */
export interface RelevantClaimRow {
  id: number;
  sourceId: number;
  kind: string;
  technologyId: number | null;
  winnerId: number | null;
  outcome: string | null;
  qualified: boolean;
  /** The quote denies something of its subject ("does not support", "doesn't", "no ..."). */
  negated: boolean;
  useCaseId: number | null;
  criterionId: number | null;
  terms: string[];
  /** The technologies the claim's source compares. */
  compared: number[];
}

/**
 * How much one matching claim counts, by kind. A fact or feature statement says what its subject
 * does, not that it is the better choice: it counts less than a pro (dev corpus, fact weight
 * 0.15, 0.3, 0.5, 0.6, 0.8 -> 21, 22, 24, 23, 22 of 123 right). A counterpart factor of 0.5 did worse (20).
 */
export const CLAIM_KIND_WEIGHTS: Record<string, number> = { verdict: 1, scenario: 1, use_case: 0.8, recommendation: 0.8, rating: 0.5, pro: 0.6, con: 0.6, fact: 0.5 };
/** A term this rare or rarer (inverse document frequency) is about a topic; commoner words ("data", "run") only add to a match. */
export const CONTENT_WEIGHT = 3;
/** A claim must cover at least this share of the need's weight (the summed rarity of its terms): dev corpus 0.25, 0.2, 0.15 -> 19, 21, 22 of 123 right, 31, 21, 15 empty. */
export const MIN_COVERAGE = 0.15;
/** A claim sharing one term only with the need must cover this much of it ("machine" alone does not make "firmware for a washing machine" about machine learning). */
export const SINGLE_TERM_COVERAGE = 0.4;
/** The most relevant claims that vote: the rest of a long tail of weak matches says nothing (5 and 12 did no better on the dev corpus). */
export const VOTING_CLAIMS = 8;
/**
 * In a source comparing two technologies, what counts for one counts this much against the other
 * (a drawback of one is a reason to pick the other), and the reverse.
 */
export const COUNTERPART_FACTOR = 1;
/**
 * Claims vote only from the sources that cover the need best: a source whose matching claims
 * together cover less than this share of what the best source covers is about something else
 * (one rare word shared with a need about another pair's topic must not make its technology win).
 */
export const FOCUS_SHARE = 0.9;
/**
 * A source covering this share of the best source's coverage discusses the need: its technologies
 * keep their topic evidence. With every relevant source (share 0), dev 29 of 123 right; with the
 * voting sources only, 33, but a Node.js/Python need lost to another pair's article more often
 * once the corpus was published (43 against 49 of 70).
 */
export const DISCUSSED_SHARE = 0.5;
/**
 * Within a pair (`among`), only the pair's own articles are read, so a weaker match is still about
 * the pair: the coverage a claim needs drops to these (a question about the pair worded unlike
 * its articles must not come back empty when one of them shares a rare word with it).
 */
export const AMONG_MIN_COVERAGE = 0.05;
export const AMONG_SINGLE_TERM_COVERAGE = 0.05;

export interface ClaimTextInput {
  need: NeedText;
  weights: TermWeights;
  /** Terms that only name a technology: a mention, handled apart, not a topic. */
  technologyTerms: ReadonlySet<string>;
  /** Topic key (`use_case:<id>`, `criterion:<id>`) -> the terms of its names. */
  topicTerms: ReadonlyMap<string, readonly string[]>;
  candidateOf: (technologyId: number) => number | null;
  among: Set<number> | null;
  /** Synonyms and broader terms standing in for the need's terms (need-expansion.ts); none by default. */
  alternatives?: Alternatives;
}

/** The need's terms a claim is matched by: its own, minus technology names. */
export function topicalTerms(need: NeedText, technologyTerms: ReadonlySet<string>): string[] {
  return [...new Set(need.terms)].filter((t) => !technologyTerms.has(t));
}

/** The terms a claim lookup asks the index for: the need's content terms (rare enough to be about a topic) and their content alternatives. */
export function lookupTerms(need: NeedText, weights: TermWeights, technologyTerms: ReadonlySet<string>, alternatives: Alternatives = NO_ALTERNATIVES): string[] {
  const own = topicalTerms(need, technologyTerms);
  const standIns = own.flatMap((t) => (alternatives.get(t) ?? []).map((a) => a.term));
  return [...new Set([...own, ...standIns])].filter((t) => weights.weight(t) >= CONTENT_WEIGHT);
}

interface ScoredClaim {
  row: RelevantClaimRow;
  coverage: number;
  /** The need's terms the claim speaks to (itself or through an alternative). */
  matched: string[];
  /** need term -> the weight the claim earns for it (the term's own weight, less through an alternative) */
  credit: Map<string, number>;
}

/**
 * What a claim's words earn for each need term: the term's weight when the claim uses it; else,
 * through the best alternative it uses, that share of the lesser of the two weights (a common
 * synonym earns little); and whether any of it is content (a rare word, the need's or a stand-in).
 */
function credits(wanted: string[], doc: ReadonlySet<string>, input: ClaimTextInput): { credit: Map<string, number>; content: boolean; named: number } {
  const credit = new Map<string, number>();
  let content = false;
  // need terms the claim uses itself or through a synonym: a broader term adds to the coverage but
  // is no term of the need's the claim speaks to ("washing" -> "work" does not make a second term)
  let named = 0;
  for (const t of wanted) {
    const own = input.weights.weight(t);
    if (doc.has(t)) {
      credit.set(t, own);
      content ||= own >= CONTENT_WEIGHT;
      named++;
      continue;
    }
    let best = 0;
    let bestContent = false;
    let bestNames = false;
    for (const a of input.alternatives?.get(t) ?? []) {
      if (!doc.has(a.term)) continue;
      const w = input.weights.weight(a.term);
      const earned = a.factor * Math.min(own, w);
      // a broader term adds to a match but never makes one: "machine" is broader than too much
      // (within a pair's own articles it may: they are about the pair already)
      if (earned <= best) continue;
      best = earned;
      bestContent = (a.factor >= SYNONYM_FACTOR || input.among !== null) && w >= CONTENT_WEIGHT && own >= CONTENT_WEIGHT;
      bestNames = a.factor >= SYNONYM_FACTOR || input.among !== null;
    }
    if (best > 0) credit.set(t, best);
    content ||= bestContent;
    if (bestNames) named++;
  }
  return { credit, content, named };
}

/** The claims relevant to the need, most relevant first: at least one content term, enough coverage. */
export function rankClaims(input: ClaimTextInput, rows: RelevantClaimRow[]): ScoredClaim[] {
  const wanted = topicalTerms(input.need, input.technologyTerms);
  const total = input.weights.sum(wanted);
  if (!total) return [];
  const scored: ScoredClaim[] = [];
  for (const row of rows) {
    const doc = new Set(row.terms);
    for (const key of [row.useCaseId !== null ? `use_case:${row.useCaseId}` : null, row.criterionId !== null ? `criterion:${row.criterionId}` : null]) {
      for (const t of (key && input.topicTerms.get(key)) || []) doc.add(t);
    }
    const { credit, content, named } = credits(wanted, doc, input);
    if (!content) continue;
    const matched = [...credit.keys()];
    const coverage = [...credit.values()].reduce((a, b) => a + b, 0) / total;
    const [least, single] = input.among ? [AMONG_MIN_COVERAGE, AMONG_SINGLE_TERM_COVERAGE] : [MIN_COVERAGE, SINGLE_TERM_COVERAGE];
    if (coverage >= least && (named > 1 || coverage >= single)) scored.push({ row, coverage, matched, credit });
  }
  return scored.sort((a, b) => b.coverage - a.coverage || a.row.id - b.row.id);
}

/**
 * What each relevant claim says for or against the compared technologies: a verdict for its
 * winner and against the rest of its source's pair; a use case, scenario, recommendation, pro or
 * fact for its subject (a fact whose quote denies something, against); a con against. In a
 * two-technology source, the other side gets the opposite (COUNTERPART_FACTOR).
 */
export function claimVotes(row: RelevantClaimRow): { technologyId: number; sign: 1 | -1; factor: number }[] {
  if (row.kind === 'verdict') {
    if (row.outcome !== 'WIN' || row.winnerId === null) return [];
    return [{ technologyId: row.winnerId, sign: 1, factor: 1 }, ...row.compared.filter((t) => t !== row.winnerId).map((t) => ({ technologyId: t, sign: -1 as const, factor: 1 }))];
  }
  const subject = row.kind === 'scenario' ? (row.winnerId ?? row.technologyId) : row.technologyId;
  if (subject === null) return [];
  const sign: 1 | -1 = row.kind === 'con' || (row.kind === 'fact' && row.negated) ? -1 : 1;
  const others = row.compared.filter((t) => t !== subject);
  return [{ technologyId: subject, sign, factor: 1 }, ...(others.length === 1 ? [{ technologyId: others[0], sign: (-sign) as 1 | -1, factor: COUNTERPART_FACTOR }] : [])];
}

export const CLAIM_TEXT_THROUGH = 'claim-text';
/**
 * A claim whose match to the need is more than this share the need's refused terms votes the
 * other way (dev corpus 58 -> 60 of 123; Node.js/Python needs with the corpus published unchanged).
 */
export const REFUSED_SHARE = 0.5;

/** The ranked claims of the sources whose matching claims, taken together, cover the need nearly as well as the best source's. */
export function focused(ranked: ScoredClaim[], share = FOCUS_SHARE): ScoredClaim[] {
  // per source, the best credit each need term earns from any of its matching claims
  const bySource = new Map<number, Map<string, number>>();
  for (const { row, credit } of ranked) {
    const earned = bySource.get(row.sourceId) ?? new Map<string, number>();
    for (const [t, c] of credit) earned.set(t, Math.max(earned.get(t) ?? 0, c));
    bySource.set(row.sourceId, earned);
  }
  const cover = new Map([...bySource].map(([source, earned]) => [source, [...earned.values()].reduce((a, b) => a + b, 0)]));
  const best = Math.max(0, ...cover.values());
  return ranked.filter(({ row }) => (cover.get(row.sourceId) ?? 0) >= share * best);
}

/**
 * The compared technologies of the sources whose relevant claims cover at least DISCUSSED_SHARE
 * of what the best source covers: the technologies the knowledge base discusses in words of this
 * need (the scoring keeps topic evidence to them).
 */
export function discussedTechnologies(input: ClaimTextInput, rows: RelevantClaimRow[]): number[] {
  const out = new Set<number>();
  for (const { row } of focused(rankClaims(input, rows), DISCUSSED_SHARE)) {
    for (const id of row.compared) {
      const candidate = input.candidateOf(id);
      if (candidate !== null) out.add(candidate);
    }
  }
  return [...out];
}

/** Evidence items per compared technology and side from the most relevant claims. */
export function claimTextEvidence(input: ClaimTextInput, rows: RelevantClaimRow[]): EvidenceItem[] {
  const items = new Map<string, EvidenceItem>();
  const refused = refusedTerms(input.need);
  for (const { row, coverage, credit } of focused(rankClaims(input, rows)).slice(0, VOTING_CLAIMS)) {
    const base = (CLAIM_KIND_WEIGHTS[row.kind] ?? 0) * coverage * coverage * (row.qualified ? QUALIFIED_FACTOR : 1);
    // A claim speaking mostly to what the need refuses ("no commercial add-on") says its subject has
    // it: against the subject, whatever its kind; unless the claim itself denies it ("builds images
    // without a daemon"), which is what the need asks for: for the subject. Verdicts turn round.
    const total = [...credit.values()].reduce((a, b) => a + b, 0);
    const against = total > 0 && [...credit].filter(([t]) => refused.has(t)).reduce((a, [, c]) => a + c, 0) > REFUSED_SHARE * total;
    const subjectSign: 1 | -1 = row.negated ? 1 : -1;
    for (const [i, raw] of claimVotes(row).entries()) {
      const sign = !against ? raw.sign : row.kind === 'verdict' ? ((-raw.sign) as 1 | -1) : i === 0 ? subjectSign : ((-subjectSign) as 1 | -1);
      const vote = { ...raw, sign };
      const technologyId = input.candidateOf(vote.technologyId);
      if (technologyId === null || (input.among && !input.among.has(technologyId))) continue;
      const weight = base * vote.factor;
      if (weight <= 0) continue;
      const supports = vote.sign > 0;
      const key = `${technologyId}|${supports}`;
      const item = items.get(key) ?? { technologyId, weight: 0, supports, through: CLAIM_TEXT_THROUGH, claims: [] };
      items.set(key, item);
      item.weight = round3(item.weight + weight);
      item.claims.push({ claimId: row.id, weight: round3(weight) });
    }
  }
  return [...items.values()];
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;
