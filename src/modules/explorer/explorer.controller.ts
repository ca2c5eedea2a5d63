import { Controller, Get, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { publicBase } from '../../common/http/public-url.js';
import { validateDto } from '../../common/http/validate-dto.js';
import { RecordIdPipe } from '../../common/http/record-id.pipe.js';
import type { Environment } from '../../config/environment.js';
import { ComparisonParams, criteriaList } from '../comparisons/dto/comparison.params.js';
import { PageQuery } from '../../common/http/page-query.dto.js';
import { ClaimsPageQuery, ComparePageQuery, RecommendPageQuery } from './dto/explorer-query.dto.js';
import { ExplorerService } from './explorer.service.js';
import { PageErrorFilter } from '../../common/pages/page-error.filter.js';

/** The explorer web app and the citation pages (outside /api: see PAGE_PATHS); errors answered as pages. */
@ApiExcludeController()
@UseFilters(PageErrorFilter)
@Controller()
export class ExplorerController {
  constructor(
    private readonly explorer: ExplorerService,
    private readonly config: ConfigService<Environment, true>,
  ) {}

  @Get()
  async home(@Query() _query: PageQuery, @Res() reply: FastifyReply) {
    sendPage(reply, await this.explorer.home());
  }

  @Get('compare/:a/:b')
  async compare(@Param() params: ComparisonParams, @Query() query: ComparePageQuery, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    sendPage(reply, await this.explorer.compare(params.a, params.b, this.base(request), criteriaList(query.criteria)));
  }

  /** A GET form sends its empty fields too (`kind=`): they mean no filter, so they are dropped before validation. */
  @Get('explore/claims')
  async claims(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const filled = Object.fromEntries(Object.entries(request.query as Record<string, unknown>).filter(([, v]) => v !== ''));
    const query = validateDto(ClaimsPageQuery, filled, 'The search');
    sendPage(reply, await this.explorer.claimsBrowser(query, this.base(request)));
  }

  @Get('explore/recommend')
  async recommend(@Query() query: RecommendPageQuery, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    sendPage(reply, await this.explorer.recommend(query.need ?? [], this.base(request)));
  }

  /** The citation page every embed and fragment link goes to. */
  @Get('citations/:id')
  async citation(@Param('id', RecordIdPipe) id: number, @Query() _query: PageQuery, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    sendPage(reply, await this.explorer.citation(id, this.base(request)));
  }

  private base(request: FastifyRequest): string {
    return publicBase(request, this.config.get('KB_PUBLIC_URL', { infer: true })).base;
  }
}

function sendPage(reply: FastifyReply, html: string): void {
  void reply.header('Cache-Control', 'public, max-age=60').type('text/html; charset=utf-8').send(html);
}
