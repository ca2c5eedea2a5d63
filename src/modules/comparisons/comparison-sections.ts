import type { ClaimModel } from '../claims/models/claim.model.js';
import type { ComparisonModel, ComparisonRowModel, ConsensusModel } from './models/comparison.model.js';

/** Where links point: the public base URL (absolute, no trailing slash) and the sources' own URLs. */
export interface RenderContext {
  base: string;
  sourceUrls?: ReadonlyMap<string, string | null>;
}

/** The citation page of a claim: where every embed and fragment link goes. */
export const citationUrl = (context: RenderContext, claimId: number) => `${context.base}/claims/${claimId}`;

const KNOWN_SECTIONS: ReadonlyMap<string, string> = new Map([['useCases', 'Use cases'], ['scenarios', 'Scenarios'], ['faqs', 'FAQs'], ['recommendations', 'Recommendations']]);

/**
 * The claim lists of a comparison, in a stable order: the known ones first, then any other
 * list of claims the model carries (the model grows; a renderer that names only today's
 * sections would silently drop tomorrow's).
 */
export function claimSections(c: ComparisonModel): { key: string; label: string; claims: ClaimModel[] }[] {
  const isClaimList = (v: unknown): v is ClaimModel[] =>
    Array.isArray(v) && v.length > 0 && v.every((x) => x && typeof x === 'object' && typeof (x as ClaimModel).id === 'number' && typeof (x as ClaimModel).quote === 'string' && typeof (x as ClaimModel).kind === 'string');
  const record = c as unknown as Record<string, unknown>;
  const keys = [...KNOWN_SECTIONS.keys(), ...Object.keys(record).filter((k) => !KNOWN_SECTIONS.has(k)).sort()];
  return keys
    .filter((k) => isClaimList(record[k]))
    .map((key) => ({ key, label: KNOWN_SECTIONS.get(key) ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (ch) => ch.toUpperCase()), claims: record[key] as ClaimModel[] }));
}

export const consensusText = (row: { consensus: ConsensusModel }) =>
  row.consensus.outcome === null ? '' : row.consensus.winner ? row.consensus.winner.name : row.consensus.outcome;
export const claimText = (claim: ClaimModel) => (claim.question ? `${claim.question} ${claim.answer ?? ''}`.trim() : claim.statement);
export const cellText = (row: ComparisonRowModel, slug: string) =>
  row.assessments.filter((a) => a.technology.slug === slug).map((a) => `${a.rating} (${a.source.slug})`).join('; ');
