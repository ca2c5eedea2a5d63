import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../common/http/problem-details.model.js';
import { SourceListModel, SourceModel } from './models/source.model.js';
import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { SourceListQueryDto } from './dto/source-list.query.js';
import { SourceSlugParams } from './dto/source-slug.params.js';
import { SourcesService } from './sources.service.js';

@ApiTags('sources')
@ApiProblems()
@Controller('sources')
export class SourcesController {
  constructor(private readonly sources: SourcesService) {}

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
}
