import { RecordIdPipe } from '../../common/http/record-id.pipe.js';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../common/http/problem-details.model.js';
import { ClaimModel, ClaimPageModel } from './models/claim.model.js';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Query } from '@nestjs/common';
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
  ) {}

  @Get()
  @ApiOperation({ summary: 'Claims, filtered (aliases accepted), keyset-paged, with full-text search' })
  @ApiOkResponse({ type: ClaimPageModel })
  list(@Query() query: ClaimQueryDto) {
    const { limit, cursor, ...filter } = query;
    return this.claims.list(filter, limit, cursor);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One claim' })
  @ApiOkResponse({ type: ClaimModel })
  @ApiProblems(404)
  get(@Param('id', RecordIdPipe) id: number) {
    return this.claims.get(id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change a claim (editor key); checked like a new one, quote verified in the text' })
  @ApiOkResponse({ type: ClaimModel })
  @ApiProblems(401, 403, 404, 422)
  async update(@Param('id', RecordIdPipe) id: number, @Body() patch: ClaimPatchInput) {
    return this.claims.get(await this.edits.update(id, patch));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a claim (editor key)' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(401, 403, 404)
  async remove(@Param('id', RecordIdPipe) id: number) {
    await this.edits.delete(id);
  }
}
