import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../common/http/problem-details.model.js';
import { SourceListModel, SourceModel } from './models/source.model.js';
import { Body, Controller, Delete, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { IngestSourceInput } from '../ingestion/dto/ingest-source.dto.js';
import { IngestionService } from '../ingestion/ingestion.service.js';
import { IngestionResultModel } from '../ingestion/models/ingestion-result.model.js';
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
  @ApiOperation({ summary: 'Sources with claim counts and the technologies they compare' })
  @ApiOkResponse({ type: SourceListModel })
  list() {
    return this.sources.list();
  }

  @Get(':slug')
  @ApiOperation({ summary: 'One source (slug or externalId): metadata, full text, claim counts by kind' })
  @ApiOkResponse({ type: SourceModel })
  @ApiProblems(404)
  get(@Param() params: SourceSlugParams) {
    return this.sources.get(params.slug);
  }

  /** All or nothing: every quote verified in the body, aliases resolved, one transaction. Idempotent. */
  @Post()
  @ApiOperation({ summary: 'Ingest a source with its claims (editor key); 201 created, 200 updated or unchanged' })
  @ApiOkResponse({ type: IngestionResultModel })
  @ApiProblems(401, 403, 409, 413, 422)
  async ingest(@Body() input: IngestSourceInput, @Res({ passthrough: true }) reply: FastifyReply) {
    const result = await this.ingestion.ingestWithBody(input);
    void reply.status(result.status === 'created' ? 201 : 200);
    return result;
  }

  @Delete(':slug')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a source and its claims (editor key)' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(401, 403, 404)
  async remove(@Param() params: SourceSlugParams) {
    await this.ingestion.deleteSource(params.slug);
  }
}
