import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../common/http/problem-details.model.js';
import { CriterionListModel, TechnologyDetailModel, TechnologyListModel, UseCaseListModel } from './models/taxonomy.model.js';
import { Controller, Get, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ETAG_HEADER } from '../../common/http/if-match.decorator.js';
import { TechnologyParams } from './dto/technology.params.js';
import { TaxonomyQueryService } from './taxonomy-query.service.js';

@ApiTags('taxonomy')
@ApiProblems()
@Controller()
export class TaxonomyController {
  constructor(private readonly taxonomy: TaxonomyQueryService) {}

  @Get('technologies')
  @ApiOperation({ summary: 'Technologies with kind, parent, aliases and claim counts' })
  @ApiOkResponse({ type: TechnologyListModel })
  async technologies() {
    return { items: await this.taxonomy.technologies() };
  }

  @Get('technologies/:slug')
  @ApiOperation({ summary: 'One technology by slug or alias (node -> nodejs)' })
  @ApiOkResponse({ type: TechnologyDetailModel, headers: ETAG_HEADER })
  @ApiProblems(404)
  async technology(@Param() params: TechnologyParams, @Res({ passthrough: true }) reply: FastifyReply) {
    const technology = await this.taxonomy.technology(params.slug);
    void reply.header('ETag', technology.etag);
    return technology;
  }

  @Get('criteria')
  @ApiOperation({ summary: 'Criteria with aliases and claim counts per technology' })
  @ApiOkResponse({ type: CriterionListModel })
  async criteria() {
    return { items: await this.taxonomy.criteria() };
  }

  @Get('use-cases')
  @ApiOperation({ summary: 'Use cases with aliases and claim counts per technology' })
  @ApiOkResponse({ type: UseCaseListModel })
  async useCases() {
    return { items: await this.taxonomy.useCases() };
  }
}
