import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../common/http/problem-details.model.js';
import { ClaimPageModel } from './models/claim.model.js';
import { Controller, Get, Query } from '@nestjs/common';
import { ClaimsService } from './claims.service.js';
import { FaqQueryDto } from './dto/faq-query.dto.js';

/** FAQs are claims of kind faq (question, answer, verbatim quote). */
@ApiTags('claims')
@ApiProblems()
@Controller('faqs')
export class FaqsController {
  constructor(private readonly claims: ClaimsService) {}

  @Get()
  @ApiProblems(422)
  @ApiOperation({ summary: 'FAQ claims (question, answer, quote), by text and technology' })
  @ApiOkResponse({ type: ClaimPageModel })
  list(@Query() query: FaqQueryDto) {
    return this.claims.list({ kind: 'faq', q: query.q, technology: query.technology }, query.limit, query.cursor);
  }
}
