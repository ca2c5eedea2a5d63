import { Args, Query, Resolver } from '@nestjs/graphql';
import { SearchQueryDto } from './dto/search-query.dto.js';
import { SearchResultModel } from './models/search.model.js';
import { SearchService } from './search.service.js';

@Resolver()
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Query(() => SearchResultModel, { description: 'Claims and sources ranked by full-text relevance' })
  search(@Args('input', { type: () => SearchQueryDto }) input: SearchQueryDto) {
    return this.service.search(input);
  }
}
