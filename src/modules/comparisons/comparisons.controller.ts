import { ResponseCache } from '../../common/cache/response-cache.js';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../common/http/problem-details.model.js';
import { ComparisonListModel, ComparisonModel } from './models/comparison.model.js';
import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, ErrorCode } from '../../common/errors/domain-error.js';
import { sendRepresentation } from '../../common/http/cached-representation.js';
import { ConfigService } from '@nestjs/config';
import type { Environment } from '../../config/environment.js';
import { publicBase } from '../../common/http/public-url.js';
import { negotiateFormat } from './comparison.renderers.js';
import { ComparisonsService, consensusOptions } from './comparisons.service.js';
import { ComparisonParams, ComparisonQuery, criteriaList } from './dto/comparison.params.js';

@ApiTags('comparisons')
@Controller('comparisons')
export class ComparisonsController {
  constructor(
    private readonly comparisons: ComparisonsService,
    private readonly responses: ResponseCache,
    private readonly config: ConfigService<Environment, true>,
  ) {}

  @Get()
  @ApiProblems()
  @ApiOperation({ summary: 'The comparisons available: every pair of technologies some source compares' })
  @ApiOkResponse({ type: ComparisonListModel })
  list() {
    return this.comparisons.list();
  }

  /** The comparison table: JSON, CSV, Markdown or embeddable HTML, by `?format=` or Accept. */
  @Get(':a/:b')
  @ApiProblems(404, 406, 422)
  @ApiOperation({
    summary: 'Comparison table of two technologies',
    description:
      'One row per criterion: each source\'s ratings (word, score, quote) and verdicts, a consensus and a conflict flag; then a per-use-case consensus, ' +
      'use cases, scenarios, FAQs, recommendations and the sources cited. Consensus: each source takes one position per criterion or use case: its ' +
      'explicit verdict (weight 1), else the comparison of its own ratings of both technologies on its ordinal scale (weight 0.5; only equal ratings tie), ' +
      'else its use cases, scenarios, recommendations, pros and cons (weight 0.3). Qualifiers ("sometimes") multiply a weight by 0.6. Outcomes keep ' +
      'win, tie, split and neither apart; equal top weights read contested. weighting=recency (halfLifeDays) halves a position\'s weight per half-life ' +
      'of age; off by default. Responses carry a strong ETag (If-None-Match -> 304).',
  })
  @ApiProduces('application/json', 'text/csv', 'text/markdown', 'text/html')
  @ApiOkResponse({ type: ComparisonModel, description: 'JSON; or CSV, Markdown, embeddable HTML by Accept or ?format=' })
  @ApiResponse({ status: 304, description: 'Not modified (If-None-Match matched the ETag)' })
  async table(@Param() params: ComparisonParams, @Query() query: ComparisonQuery, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const format = negotiateFormat(query.format, request.headers.accept);
    if (!format) throw new DomainError(ErrorCode.NOT_ACCEPTABLE, 'Serves application/json, text/csv, text/markdown or text/html (or use ?format=)');
    const { base, fromRequest } = publicBase(request, this.config.get('KB_PUBLIC_URL', { infer: true }));
    const rep = await this.comparisons.render(params.a, params.b, format, consensusOptions(query.weighting, query.halfLifeDays), base, criteriaList(query.criteria));
    // Links built from the request's Host must not be served to requests for another host.
    if (format === 'json' || !fromRequest) this.responses.remember(request, rep);
    sendRepresentation(request, reply, rep);
  }
}
