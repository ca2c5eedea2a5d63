import { Body, Controller, Delete, HttpCode, Param, Patch, Post } from '@nestjs/common';
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
  @ApiOkResponse({ type: TaxonomyEntryModel })
  @ApiProblems(404, 409, 422)
  updateTechnology(@Param() params: TechnologyParams, @Body() patch: TaxonomyEntryPatchInput) {
    return this.taxonomy.update('technology', params.slug, patch);
  }

  @Delete('technologies/:slug')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a technology nothing refers to (editor key); 409 while referenced' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(404, 409)
  async removeTechnology(@Param() params: TechnologyParams) {
    await this.taxonomy.remove('technology', params.slug);
  }

  @Post('technologies/:slug/merge')
  @HttpCode(200)
  @ApiOperation({ summary: 'Merge a technology into another: claims move, its names become aliases (editor key)' })
  @ApiOkResponse({ type: TaxonomyMergeResultModel })
  @ApiProblems(404, 409)
  mergeTechnology(@Param() params: TechnologyParams, @Body() input: TaxonomyMergeInput) {
    return this.taxonomy.merge('technology', params.slug, input.into);
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
  @ApiOkResponse({ type: TaxonomyEntryModel })
  @ApiProblems(404, 409, 422)
  updateCriterion(@Param() params: TechnologyParams, @Body() patch: TaxonomyEntryPatchInput) {
    return this.taxonomy.update('criterion', params.slug, patch);
  }

  @Delete('criteria/:slug')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a criterion no claim refers to (editor key)' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(404, 409)
  async removeCriterion(@Param() params: TechnologyParams) {
    await this.taxonomy.remove('criterion', params.slug);
  }

  @Post('criteria/:slug/merge')
  @HttpCode(200)
  @ApiOperation({ summary: 'Merge a criterion into another (editor key)' })
  @ApiOkResponse({ type: TaxonomyMergeResultModel })
  @ApiProblems(404, 409)
  mergeCriterion(@Param() params: TechnologyParams, @Body() input: TaxonomyMergeInput) {
    return this.taxonomy.merge('criterion', params.slug, input.into);
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
  @ApiOkResponse({ type: TaxonomyEntryModel })
  @ApiProblems(404, 409, 422)
  updateUseCase(@Param() params: TechnologyParams, @Body() patch: TaxonomyEntryPatchInput) {
    return this.taxonomy.update('useCase', params.slug, patch);
  }

  @Delete('use-cases/:slug')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a use case no claim refers to (editor key)' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(404, 409)
  async removeUseCase(@Param() params: TechnologyParams) {
    await this.taxonomy.remove('useCase', params.slug);
  }

  @Post('use-cases/:slug/merge')
  @HttpCode(200)
  @ApiOperation({ summary: 'Merge a use case into another (editor key)' })
  @ApiOkResponse({ type: TaxonomyMergeResultModel })
  @ApiProblems(404, 409)
  mergeUseCase(@Param() params: TechnologyParams, @Body() input: TaxonomyMergeInput) {
    return this.taxonomy.merge('useCase', params.slug, input.into);
  }
}
