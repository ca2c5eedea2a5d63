import { Module } from '@nestjs/common';
import { TaxonomyModule } from '../taxonomy/taxonomy.module.js';
import { ExtractionController } from './extraction.controller.js';
import { ExtractionResolver } from './extraction.resolver.js';
import { ExtractionService } from './extraction.service.js';
import { ArticleFetcher } from './fetching/article-fetcher.js';

/** Article (given, or fetched from a URL) -> draft annotation. No database access of its own: the taxonomy index comes from TaxonomyService. */
@Module({
  imports: [TaxonomyModule],
  controllers: [ExtractionController],
  providers: [ExtractionService, ExtractionResolver, ArticleFetcher],
})
export class ExtractionModule {}
