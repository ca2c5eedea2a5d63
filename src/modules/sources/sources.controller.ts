import { IF_MATCH_MAX_LENGTH } from './source-identity.js';
import { ApiHeader, ApiNoContentResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../common/http/problem-details.model.js';
import { SourceListModel, SourceModel } from './models/source.model.js';
import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { IngestSourceInput } from '../ingestion/dto/ingest-source.dto.js';
import { IngestionService } from '../ingestion/ingestion.service.js';
import { IngestionResultModel } from '../ingestion/models/ingestion-result.model.js';
import { SourceListQueryDto } from './dto/source-list.query.js';
import { SourceSlugParams } from './dto/source-slug.params.js';
import { SourcesService } from './sources.service.js';

@ApiTags('sources')
@ApiProblems()
@Controller('sources')
export class SourcesController {
  constructor(
    private readonly sources: SourcesService,
    private readonly ingestion: IngestionService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Sources with claim counts and the technologies they compare, newest first, a page at a time (pass nextCursor as cursor)' })
  @ApiOkResponse({ type: SourceListModel })
  list(@Query() query: SourceListQueryDto) {
    return this.sources.page(query.limit, query.cursor);
  }

  @Get(':slug')
  @ApiOperation({ summary: 'One source (its slug, else the source with that externalId): metadata, full text, claim counts by kind' })
  @ApiOkResponse({ type: SourceModel, headers: { ETag: { description: 'Strong validator of this version: send it as If-Match to change the text', schema: { type: 'string' } } } })
  @ApiProblems(404)
  async get(@Param() params: SourceSlugParams, @Res({ passthrough: true }) reply: FastifyReply) {
    const source = await this.sources.get(params.slug);
    void reply.header('ETag', source.etag);
    return source;
  }

  /** All or nothing: every quote verified in the body, aliases resolved, one transaction. Idempotent. */
  @Post()
  @ApiOperation({
    summary: 'Ingest a source with its claims (editor key); 201 created, 200 updated or unchanged',
    description:
      'Changes only the source its slug names: a text, slug or externalId of another source is 409. Changing the text of a stored source needs If-Match with its ETag ' +
      '(428 without, 412 when stale); a changed annotation takes If-Match too (optional: without it the last writer wins). Claims keep their ids by key. An optional `taxonomy` block adds technologies, criteria and use cases in the same transaction.',
  })
  @ApiHeader({ name: 'If-Match', required: false, schema: { type: 'string', maxLength: IF_MATCH_MAX_LENGTH }, description: 'ETag of the stored source (GET /api/sources/:slug); required to change its text, checked atomically with the write' })
  @ApiCreatedResponse({ type: IngestionResultModel, description: 'A new source was stored (status created)' })
  @ApiOkResponse({ type: IngestionResultModel, description: 'A stored source was updated, or was already as sent (status updated or unchanged)' })
  @ApiProblems(401, 403, 409, 412, 413, 422, 428)
  async ingest(@Body() input: IngestSourceInput, @Headers('if-match') ifMatch: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    const result = await this.ingestion.ingestWithBody(input, ifMatch);
    void reply.status(result.status === 'created' ? 201 : 200).header('ETag', result.etag);
    return result;
  }

  @Delete(':slug')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a source and its claims (editor key); a key that is a slug names that source, else the source with that externalId' })
  @ApiHeader({ name: 'If-Match', required: false, schema: { type: 'string', maxLength: IF_MATCH_MAX_LENGTH }, description: 'ETag of the stored source: deleted only while it is current (412 otherwise)' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(401, 403, 404, 412)
  async remove(@Param() params: SourceSlugParams, @Headers('if-match') ifMatch: string | undefined) {
    await this.ingestion.deleteSource(params.slug, ifMatch);
  }
}
