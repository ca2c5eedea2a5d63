import type { DraftClaim } from '../extraction.types.js';
import type { ReaderBlock, ReaderDocument } from '../reader/reader-text.js';
import type { TaxonomyMatcher, TechnologyMention } from '../taxonomy-matcher.js';
import type { ClaimUnit } from './claim-features.js';
import type { ClaimKindClassifier, ClaimKindThresholds } from './claim-kind-model.js';
import { CANDIDATE_RULE_KIND, draftedCandidates, undraftedCandidates } from './candidate-sentences.js';

/** What the post-pass reads besides the claims: the article as the reader made it, and the compared pair. */
export interface RevisionContext {
  document: ReaderDocument;
  matcher: TaxonomyMatcher;
  compares: string[];
}

/**
 * Kinds the rules confuse with one another on neutral or comparative sentences (a plain statement
 * drafted as a pro, a verdict drafted as a fact): only among these does the model change a kind.
 * Ratings, use cases, scenarios and FAQ carry fields of their own and are only ever kept or dropped.
 */
const CONFUSABLE = new Set<string>(['pro', 'con', 'fact', 'verdict', 'recommendation']);

/**
 * Each drafted claim as the classifier sees it: its quote, block, heading and technologies by role.
 * `ruleKind` stands in for the claims' own kinds (candidates the rules never drafted).
 */
export function claimUnits(context: RevisionContext, claims: DraftClaim[], ruleKind?: string): ClaimUnit[] {
  const { document, matcher, compares } = context;
  const blocks = [...document.blocks].sort((a, b) => a.start - b.start);
  // Section headings (not the title), searched like the blocks: one scan of the blocks per claim cost more than the model.
  const headings = blocks.filter((b) => b.type === 'heading' && (b.level ?? 2) > 1);
  const readings = new Map<string, number>();
  for (const c of claims) readings.set(c.quote, (readings.get(c.quote) ?? 0) + 1);
  return claims.map((claim) => {
    const at = quoteStart(document.body, claim.quote, claim.occurrence);
    const block = blockAt(blocks, at);
    const heading = blockAt(headings, at);
    const mentions = mentionsIn(matcher, block, at, claim.quote).map((m) => ({
      index: m.index,
      end: m.end,
      role: m.slug === claim.technology ? ('self' as const) : compares.includes(m.slug) ? ('pair' as const) : ('other' as const),
    }));
    const offset = block ? at - block.start : -1;
    return {
      text: claim.quote,
      ruleKind: ruleKind ?? claim.kind,
      block: block?.type ?? 'none',
      opensBlock: !!block && offset >= 0 && block.text.slice(0, offset).trim().length === 0,
      wholeBlock: !!block && block.text.trim() === claim.quote.trim(),
      heading: heading?.text ?? '',
      mentions,
      position: document.body.length ? Math.max(at, 0) / document.body.length : 0,
      readings: readings.get(claim.quote) ?? 1,
      hasTechnology: !!claim.technology,
      hasCriterion: !!claim.criterion,
    };
  });
}

/**
 * The post-pass: drops a drafted claim the model is confident no annotator would list, and gives
 * a claim another kind when the model is confident of it and both kinds are confusable. The
 * technology, criterion and quote stay the rules'.
 */
export function reviseClaims(claims: DraftClaim[], probabilities: number[][], classes: string[], thresholds: ClaimKindThresholds, settled: boolean[] = []): DraftClaim[] {
  const none = classes.indexOf('none');
  const keys = new Set(claims.map((c) => c.key));
  const revised: DraftClaim[] = [];
  claims.forEach((claim, i) => {
    if (settled[i]) return void revised.push(claim);
    const p = probabilities[i];
    if (none >= 0 && p[none] >= thresholds.drop) return;
    let best = -1;
    for (let k = 0; k < classes.length; k++) if (k !== none && (best < 0 || p[k] > p[best])) best = k;
    const kind = classes[best] as DraftClaim['kind'];
    if (best >= 0 && kind !== claim.kind && p[best] >= thresholds.rekind && CONFUSABLE.has(kind) && CONFUSABLE.has(claim.kind)) {
      const moved = asKind(claim, kind, keys);
      if (moved) return void revised.push(moved);
    }
    revised.push(claim);
  });
  return revised;
}

/** Drafted claims revised by a classifier. */
export function classifyDraftedClaims(context: RevisionContext, claims: DraftClaim[], classifier: ClaimKindClassifier): DraftClaim[] {
  const units = claimUnits(context, claims);
  const probabilities = units.map((unit) => classifier.predict(classifier.features(unit)));
  return reviseClaims(claims, probabilities, classifier.model.classes, classifier.model.thresholds, units.map(isComparison));
}

/** Candidates the rules never drafted, drafted where the classifier is confident of a kind (see candidate-sentences.ts). */
export function classifyCandidates(context: RevisionContext, ruleClaims: DraftClaim[], revised: DraftClaim[], classifier: ClaimKindClassifier): DraftClaim[] {
  const { add } = classifier.model.thresholds;
  if (add === undefined || add > 1) return [];
  const candidates = undraftedCandidates(context, ruleClaims);
  const units = claimUnits(context, candidates, CANDIDATE_RULE_KIND);
  const probabilities = units.map((unit) => classifier.predict(classifier.features(unit)));
  return draftedCandidates(candidates, probabilities, classifier.model.classes, add, revised, (slug) => context.matcher.technologyName(slug));
}

/**
 * A verdict whose quote names both compared sides is a comparison the rules read word by word
 * (direction, negation, "than"): the model, which sees words without their order, keeps it as it
 * is. Measured on the comparative-sentence dev check (eval:sentences): letting the model drop such
 * verdicts cost 1.3 points of weighted F1.
 */
export function isComparison(unit: ClaimUnit): boolean {
  return unit.ruleKind === 'verdict' && unit.mentions.filter((m) => m.role !== 'other').length >= 2;
}

/**
 * The claim as another kind, with the fields that kind needs: a verdict names its technology the
 * winner (no technology, no verdict); other kinds carry no outcome. Its key says the new kind.
 */
function asKind(claim: DraftClaim, kind: DraftClaim['kind'], keys: Set<string>): DraftClaim | null {
  const { winner: _winner, outcome: _outcome, ...rest } = claim;
  let moved: DraftClaim;
  if (kind === 'verdict') {
    if (!claim.technology) return null;
    moved = { ...rest, kind, outcome: 'win', winner: claim.technology, criterion: claim.criterion ?? 'overall' };
  } else moved = { ...rest, kind };
  const oldPrefix = `${claim.kind.replace('_', '-')}-`;
  const base = claim.key.startsWith(oldPrefix) ? `${kind.replace('_', '-')}-${claim.key.slice(oldPrefix.length)}` : `${kind}-${claim.key}`;
  let key = base;
  for (let n = 2; keys.has(key); n++) key = `${base}-${n}`;
  keys.add(key);
  moved.key = key;
  return moved;
}

/**
 * Technologies named in the quote, offsets in the quote. Read off its block's text when the quote
 * stands inside it: drafting has already asked the matcher about that text (it caches), which
 * spares a scan of every quote.
 */
function mentionsIn(matcher: TaxonomyMatcher, block: ReaderBlock | undefined, at: number, quote: string): TechnologyMention[] {
  const offset = block ? at - block.start : -1;
  if (!block || offset < 0 || offset + quote.length > block.text.length) return matcher.findTechnologies(quote);
  const end = offset + quote.length;
  return matcher
    .findTechnologies(block.text)
    .filter((m) => m.index >= offset && m.end <= end)
    .map((m) => ({ ...m, index: m.index - offset, end: m.end - offset }));
}

/** Where the quote's `occurrence`-th appearance starts (the first when unnumbered). */
export function quoteStart(body: string, quote: string, occurrence = 1): number {
  let at = -1;
  for (let n = 0; n < Math.max(occurrence, 1); n++) {
    const next = body.indexOf(quote, at + 1);
    if (next === -1) break;
    at = next;
  }
  return at;
}

/** The last block starting at or before `at` (blocks sorted by start). */
function blockAt(blocks: ReaderBlock[], at: number): ReaderBlock | undefined {
  let lo = 0;
  let hi = blocks.length - 1;
  let found: ReaderBlock | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].start <= at) {
      found = blocks[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
