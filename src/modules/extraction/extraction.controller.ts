import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../common/http/problem-details.model.js';
import { ExtractArticleInput } from './dto/extract-article.input.js';
import { ExtractionService } from './extraction.service.js';
import { ExtractionDraftModel } from './models/extraction-draft.model.js';

@ApiTags('extractions')
@ApiProblems()
@Controller('extractions')
export class ExtractionController {
  constructor(private readonly extraction: ExtractionService) {}

  /** Editor key (a write-side tool): nothing is stored; the answer is a draft to review and POST to /api/sources. */
  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Draft an annotation (source, claims, taxonomy additions) from an article, given or fetched from a URL (editor key); stores nothing' })
  @ApiOkResponse({ type: ExtractionDraftModel })
  @ApiProblems(400, 401, 403, 413, 422, 504)
  extract(@Body() input: ExtractArticleInput) {
    return this.extraction.extract(input);
  }
}
