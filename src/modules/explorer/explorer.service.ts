import { Injectable } from '@nestjs/common';
import { notFound } from '../../common/errors/domain-error.js';
import { statedDate } from '../../common/models/refs.model.js';
import { ClaimsService } from '../claims/claims.service.js';
import type { ClaimQueryDto } from '../claims/dto/claim-filter.input.js';
import { ComparisonsService } from '../comparisons/comparisons.service.js';
import { CLAIM_KINDS } from '../claims/dto/claim.input.js';
import { RecommendationsService } from '../recommendations/recommendations.service.js';
import { quoteInParagraph } from './citation.js';
import { citationPage, claimsPage, comparePage, homePage, recommendPage } from './explorer-pages.js';
import { ExplorerRepository } from './explorer.repository.js';

/** The explorer's pages, built from the same services the API answers with. */
@Injectable()
export class ExplorerService {
  constructor(
    private readonly comparisons: ComparisonsService,
    private readonly claims: ClaimsService,
    private readonly recommendations: RecommendationsService,
    private readonly repository: ExplorerRepository,
  ) {}

  async home(): Promise<string> {
    return homePage(await this.comparisons.list());
  }

  async compare(a: string, b: string, base: string, criteria?: readonly string[]): Promise<string> {
    const { comparison, context } = await this.comparisons.htmlView(a, b, base, criteria);
    return comparePage(comparison, context);
  }

  async claimsBrowser(query: ClaimQueryDto, base: string): Promise<string> {
    const { limit, cursor, ...raw } = query;
    // Empty form fields are no filter.
    const filter = Object.fromEntries(Object.entries(raw).filter(([k, v]) => typeof v === 'string' && v.trim() !== '' && !k.startsWith('utm_') && !['sort', 'format'].includes(k))) as Record<string, string>;
    // A search lists the most relevant claims first.
    const sort = filter.q ? 'relevance' : 'id';
    const [page, total] = await Promise.all([this.claims.list(filter, limit ?? 25, cursor, false, sort), this.claims.resolve(filter).then((criteria) => this.claims.count(criteria))]);
    const sourceUrls = await this.repository.sourceUrls(page.items.map((c) => c.source.slug));
    return claimsPage({ filters: filter, kinds: CLAIM_KINDS, items: page.items, nextCursor: page.nextCursor, total, base, sourceUrls });
  }

  async citation(id: number, base: string): Promise<string> {
    const claim = await this.claims.get(id);
    const source = await this.repository.citedSource(claim.source.slug);
    if (!source) throw notFound('source', claim.source.slug);
    // The source's other claims on the same criterion (or, for use-case claims, the same use case).
    const topic = claim.criterion ? { criterion: claim.criterion.slug } : claim.useCase ? { useCase: claim.useCase.slug } : null;
    const others = topic ? (await this.claims.list({ source: source.slug, ...topic }, 50)).items : [];
    return citationPage({
      claim,
      source: { ...source, publishedAt: statedDate(source.publishedOn, source.publishedPrecision) },
      paragraph: quoteInParagraph(source.body, claim.quoteStart, claim.quoteEnd),
      others,
      base,
    });
  }

  async recommend(needs: string[], base: string): Promise<string> {
    const result = needs.length ? await this.recommendations.recommend({ needs }) : null;
    return recommendPage(needs, result, base);
  }
}
