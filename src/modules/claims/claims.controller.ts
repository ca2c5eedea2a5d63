import { ApiRecordId, RecordIdPipe } from '../../common/http/record-id.pipe.js';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../common/http/problem-details.model.js';
import { ClaimModel, ClaimPageModel } from './models/claim.model.js';
import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Query, Req, Res, StreamableFile } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiIfMatch, ETAG_HEADER } from '../../common/http/if-match.decorator.js';
import { ClaimsExportService } from './claims-export.service.js';
import { claimExportFormat, EXPORT_CONTENT_TYPES } from './claims-export.js';
import { ClaimEditService } from './claim-edit.service.js';
import { ClaimPatchInput } from './dto/claim-patch.input.js';
import { ClaimsService } from './claims.service.js';
import { ClaimQueryDto } from './dto/claim-filter.input.js';

@ApiTags('claims')
@ApiProblems()
@Controller('claims')
export class ClaimsController {
  constructor(
    private readonly claims: ClaimsService,
    private readonly edits: ClaimEditService,
    private readonly exports: ClaimsExportService,
  ) {}

  @Get()
  @ApiProblems(422)
  @ApiOperation({
    summary: 'Claims, filtered (aliases accepted), keyset-paged, with full-text search; format=csv|ndjson streams every match',
    description: 'Accept: text/csv or application/x-ndjson exports every matching claim, as format= does.',
  })
  @ApiOkResponse({ type: ClaimPageModel })
  @ApiProduces('application/json', 'text/csv', 'application/x-ndjson')
  // Accept is read from the request, not by @Headers(): that would document it as a required parameter.
  async list(@Query() query: ClaimQueryDto, @Req() request: FastifyRequest) {
    const { limit, cursor, format, count, sort, ...filter } = query;
    const exportAs = claimExportFormat(format, request.headers.accept);
    if (exportAs !== 'json') {
      const stream = await this.exports.stream(filter, exportAs);
      return new StreamableFile(stream, { type: EXPORT_CONTENT_TYPES[exportAs], disposition: `attachment; filename="claims.${exportAs}"` });
    }
    return this.claims.list(filter, limit, cursor, count, sort);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One claim, with its ETag (send it as If-Match to change or delete the claim)' })
  @ApiOkResponse({ type: ClaimModel, headers: ETAG_HEADER })
  @ApiProblems(404)
  @ApiRecordId()
  async get(@Param('id', RecordIdPipe) id: number, @Res({ passthrough: true }) reply: FastifyReply) {
    const { claim, etag } = await this.claims.getVersioned(id);
    void reply.header('ETag', etag);
    return claim;
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change a claim (editor key); checked like a new one, quote verified in the text; If-Match optional (412 when stale)' })
  @ApiIfMatch()
  @ApiOkResponse({ type: ClaimModel, headers: ETAG_HEADER })
  @ApiProblems(401, 403, 404, 412, 422)
  @ApiRecordId()
  async update(@Param('id', RecordIdPipe) id: number, @Body() patch: ClaimPatchInput, @Headers('if-match') ifMatch: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    const { etag } = await this.edits.update(id, patch, ifMatch);
    void reply.header('ETag', etag);
    return this.claims.get(id);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a claim (editor key); If-Match optional (412 when stale)' })
  @ApiIfMatch()
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(401, 403, 404, 412)
  @ApiRecordId()
  async remove(@Param('id', RecordIdPipe) id: number, @Headers('if-match') ifMatch: string | undefined) {
    await this.edits.delete(id, ifMatch);
  }
}
