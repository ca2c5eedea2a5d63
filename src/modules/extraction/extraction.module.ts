import { Module } from '@nestjs/common';
import { TaxonomyModule } from '../taxonomy/taxonomy.module.js';
import { ExtractionResolver } from './extraction.resolver.js';
import { ExtractionService } from './extraction.service.js';

/**
 * Article -> draft annotation. No database access of its own: the taxonomy index comes from
 * TaxonomyService. REST `POST /api/extractions` lives in drafts/ (which stores drafts; `?dryRun=true`
 * calls this module's service and stores nothing); GraphQL `extractDraft` stays here.
 */
@Module({
  imports: [TaxonomyModule],
  providers: [ExtractionService, ExtractionResolver],
  exports: [ExtractionService],
})
export class ExtractionModule {}
