// The one import of the ingest's quote locator in this module (branch `acq` may move it to claims/).
import { locateQuote } from '../claims/quote-locator.js';
import { CANDIDATE_RULE_KIND, undraftedCandidates } from './classifier/candidate-sentences.js';
import { claimUnits, classifyCandidates, classifyDraftedClaims } from './classifier/claim-revision.js';
import type { ClaimUnit } from './classifier/claim-features.js';
import type { ClaimKindClassifier } from './classifier/claim-kind-model.js';
import { committedClaimClassifier } from './classifier/committed-classifier.js';
import { draftClaims } from './drafting/draft-claims.js';
import { draftSource, type DraftOptions } from './drafting/draft-source.js';
import type { DraftClaim, ExtractionDraft } from './extraction.types.js';
import { readArticle, type ArticleFormat } from './reader/reader-text.js';
import { TaxonomyMatcher, type KnownTaxonomy } from './taxonomy-matcher.js';

export type { ArticleFormat } from './reader/reader-text.js';
/** Re-exported so the eval and tests check quotes with the ingest's locator without importing it again. */
export { locateQuote };

/** What a caller may set on an extraction besides the draft's own options. */
export interface ExtractOptions extends DraftOptions {
  /**
   * The learned post-pass over the rules' claims: the committed classifier unless
   * `KB_EXTRACT_CLASSIFIER=off`; 'off' for the rules alone; or another (the training's folds).
   */
  classifier?: ClaimKindClassifier | 'off';
  /**
   * Called with the rules' claims (before the post-pass), how the classifier sees each, and the
   * candidates the rules left undrafted with theirs: training reads them.
   */
  onRuleClaims?: (claims: DraftClaim[], units: ClaimUnit[], candidates: { claims: DraftClaim[]; units: ClaimUnit[] }) => void;
}

/**
 * Article -> draft annotation, without a database: the known taxonomy comes in as data. Every
 * quote is checked with the same locator the ingest uses; a claim whose quote would not be found
 * (or would be ambiguous) is dropped rather than handed to an editor as a draft POST rejects.
 */
export function extractDraft(content: string, format: ArticleFormat, known: KnownTaxonomy, options: ExtractOptions = {}): ExtractionDraft {
  const document = readArticle(content, format);
  const matcher = new TaxonomyMatcher(known);
  // The source first: detecting the compared pair may propose technologies the claims then name.
  const source = draftSource(document, matcher, options);
  const ruleClaims = draftClaims(document, matcher, source.compares).filter((claim) => located(source.body, claim));
  const context = { document, matcher, compares: source.compares };
  if (options.onRuleClaims) {
    const candidates = undraftedCandidates(context, ruleClaims).filter((claim) => located(source.body, claim));
    options.onRuleClaims(ruleClaims, claimUnits(context, ruleClaims), { claims: candidates, units: claimUnits(context, candidates, CANDIDATE_RULE_KIND) });
  }
  const classifier = options.classifier === undefined ? committedClaimClassifier() : options.classifier === 'off' ? null : options.classifier;
  const revised = classifier ? classifyDraftedClaims(context, ruleClaims, classifier) : ruleClaims;
  const claims = classifier ? [...revised, ...classifyCandidates(context, ruleClaims, revised, classifier).filter((claim) => located(source.body, claim))] : revised;
  const used = new Set(claims.flatMap((c) => [c.technology, c.winner, c.criterion, c.useCase, ...(c.related ?? [])]).filter(Boolean));
  for (const slug of source.compares) used.add(slug);
  return {
    source,
    claims,
    taxonomy: {
      technologies: matcher.proposals.technologies.filter((t) => used.has(t.slug)),
      criteria: matcher.proposals.criteria.filter((c) => used.has(c.slug)),
      useCases: matcher.proposals.useCases.filter((u) => used.has(u.slug)),
    },
  };
}

function located(body: string, claim: DraftClaim): boolean {
  try {
    locateQuote(body, claim.quote, claim.occurrence);
    return true;
  } catch {
    return false;
  }
}

/** The format an article file is in, from its extension. */
export function formatFromPath(file: string): ArticleFormat | null {
  const ext = file.toLowerCase().split('.').pop() ?? '';
  if (['html', 'htm', 'xhtml'].includes(ext)) return 'html';
  if (['md', 'markdown', 'mdx'].includes(ext)) return 'markdown';
  if (['txt', 'text'].includes(ext)) return 'text';
  return null;
}
