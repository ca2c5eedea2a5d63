import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, notFound } from '../../common/errors/domain-error.js';
import { ComparisonsService } from '../comparisons/comparisons.service.js';
import { criteriaList } from '../comparisons/dto/comparison.params.js';
import type { EmbedQuery } from './dto/page-query.dto.js';
import type { OEmbedQuery } from './dto/oembed-query.dto.js';
import { acceptsJson, comparisonOfUrl, oembedFor, renderEmbedPage, type OEmbedResponse } from './embed-page.js';
import { StaticAssetsService } from './static-assets.service.js';

@Injectable()
export class EmbedsService {
  constructor(
    private readonly comparisons: ComparisonsService,
    private readonly assets: StaticAssetsService,
  ) {}

  /** The standalone iframe page of a comparison. */
  async page(a: string, b: string, query: EmbedQuery, base: string): Promise<string> {
    const { comparison, context } = await this.comparisons.htmlView(a, b, base, criteriaList(query.criteria));
    return renderEmbedPage({ comparison, context, css: this.assets.text('vkb.css'), theme: query.theme ?? 'light' });
  }

  async oembed(query: OEmbedQuery, base: string, accept?: string): Promise<OEmbedResponse> {
    if (query.format === 'xml' || !acceptsJson(accept)) throw new DomainError(ErrorCode.NOT_ACCEPTABLE, 'Only the JSON oEmbed format is served');
    const target = comparisonOfUrl(query.url, base);
    if (!target) throw notFound('comparison page', query.url);
    const [a, b] = await this.comparisons.pair(target.a, target.b);
    return oembedFor({ base, a, b, maxwidth: query.maxwidth, maxheight: query.maxheight });
  }
}
