import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, notFound } from '../../common/errors/domain-error.js';
import { taggedCursorPayload, encodeTaggedCursor } from '../../common/pagination/cursor.js';
import { pageSize } from '../../common/pagination/page-size.js';
import { assertIfMatch } from '../../common/preconditions/if-match.js';
import { TransactionRunner } from '../../infra/database/transaction.js';
import { checkClaimShape } from '../claims/claim-rules.js';
import { locateQuote } from '../claims/quote-locator.js';
import type { ExtractArticleInput } from '../extraction/dto/extract-article.input.js';
import type { ExtractionDraft } from '../extraction/extraction.types.js';
import { ExtractionService } from '../extraction/extraction.service.js';
import { CRITERION_CATEGORIES, TECHNOLOGY_KINDS } from '../taxonomy/dto/taxonomy-files.dto.js';
import { lookupKey } from '../taxonomy/lookup-key.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { draftEtag } from './draft.mapper.js';
import { checkQuoteAt, editedFields, fieldsOfExtracted, proposalsOf, withoutEmpty } from './draft-rules.js';
import { draftClosed } from './drafts.errors.js';
import { DraftsRepository } from './drafts.repository.js';
import type { ClaimDecision, ClaimFields, DraftClaimRecord, DraftProposal, DraftProposals, DraftStatus, ProposalType, StoredDraft, StoredDraftSummary } from './drafts.types.js';
import type { AddDraftClaimInput, DraftClaimFieldsInput } from './dto/draft-claim-fields.input.js';
import type { DraftClaimPatchInput } from './dto/draft-claim-patch.input.js';
import type { DraftProposalInput } from './dto/draft-proposal.input.js';
import { closestEntries, type ProposalCandidate } from './proposal-candidates.js';

type DraftChange = Parameters<DraftsRepository['save']>[2];

/**
 * Stored extraction drafts: created from an article, reviewed claim by claim, proposals mapped.
 * Every change locks the draft's row, checks If-Match against its version in the same
 * transaction and writes a new version; a published or discarded draft no longer changes.
 * (Publishing: DraftPublishService; acceptance stats: ExtractionStatsService.)
 */
@Injectable()
export class DraftsService {
  constructor(
    private readonly repository: DraftsRepository,
    private readonly extraction: ExtractionService,
    private readonly taxonomy: TaxonomyService,
    private readonly transactions: TransactionRunner,
  ) {}

  /** The stateless draft (`?dryRun=true`, GraphQL extractDraft): nothing stored. */
  dryRun(input: ExtractArticleInput): Promise<ExtractionDraft> {
    return this.extraction.extract(input);
  }

  /** Drafts the article and stores the draft: every drafted claim pending, every proposal undecided. */
  async create(input: ExtractArticleInput, createdBy: string): Promise<StoredDraft> {
    const { draft: extracted, content, format } = await this.extraction.extractWithArticle(input);
    const { body, slug, title, author, publisher, publishedAt, url, compares } = extracted.source;
    const claims: DraftClaimRecord[] = extracted.claims.map((claim, position) => {
      const fields = fieldsOfExtracted(claim, body);
      return { key: claim.key, position, origin: 'drafted', decision: 'pending', edited: [], claim: fields, drafted: fields };
    });
    const undecided = { mapTo: null, decided: false };
    const proposals: DraftProposals = {
      technologies: extracted.taxonomy.technologies.map((t) => ({ slug: t.slug, name: t.name, kind: t.kind, parent: t.parent, aliases: t.aliases, keywords: t.keywords, ...undecided })),
      criteria: extracted.taxonomy.criteria.map((c) => ({ slug: c.slug, name: c.name, kind: c.category, description: c.description, aliases: c.aliases, keywords: [], ...undecided })),
      useCases: extracted.taxonomy.useCases.map((u) => ({ slug: u.slug, name: u.name, aliases: u.aliases, keywords: [], ...undecided })),
    };
    const id = await this.transactions.run((tx) =>
      this.repository.create(tx, {
        format,
        content,
        body,
        source: { slug, title, author, publisher, publishedAt, url, compares },
        proposals,
        createdBy,
        claims,
      }),
    );
    return this.get(id);
  }

  async get(id: number): Promise<StoredDraft> {
    const draft = await this.repository.find(id);
    if (!draft) throw notFound('draft', String(id));
    return draft;
  }

  /** Newest first; `after` is the previous page's end cursor. */
  async list(status: DraftStatus | undefined, first: number | null | undefined, after: string | null | undefined): Promise<{ items: StoredDraftSummary[]; endCursor: string | null; hasNextPage: boolean }> {
    const size = pageSize(first);
    const afterId = after ? decodeDraftCursor(after) : null;
    const rows = await this.repository.list(status, size + 1, afterId);
    const items = rows.slice(0, size);
    return { items, hasNextPage: rows.length > size, endCursor: items.length ? encodeTaggedCursor('d', String(items[items.length - 1].id)) : null };
  }

  /** A decision, changed fields, or both, for one claim; `edited` is recomputed against the drafted claim. */
  editClaim(id: number, key: string, patch: DraftClaimPatchInput, ifMatch?: string): Promise<StoredDraft> {
    return this.change(id, ifMatch, (draft) => {
      const current = claimOf(draft, key);
      const claim = patch.claim ? changedFields(draft.body, current.claim, patch.claim) : current.claim;
      return { claims: [{ ...current, claim, decision: patch.decision ?? current.decision, edited: editedFields(current.drafted, claim) }] };
    });
  }

  /** One decision for many claims (all keys must name claims of the draft). */
  decideClaims(id: number, keys: string[], decision: ClaimDecision, ifMatch?: string): Promise<StoredDraft> {
    return this.change(id, ifMatch, (draft) => ({ claims: [...new Set(keys)].map((key) => ({ ...claimOf(draft, key), decision })) }));
  }

  /** A claim the editor adds: its quote must be the text between its offsets; it starts accepted. */
  addClaim(id: number, input: AddDraftClaimInput, ifMatch?: string): Promise<StoredDraft> {
    return this.change(id, ifMatch, (draft) => {
      const taken = new Set(draft.claims.map((c) => c.key));
      let key = input.key;
      if (key && taken.has(key)) throw new DomainError(ErrorCode.CONFLICT, `draft ${id} already has a claim '${key}'`, [{ field: 'key', message: 'already used in this draft' }]);
      for (let n = draft.claims.filter((c) => c.origin === 'added').length + 1; !key || taken.has(key); n++) key = `added-${n}`;
      const { key: _key, ...given } = input;
      const claim = checkedFields(draft.body, withoutEmpty(given) as ClaimFields);
      const position = Math.max(-1, ...draft.claims.map((c) => c.position)) + 1;
      return { claims: [{ key, position, origin: 'added', decision: 'accepted', edited: [], claim, drafted: null }] };
    });
  }

  /** Maps a proposal to an existing entry, or accepts it as new with the editor's fields. */
  mapProposal(id: number, type: ProposalType, slug: string, input: DraftProposalInput, ifMatch?: string): Promise<StoredDraft> {
    return this.change(id, ifMatch, async (draft) => {
      const proposals = structuredClone(draft.proposals);
      const proposal = proposalOf(proposals, type, slug);
      if (input.mapTo) {
        const index = await this.taxonomy.index();
        const entry = (type === 'technology' ? index.technologies : type === 'criterion' ? index.criteria : index.useCases).get(lookupKey(input.mapTo));
        if (!entry) throw new DomainError(ErrorCode.UNKNOWN_REFERENCE, `no ${type} '${input.mapTo}' to map '${slug}' to`, [{ field: 'mapTo', message: `not a stored ${type}` }]);
        Object.assign(proposal, { mapTo: entry.slug, decided: true });
      } else {
        checkEntryKind(type, input.kind);
        Object.assign(proposal, withoutEmpty({ name: input.name, kind: input.kind, parent: input.parent, description: input.description }), {
          aliases: input.aliases ?? proposal.aliases,
          keywords: input.keywords ?? proposal.keywords,
          mapTo: null,
          decided: true,
        });
      }
      return { proposals };
    });
  }

  /** The existing entries closest to a proposal (names, aliases, keywords), best first. */
  async candidates(id: number, type: ProposalType, slug: string): Promise<ProposalCandidate[]> {
    const proposal = proposalOf((await this.get(id)).proposals, type, slug);
    return closestEntries(proposal, await this.taxonomy.vocabulary(type));
  }

  /** Discards an open draft (again: nothing to do); a published draft stays published (409). */
  async discard(id: number, ifMatch?: string): Promise<void> {
    const draft = await this.get(id);
    if (draft.status === 'discarded') return assertIfMatch(draftEtag(draft), ifMatch, `draft ${id}`);
    await this.change(id, ifMatch, () => ({ status: 'discarded' }));
  }

  /** Locks the draft, checks If-Match and that it is open, applies `work`'s change as a new version. */
  private change(id: number, ifMatch: string | undefined, work: (draft: StoredDraft) => DraftChange | Promise<DraftChange>): Promise<StoredDraft> {
    return this.transactions.run(async (tx) => {
      const locked = await this.repository.lockVersion(tx, id);
      assertIfMatch(locked && draftEtag({ id, version: locked.version }), ifMatch, `draft ${id}`);
      const draft = locked && (await this.repository.find(id, tx));
      if (!draft) throw notFound('draft', String(id));
      if (draft.status !== 'open') throw draftClosed(draft);
      await this.repository.save(tx, id, await work(draft));
      return (await this.repository.find(id, tx))!;
    });
  }
}

function decodeDraftCursor(cursor: string): number {
  const payload = taggedCursorPayload('d', cursor);
  if (payload === null || !/^\d{1,10}$/.test(payload)) throw new DomainError(ErrorCode.INVALID_CURSOR, 'The cursor is not one this API issued for this list; start again without it');
  return Number(payload);
}

function claimOf(draft: StoredDraft, key: string): DraftClaimRecord {
  const claim = draft.claims.find((c) => c.key === key);
  if (!claim) throw notFound(`claim of draft ${draft.id}`, key);
  return claim;
}

function proposalOf(proposals: DraftProposals, type: ProposalType, slug: string): DraftProposal {
  const proposal = proposalsOf(proposals, type).find((p) => p.slug === slug);
  if (!proposal) throw notFound(`${type} proposal`, slug);
  return proposal;
}

function checkEntryKind(type: ProposalType, kind: string | undefined): void {
  const allowed: readonly string[] | undefined = type === 'technology' ? TECHNOLOGY_KINDS : type === 'criterion' ? CRITERION_CATEGORIES : undefined;
  if (kind === undefined) return;
  if (!allowed?.includes(kind)) {
    throw new DomainError(ErrorCode.VALIDATION_FAILED, `kind '${kind}' does not apply to a ${type}${allowed ? ` (one of ${allowed.join(', ')})` : ''}`, [{ field: 'kind', message: 'not a kind of this type' }]);
  }
}

/**
 * A claim's fields after a change (null clears a field). A new quote without offsets is located
 * (it must stand once in the text); the quote must then be the text between its offsets.
 */
function changedFields(body: string, current: ClaimFields, patch: DraftClaimFieldsInput): ClaimFields {
  const merged: Record<string, unknown> = { ...current };
  for (const [name, value] of Object.entries(patch)) if (value !== undefined) merged[name] = value;
  if (patch.quote !== undefined && patch.start === undefined && patch.end === undefined && patch.quote !== current.quote) {
    Object.assign(merged, locateQuote(body, patch.quote));
  }
  const fields = withoutEmpty(merged) as unknown as ClaimFields;
  const cleared = (['kind', 'statement', 'quote', 'start', 'end'] as const).filter((name) => fields[name] === undefined);
  if (cleared.length) {
    throw new DomainError(ErrorCode.VALIDATION_FAILED, `a claim always has ${cleared.join(', ')}: ${cleared.length > 1 ? 'they' : 'it'} cannot be cleared`, cleared.map((name) => ({ field: `claim.${name}`, message: 'cannot be null' })));
  }
  return checkedFields(body, fields);
}

/** The quote at its offsets and the kind's shape rules, as the ingest will check them at publish. */
function checkedFields(body: string, fields: ClaimFields): ClaimFields {
  checkQuoteAt(body, fields);
  const problems = checkClaimShape(fields, 'claim');
  if (problems.length) {
    throw new DomainError(ErrorCode.INVALID_ANNOTATION, `the claim is not well-formed: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`, problems);
  }
  return fields;
}
