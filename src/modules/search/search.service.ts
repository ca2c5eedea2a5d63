import { searchText } from '../../common/text/search-text.js';
import { Injectable } from '@nestjs/common';
import { statedDate } from '../../common/models/refs.model.js';
import { ClaimsService } from '../claims/claims.service.js';
import type { SearchQueryDto } from './dto/search-query.dto.js';
import type { SearchResultModel } from './models/search.model.js';
import { SearchRepository } from './search.repository.js';

@Injectable()
export class SearchService {
  constructor(
    private readonly repository: SearchRepository,
    private readonly claims: ClaimsService,
  ) {}

  async search(query: SearchQueryDto): Promise<SearchResultModel> {
    const limit = query.limit ?? 20;
    const text = searchText(query.q);
    const [claimHits, sourceHits] = await Promise.all([this.repository.claims(text, limit), this.repository.sources(text, limit)]);
    const claims = await this.claims.byIds(claimHits.map((h) => h.id));
    const byId = new Map(claims.map((c) => [c.id, c]));
    return {
      q: query.q,
      claims: claimHits.filter((h) => byId.has(h.id)).map((h) => ({ claim: byId.get(h.id)!, rank: h.rank, snippet: h.snippet })),
      sources: sourceHits.map((h) => ({
        source: { slug: h.slug, title: h.title, publishedAt: statedDate(h.publishedOn, h.publishedPrecision) },
        rank: h.rank,
        snippet: h.snippet,
      })),
    };
  }
}
