import { DomainError, ErrorCode } from '../../common/errors/domain-error.js';
import { locateQuote, occurrenceAt, sliceCodePoints } from '../claims/quote-locator.js';
import type { DraftClaim as ExtractedClaim } from '../extraction/extraction.types.js';
import type { ClaimInput, IngestSourceInput } from '../ingestion/dto/ingest-source.dto.js';
import type { CriterionEntryDto, TaxonomyAdditionsDto, TechnologyEntryDto, UseCaseEntryDto } from '../taxonomy/dto/taxonomy-files.dto.js';
import { CLAIM_FIELD_NAMES, type ClaimDecision, type ClaimFields, type DraftProposal, type DraftProposals, type StoredDraft } from './drafts.types.js';

/** A drafted claim as a draft stores it: its occurrence becomes the quote's offsets in the body. */
export function fieldsOfExtracted(claim: ExtractedClaim, body: string): ClaimFields {
  const { key: _key, occurrence, ...fields } = claim;
  const span = locateQuote(body, claim.quote, occurrence);
  return withoutEmpty({ ...fields, start: span.start, end: span.end });
}

/**
 * The quote must be the body's text between the offsets (code points, end exclusive): the rule
 * every claim of the knowledge base keeps, checked when a claim is added or its quote edited.
 */
export function checkQuoteAt(body: string, fields: Pick<ClaimFields, 'quote' | 'start' | 'end'>, field = 'claim'): void {
  const { quote, start, end } = fields;
  const length = Array.from(body).length;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > length) {
    throw new DomainError(ErrorCode.QUOTE_MISMATCH, `offsets ${start}-${end} are not a span of the source text (0-${length})`, [{ field: `${field}.start`, message: 'not a span of the text' }]);
  }
  const actual = sliceCodePoints(body, start, end);
  if (actual !== quote) {
    throw new DomainError(ErrorCode.QUOTE_MISMATCH, `the quote is not the source text at ${start}-${end}: the text there reads "${abbreviate(actual)}"`, [
      { field: `${field}.quote`, message: 'does not match the text between start and end' },
    ]);
  }
}

/**
 * The fields of `claim` that differ from the drafted claim (absent, null and an empty list are
 * the same value; a quote moved to another occurrence is an edited quote).
 */
export function editedFields(drafted: ClaimFields | null, claim: ClaimFields): string[] {
  if (!drafted) return [];
  const changed: string[] = CLAIM_FIELD_NAMES.filter((name) => comparable(drafted[name]) !== comparable(claim[name]));
  if (!changed.includes('quote') && (drafted.start !== claim.start || drafted.end !== claim.end)) changed.push('quote');
  return changed;
}

function comparable(value: unknown): string {
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) return '';
  return JSON.stringify(value);
}

/** Drops absent and null fields and empty lists, so stored claims have one spelling of "none". */
export function withoutEmpty<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0))) as T;
}

/** Each claim's final decision at publish: pending ones as `pending` says (422 when it says nothing). */
export function finalDecisions(draft: StoredDraft, pending?: 'accept' | 'reject'): Map<string, ClaimDecision> {
  const waiting = draft.claims.filter((c) => c.decision === 'pending');
  if (waiting.length && !pending) {
    throw new DomainError(
      ErrorCode.PENDING_CLAIMS,
      `${waiting.length} claim${waiting.length > 1 ? 's are' : ' is'} still pending: decide ${waiting.length > 1 ? 'them' : 'it'}, or publish with pending 'accept' or 'reject'`,
      waiting.map((c) => ({ field: `claims.${c.key}`, message: 'pending' })),
    );
  }
  const resolved: ClaimDecision = pending === 'accept' ? 'accepted' : 'rejected';
  return new Map(draft.claims.map((c) => [c.key, c.decision === 'pending' ? resolved : c.decision]));
}

/**
 * The annotation publishing writes through `POST /api/sources`' own service: the accepted claims
 * (mapped proposals' slugs replaced by the entries they map to, offsets turned back into the
 * occurrence the ingest locates), and as taxonomy additions only the proposals kept as new that
 * those claims or the compared pair use.
 */
export function publishInput(draft: StoredDraft, decisions: Map<string, ClaimDecision>): IngestSourceInput {
  const rename = {
    technology: mapping(draft.proposals.technologies),
    criterion: mapping(draft.proposals.criteria),
    useCase: mapping(draft.proposals.useCases),
  };
  const tech = (slug: string | null | undefined) => (slug ? (rename.technology.get(slug) ?? slug) : slug);
  const claims: ClaimInput[] = draft.claims
    .filter((c) => decisions.get(c.key) === 'accepted')
    .map(({ key, claim }) => {
      const { start, end: _end, ...fields } = claim;
      const occurrence = occurrenceAt(draft.body, claim.quote, start);
      return withoutEmpty({
        key,
        ...fields,
        occurrence,
        technology: tech(fields.technology),
        winner: tech(fields.winner),
        related: fields.related?.map((slug) => tech(slug)!),
        criterion: fields.criterion ? (rename.criterion.get(fields.criterion) ?? fields.criterion) : fields.criterion,
        useCase: fields.useCase ? (rename.useCase.get(fields.useCase) ?? fields.useCase) : fields.useCase,
      }) as ClaimInput;
    });
  const compares = mappedCompares(draft.source.compares, draft.proposals);
  const used = new Set([...compares, ...claims.flatMap((c) => [c.technology, c.winner, c.criterion, c.useCase, ...(c.related ?? [])])].filter((s): s is string => !!s));
  const kept = (list: DraftProposal[]) => list.filter((p) => p.mapTo === null && used.has(p.slug));
  const taxonomy: TaxonomyAdditionsDto = {
    technologies: kept(draft.proposals.technologies).map(
      (p) => withoutEmpty({ slug: p.slug, name: p.name, kind: p.kind ?? 'platform', parent: p.parent ?? null, aliases: p.aliases, keywords: p.keywords }) as TechnologyEntryDto,
    ),
    criteria: kept(draft.proposals.criteria).map(
      (p) => ({ slug: p.slug, name: p.name, category: p.kind ?? 'overall', description: p.description ?? '', aliases: p.aliases, keywords: p.keywords }) as CriterionEntryDto,
    ),
    useCases: kept(draft.proposals.useCases).map((p) => ({ slug: p.slug, name: p.name, aliases: p.aliases, keywords: p.keywords }) as UseCaseEntryDto),
  };
  const { slug, title, author, publisher, publishedAt, url } = draft.source;
  const source = { ...withoutEmpty({ slug, title, author, publisher, publishedAt, url }), compares, body: draft.body } as IngestSourceInput['source'];
  return { source, claims, taxonomy };
}

/** The compared technologies, proposals replaced by the entries they are mapped to. */
export function mappedCompares(compares: string[], proposals: DraftProposals): string[] {
  const rename = mapping(proposals.technologies);
  return compares.map((slug) => rename.get(slug) ?? slug);
}

/** Proposal slug -> the existing entry it is mapped to. */
function mapping(list: DraftProposal[]): Map<string, string> {
  return new Map(list.filter((p) => p.mapTo !== null).map((p) => [p.slug, p.mapTo!]));
}

/** The proposals of one type. */
export function proposalsOf(proposals: DraftProposals, type: 'technology' | 'criterion' | 'useCase'): DraftProposal[] {
  return type === 'technology' ? proposals.technologies : type === 'criterion' ? proposals.criteria : proposals.useCases;
}

function abbreviate(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
