import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../common/http/problem-details.model.js';
import { SearchResultModel } from './models/search.model.js';
import { Controller, Get, Query } from '@nestjs/common';
import { SearchQueryDto } from './dto/search-query.dto.js';
import { SearchService } from './search.service.js';

@ApiTags('search')
@ApiProblems()
@Controller('search')
export class SearchController {
  constructor(private readonly searchService: SearchService) {}

  /** Claims and sources ranked by full-text relevance, with highlighted snippets. */
  @Get()
  @ApiOkResponse({ type: SearchResultModel })
  search(@Query() query: SearchQueryDto) {
    return this.searchService.search(query);
  }
}
