import { ApiHeader, ApiNoContentResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Body, Controller, Delete, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiProblems } from '../../common/http/problem-details.model.js';
import { SourceSlugParams } from '../sources/dto/source-slug.params.js';
import { IF_MATCH_MAX_LENGTH } from '../sources/source-identity.js';
import { IngestSourceInput } from './dto/ingest-source.dto.js';
import { IngestionService } from './ingestion.service.js';
import { IngestionResultModel } from './models/ingestion-result.model.js';

/**
 * The writes of /api/sources: a source with its claims, in one transaction over sources/, claims/
 * and taxonomy/ (the reads of /api/sources: SourcesController).
 */
@ApiTags('sources')
@ApiProblems()
@Controller('sources')
export class IngestionController {
  constructor(private readonly ingestion: IngestionService) {}

  /** All or nothing: every quote verified in the body, aliases resolved, one transaction. Idempotent. */
  @Post()
  @ApiOperation({
    // The operationId it had while SourcesController served it: the document stays as it was.
    operationId: 'SourcesController_ingest',
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
  @ApiOperation({ operationId: 'SourcesController_remove', summary: 'Delete a source and its claims (editor key); a key that is a slug names that source, else the source with that externalId' })
  @ApiHeader({ name: 'If-Match', required: false, schema: { type: 'string', maxLength: IF_MATCH_MAX_LENGTH }, description: 'ETag of the stored source: deleted only while it is current (412 otherwise)' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(401, 403, 404, 412)
  async remove(@Param() params: SourceSlugParams, @Headers('if-match') ifMatch: string | undefined) {
    await this.ingestion.deleteSource(params.slug, ifMatch);
  }
}
