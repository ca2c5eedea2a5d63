import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiIfMatch, ETAG_HEADER } from '../../common/http/if-match.decorator.js';
import { ApiProblems } from '../../common/http/problem-details.model.js';
import { ApiRecordId, RecordIdPipe } from '../../common/http/record-id.pipe.js';
import { RequiresRole } from '../auth/api-key.guard.js';
import type { Principal } from '../auth/api-key.types.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { ExtractArticleInput } from '../extraction/dto/extract-article.input.js';
import { ExtractionDraftModel } from '../extraction/models/extraction-draft.model.js';
import { draftEtag, publishedLink, toDraftModel, toDraftSummaryModel, toStatsModel } from './draft.mapper.js';
import { DraftPublishService } from './draft-publish.service.js';
import { DraftsService } from './drafts.service.js';
import type { StoredDraft } from './drafts.types.js';
import { AddDraftClaimInput } from './dto/draft-claim-fields.input.js';
import { DraftClaimDecisionsInput } from './dto/draft-claim-decisions.input.js';
import { DraftClaimPatchInput } from './dto/draft-claim-patch.input.js';
import { DraftCreateQuery } from './dto/draft-create.query.js';
import { DraftListQuery } from './dto/draft-list.query.js';
import { DraftClaimKeyParams, DraftProposalParams } from './dto/draft-path.params.js';
import { DraftProposalInput } from './dto/draft-proposal.input.js';
import { DraftPublishInput } from './dto/draft-publish.input.js';
import { ExtractionStatsQuery } from './dto/extraction-stats.query.js';
import { ExtractionStatsService } from './extraction-stats.service.js';
import { ExtractionStatsModel } from './models/extraction-stats.model.js';
import { DraftPublishResultModel, ProposalCandidateModel, StoredDraftModel, StoredDraftPageModel } from './models/stored-draft.model.js';

/** Stored drafts, for editors only (reads too: a draft is unpublished work). */
@ApiTags('extractions')
@ApiProblems()
@RequiresRole('editor')
@Controller('extractions')
export class DraftsController {
  constructor(
    private readonly drafts: DraftsService,
    private readonly publishing: DraftPublishService,
    private readonly statistics: ExtractionStatsService,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Draft an annotation from an article and store it for review (201, Location); ?dryRun=true answers the draft and stores nothing (200)' })
  @ApiCreatedResponse({ type: StoredDraftModel, headers: { ...ETAG_HEADER, Location: { description: '/api/extractions/{id}', schema: { type: 'string' } } } })
  @ApiOkResponse({ type: ExtractionDraftModel, description: 'dryRun=true: the draft in the shape POST /api/sources takes, nothing stored' })
  @ApiProblems(400, 401, 403, 413)
  async create(@Body() input: ExtractArticleInput, @Query() query: DraftCreateQuery, @CurrentPrincipal() principal: Principal | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    if (query.dryRun === 'true') {
      void reply.status(200);
      return this.drafts.dryRun(input);
    }
    const draft = await this.drafts.create(input, principal?.name ?? 'unknown');
    void reply.status(201).header('Location', `/api/extractions/${draft.id}`);
    return sent(reply, draft);
  }

  @Get()
  @ApiOperation({ summary: 'Stored drafts, newest first, a page at a time (pass pageInfo.endCursor as after)' })
  @ApiOkResponse({ type: StoredDraftPageModel })
  @ApiProblems(400, 401, 403)
  async list(@Query() query: DraftListQuery) {
    const page = await this.drafts.list(query.status ?? undefined, query.first, query.after);
    return { items: page.items.map(toDraftSummaryModel), pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: !!query.after, startCursor: null, endCursor: page.endCursor } };
  }

  @Get('stats')
  @ApiOperation({ summary: 'Acceptance of drafted claims over published drafts: per kind, per format, over time, edited fields' })
  @ApiOkResponse({ type: ExtractionStatsModel })
  @ApiProblems(400, 401, 403)
  async stats(@Query() query: ExtractionStatsQuery) {
    return toStatsModel(await this.statistics.stats(query));
  }

  @Get(':id')
  @ApiRecordId()
  @ApiOperation({ summary: 'One draft: the source text, every claim as drafted and as it stands, the taxonomy proposals' })
  @ApiOkResponse({ type: StoredDraftModel, headers: ETAG_HEADER })
  @ApiProblems(400, 401, 403, 404)
  async get(@Param('id', RecordIdPipe) id: number, @Res({ passthrough: true }) reply: FastifyReply) {
    return sent(reply, await this.drafts.get(id));
  }

  @Patch(':id/claims/:key')
  @ApiOperation({ summary: 'Decide a claim (pending, accepted, rejected) and/or change its fields; changed fields are recorded against the drafted claim' })
  @ApiIfMatch()
  @ApiOkResponse({ type: StoredDraftModel, headers: ETAG_HEADER })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422)
  async editClaim(@Param() params: DraftClaimKeyParams, @Body() patch: DraftClaimPatchInput, @Headers('if-match') ifMatch: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return sent(reply, await this.drafts.editClaim(params.id, params.key, patch, ifMatch));
  }

  @Post(':id/claims/decisions')
  @HttpCode(200)
  @ApiRecordId()
  @ApiOperation({ summary: 'One decision for many claims' })
  @ApiIfMatch()
  @ApiOkResponse({ type: StoredDraftModel, headers: ETAG_HEADER })
  @ApiProblems(400, 401, 403, 404, 409, 412)
  async decideClaims(@Param('id', RecordIdPipe) id: number, @Body() input: DraftClaimDecisionsInput, @Headers('if-match') ifMatch: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return sent(reply, await this.drafts.decideClaims(id, input.keys, input.decision, ifMatch));
  }

  @Post(':id/claims')
  @ApiRecordId()
  @ApiOperation({ summary: 'Add a claim by its quote and offsets in the source text (422 QUOTE_MISMATCH when the text there differs); it starts accepted' })
  @ApiIfMatch()
  @ApiCreatedResponse({ type: StoredDraftModel, headers: ETAG_HEADER })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422)
  async addClaim(@Param('id', RecordIdPipe) id: number, @Body() input: AddDraftClaimInput, @Headers('if-match') ifMatch: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return sent(reply, await this.drafts.addClaim(id, input, ifMatch));
  }

  @Patch(':id/proposals/:type/:slug')
  @ApiOperation({ summary: 'Map a proposed technology, criterion or use case to an existing entry, or accept it as new (mapTo null) with its fields' })
  @ApiIfMatch()
  @ApiOkResponse({ type: StoredDraftModel, headers: ETAG_HEADER })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422)
  async mapProposal(@Param() params: DraftProposalParams, @Body() input: DraftProposalInput, @Headers('if-match') ifMatch: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return sent(reply, await this.drafts.mapProposal(params.id, params.type, params.slug, input, ifMatch));
  }

  @Get(':id/proposals/:type/:slug/candidates')
  @ApiOperation({ summary: 'The existing entries closest to a proposal (names, aliases, keywords), best first, up to 5' })
  @ApiOkResponse({ type: ProposalCandidateModel, isArray: true })
  @ApiProblems(400, 401, 403, 404)
  candidates(@Param() params: DraftProposalParams) {
    return this.drafts.candidates(params.id, params.type, params.slug);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiRecordId()
  @ApiOperation({ summary: 'Discard a draft (kept, not counted in the stats); a published draft cannot be discarded (409)' })
  @ApiIfMatch()
  @ApiNoContentResponse({ description: 'Discarded' })
  @ApiProblems(400, 401, 403, 404, 409, 412)
  async discard(@Param('id', RecordIdPipe) id: number, @Headers('if-match') ifMatch: string | undefined) {
    await this.drafts.discard(id, ifMatch);
  }

  @Post(':id/publish')
  @ApiRecordId()
  @ApiOperation({
    summary: 'Publish: the accepted claims through the write of POST /api/sources, in one transaction with the draft record',
    description: 'Pending claims without `pending` are 422 PENDING_CLAIMS. The write\'s own 409, 412, 422 and 428 pass through with their codes.',
  })
  @ApiIfMatch()
  @ApiCreatedResponse({ type: DraftPublishResultModel, headers: ETAG_HEADER })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422, 428)
  async publish(@Param('id', RecordIdPipe) id: number, @Body() input: DraftPublishInput, @Headers('if-match') ifMatch: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    const { draft, compares } = await this.publishing.publish(id, input.pending, ifMatch);
    void reply.header('ETag', draftEtag(draft));
    return { draft: toDraftModel(draft), source: publishedLink(draft.publishedSlug!, compares) };
  }
}

/** The draft's representation, its version's ETag in the header. */
function sent(reply: FastifyReply, draft: StoredDraft) {
  void reply.header('ETag', draftEtag(draft));
  return toDraftModel(draft);
}
