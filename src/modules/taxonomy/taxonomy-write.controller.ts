import { Body, Controller, Delete, Headers, HttpCode, Param, Patch, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiIfMatch, ETAG_HEADER } from '../../common/http/if-match.decorator.js';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../common/http/problem-details.model.js';
import { TaxonomyEntryPatchInput, TaxonomyMergeInput } from './dto/taxonomy-entry-patch.input.js';
import { CriterionEntryDto, TechnologyEntryDto, UseCaseEntryDto } from './dto/taxonomy-files.dto.js';
import { TechnologyParams } from './dto/technology.params.js';
import { TaxonomyEntryModel, TaxonomyMergeResultModel } from './models/taxonomy-entry.model.js';
import { TaxonomyWriteService } from './taxonomy-write.service.js';

/** Taxonomy writes (editor key): technologies, criteria and use cases alike. */
@ApiTags('taxonomy')
@ApiProblems(401, 403)
@Controller()
export class TaxonomyWriteController {
  constructor(private readonly taxonomy: TaxonomyWriteService) {}

  @Post('technologies')
  @ApiOperation({ summary: 'Create a technology (editor key); 409 when its slug, name or an alias names another' })
  @ApiCreatedResponse({ type: TaxonomyEntryModel })
  @ApiProblems(409, 422)
  createTechnology(@Body() input: TechnologyEntryDto) {
    return this.taxonomy.create('technology', input);
  }

  @Patch('technologies/:slug')
  @ApiOperation({ summary: 'Change a technology: name, kind, parent, aliases, keywords (editor key)' })
  @ApiOkResponse({ type: TaxonomyEntryModel, headers: ETAG_HEADER })
  @ApiIfMatch()
  @ApiProblems(404, 409, 412, 422)
  async updateTechnology(@Param() params: TechnologyParams, @Body() patch: TaxonomyEntryPatchInput, @Headers('if-match') ifMatch: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return withEtag(reply, await this.taxonomy.update('technology', params.slug, patch, ifMatch));
  }

  @Delete('technologies/:slug')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a technology nothing refers to (editor key); 409 while referenced' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiIfMatch()
  @ApiProblems(404, 409, 412)
  async removeTechnology(@Param() params: TechnologyParams, @Headers('if-match') ifMatch: string | undefined) {
    await this.taxonomy.remove('technology', params.slug, ifMatch);
  }

  @Post('technologies/:slug/merge')
  @HttpCode(200)
  @ApiOperation({ summary: 'Merge a technology into another: claims move, its names become aliases (editor key)' })
  @ApiOkResponse({ type: TaxonomyMergeResultModel })
  @ApiIfMatch()
  @ApiProblems(404, 409, 412)
  mergeTechnology(@Param() params: TechnologyParams, @Body() input: TaxonomyMergeInput, @Headers('if-match') ifMatch: string | undefined) {
    return this.taxonomy.merge('technology', params.slug, input.into, ifMatch);
  }

  @Post('criteria')
  @ApiOperation({ summary: 'Create a criterion (editor key)' })
  @ApiCreatedResponse({ type: TaxonomyEntryModel })
  @ApiProblems(409, 422)
  createCriterion(@Body() input: CriterionEntryDto) {
    return this.taxonomy.create('criterion', input);
  }

  @Patch('criteria/:slug')
  @ApiOperation({ summary: 'Change a criterion: name, category, description, aliases, keywords (editor key)' })
  @ApiOkResponse({ type: TaxonomyEntryModel, headers: ETAG_HEADER })
  @ApiIfMatch()
  @ApiProblems(404, 409, 412, 422)
  async updateCriterion(@Param() params: TechnologyParams, @Body() patch: TaxonomyEntryPatchInput, @Headers('if-match') ifMatch: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return withEtag(reply, await this.taxonomy.update('criterion', params.slug, patch, ifMatch));
  }

  @Delete('criteria/:slug')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a criterion no claim refers to (editor key)' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiIfMatch()
  @ApiProblems(404, 409, 412)
  async removeCriterion(@Param() params: TechnologyParams, @Headers('if-match') ifMatch: string | undefined) {
    await this.taxonomy.remove('criterion', params.slug, ifMatch);
  }

  @Post('criteria/:slug/merge')
  @HttpCode(200)
  @ApiOperation({ summary: 'Merge a criterion into another (editor key)' })
  @ApiOkResponse({ type: TaxonomyMergeResultModel })
  @ApiIfMatch()
  @ApiProblems(404, 409, 412)
  mergeCriterion(@Param() params: TechnologyParams, @Body() input: TaxonomyMergeInput, @Headers('if-match') ifMatch: string | undefined) {
    return this.taxonomy.merge('criterion', params.slug, input.into, ifMatch);
  }

  @Post('use-cases')
  @ApiOperation({ summary: 'Create a use case (editor key)' })
  @ApiCreatedResponse({ type: TaxonomyEntryModel })
  @ApiProblems(409, 422)
  createUseCase(@Body() input: UseCaseEntryDto) {
    return this.taxonomy.create('useCase', input);
  }

  @Patch('use-cases/:slug')
  @ApiOperation({ summary: 'Change a use case: name, aliases, keywords (editor key)' })
  @ApiOkResponse({ type: TaxonomyEntryModel, headers: ETAG_HEADER })
  @ApiIfMatch()
  @ApiProblems(404, 409, 412, 422)
  async updateUseCase(@Param() params: TechnologyParams, @Body() patch: TaxonomyEntryPatchInput, @Headers('if-match') ifMatch: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return withEtag(reply, await this.taxonomy.update('useCase', params.slug, patch, ifMatch));
  }

  @Delete('use-cases/:slug')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a use case no claim refers to (editor key)' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiIfMatch()
  @ApiProblems(404, 409, 412)
  async removeUseCase(@Param() params: TechnologyParams, @Headers('if-match') ifMatch: string | undefined) {
    await this.taxonomy.remove('useCase', params.slug, ifMatch);
  }

  @Post('use-cases/:slug/merge')
  @HttpCode(200)
  @ApiOperation({ summary: 'Merge a use case into another (editor key)' })
  @ApiOkResponse({ type: TaxonomyMergeResultModel })
  @ApiIfMatch()
  @ApiProblems(404, 409, 412)
  mergeUseCase(@Param() params: TechnologyParams, @Body() input: TaxonomyMergeInput, @Headers('if-match') ifMatch: string | undefined) {
    return this.taxonomy.merge('useCase', params.slug, input.into, ifMatch);
  }
}

/** Sends the entry's ETag header beside its body. */
function withEtag(reply: FastifyReply, entry: TaxonomyEntryModel): TaxonomyEntryModel {
  void reply.header('ETag', entry.etag);
  return entry;
}
