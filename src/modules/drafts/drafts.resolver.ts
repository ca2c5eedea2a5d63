import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequiresRole } from '../auth/api-key.guard.js';
import type { Principal } from '../auth/api-key.types.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { ExtractArticleInput } from '../extraction/dto/extract-article.input.js';
import { publishedLink, toDraftModel, toDraftSummaryModel, toStatsModel } from './draft.mapper.js';
import { DraftPublishService } from './draft-publish.service.js';
import { DraftsService } from './drafts.service.js';
import { AddDraftClaimInput } from './dto/draft-claim-fields.input.js';
import { DraftClaimDecisionsInput } from './dto/draft-claim-decisions.input.js';
import { DraftClaimPatchInput } from './dto/draft-claim-patch.input.js';
import { DraftListQuery } from './dto/draft-list.query.js';
import { DraftProposalInput } from './dto/draft-proposal.input.js';
import { ExtractionStatsQuery } from './dto/extraction-stats.query.js';
import { ExtractionStatsService } from './extraction-stats.service.js';
import { ExtractionStatsModel } from './models/extraction-stats.model.js';
import { DraftPublishResultModel, ProposalCandidateModel, StoredDraftModel, StoredDraftPageModel } from './models/stored-draft.model.js';
import { PROPOSAL_TYPES, type ProposalType } from './drafts.types.js';
import { DomainError, ErrorCode } from '../../common/errors/domain-error.js';

const IF_MATCH = { type: () => String, nullable: true, description: 'The draft etag, as If-Match on REST (PRECONDITION_FAILED when it is not current)' } as const;

/** The same service as REST's /api/extractions, for editors only. */
@RequiresRole('editor')
@Resolver(() => StoredDraftModel)
export class DraftsResolver {
  constructor(
    private readonly drafts: DraftsService,
    private readonly publishing: DraftPublishService,
    private readonly statistics: ExtractionStatsService,
  ) {}

  @Query(() => StoredDraftPageModel, { description: 'Stored drafts, newest first (editor key)' })
  async extractionDrafts(@Args() query: DraftListQuery) {
    const page = await this.drafts.list(query.status ?? undefined, query.first, query.after);
    return { items: page.items.map(toDraftSummaryModel), pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: !!query.after, startCursor: null, endCursor: page.endCursor } };
  }

  @Query(() => StoredDraftModel, { description: 'One stored draft (editor key)' })
  async extractionDraft(@Args('id', { type: () => Int }) id: number) {
    return toDraftModel(await this.drafts.get(id));
  }

  @Query(() => [ProposalCandidateModel], { description: 'The existing entries closest to a proposal, best first (editor key)' })
  draftProposalCandidates(@Args('id', { type: () => Int }) id: number, @Args('type') type: string, @Args('slug') slug: string) {
    return this.drafts.candidates(id, proposalType(type), slug);
  }

  @Query(() => ExtractionStatsModel, { description: 'Acceptance of drafted claims over published drafts (editor key)' })
  async extractionStats(@Args() query: ExtractionStatsQuery) {
    return toStatsModel(await this.statistics.stats(query));
  }

  @Mutation(() => StoredDraftModel, { description: 'Draft an annotation from an article and store it for review (editor key); extractDraft stores nothing' })
  async createExtractionDraft(@Args('input', { type: () => ExtractArticleInput }) input: ExtractArticleInput, @CurrentPrincipal() principal: Principal | undefined) {
    return toDraftModel(await this.drafts.create(input, principal?.name ?? 'unknown'));
  }

  @Mutation(() => StoredDraftModel, { description: 'One decision for many claims of a draft' })
  async decideDraftClaims(@Args('id', { type: () => Int }) id: number, @Args('input', { type: () => DraftClaimDecisionsInput }) input: DraftClaimDecisionsInput, @Args('ifMatch', IF_MATCH) ifMatch?: string) {
    return toDraftModel(await this.drafts.decideClaims(id, input.keys, input.decision, ifMatch ?? undefined));
  }

  @Mutation(() => StoredDraftModel, { description: 'Decide a draft claim and/or change its fields' })
  async editDraftClaim(@Args('id', { type: () => Int }) id: number, @Args('key') key: string, @Args('input', { type: () => DraftClaimPatchInput }) input: DraftClaimPatchInput, @Args('ifMatch', IF_MATCH) ifMatch?: string) {
    return toDraftModel(await this.drafts.editClaim(id, key, input, ifMatch ?? undefined));
  }

  @Mutation(() => StoredDraftModel, { description: 'Add a claim by its quote and offsets in the draft text' })
  async addDraftClaim(@Args('id', { type: () => Int }) id: number, @Args('input', { type: () => AddDraftClaimInput }) input: AddDraftClaimInput, @Args('ifMatch', IF_MATCH) ifMatch?: string) {
    return toDraftModel(await this.drafts.addClaim(id, input, ifMatch ?? undefined));
  }

  @Mutation(() => StoredDraftModel, { description: 'Map a proposal to an existing entry, or accept it as new (type: technology, criterion or useCase)' })
  async mapDraftProposal(
    @Args('id', { type: () => Int }) id: number,
    @Args('type') type: string,
    @Args('slug') slug: string,
    @Args('input', { type: () => DraftProposalInput }) input: DraftProposalInput,
    @Args('ifMatch', IF_MATCH) ifMatch?: string,
  ) {
    return toDraftModel(await this.drafts.mapProposal(id, proposalType(type), slug, input, ifMatch ?? undefined));
  }

  @Mutation(() => Boolean, { description: 'Discard a draft' })
  async discardExtractionDraft(@Args('id', { type: () => Int }) id: number, @Args('ifMatch', IF_MATCH) ifMatch?: string) {
    await this.drafts.discard(id, ifMatch ?? undefined);
    return true;
  }

  @Mutation(() => DraftPublishResultModel, { description: 'Publish a draft through the write of ingestSource; pending: accept or reject the claims still pending' })
  async publishExtractionDraft(@Args('id', { type: () => Int }) id: number, @Args('pending', { type: () => String, nullable: true }) pending?: string, @Args('ifMatch', IF_MATCH) ifMatch?: string) {
    const { draft, compares } = await this.publishing.publish(id, pendingChoice(pending), ifMatch ?? undefined);
    return { draft: toDraftModel(draft), source: publishedLink(draft.publishedSlug!, compares) };
  }
}

function proposalType(type: string): ProposalType {
  if ((PROPOSAL_TYPES as readonly string[]).includes(type)) return type as ProposalType;
  throw new DomainError(ErrorCode.VALIDATION_FAILED, `type must be one of ${PROPOSAL_TYPES.join(', ')}`, [{ field: 'type', message: 'unknown proposal type' }]);
}

function pendingChoice(pending: string | null | undefined): 'accept' | 'reject' | undefined {
  if (pending === null || pending === undefined) return undefined;
  if (pending === 'accept' || pending === 'reject') return pending;
  throw new DomainError(ErrorCode.VALIDATION_FAILED, 'pending must be accept or reject', [{ field: 'pending', message: 'accept or reject' }]);
}
