import { Module } from '@nestjs/common';
import { ExtractionModule } from '../extraction/extraction.module.js';
import { IngestionModule } from '../ingestion/ingestion.module.js';
import { TaxonomyModule } from '../taxonomy/taxonomy.module.js';
import { DraftPublishService } from './draft-publish.service.js';
import { DraftsController } from './drafts.controller.js';
import { DraftsRepository } from './drafts.repository.js';
import { DraftsResolver } from './drafts.resolver.js';
import { DraftsService } from './drafts.service.js';
import { ExtractionStatsService } from './extraction-stats.service.js';

/**
 * Stored extraction drafts (issue 23): drafted by extraction/, reviewed here, published through
 * ingestion/ (the write of POST /api/sources). Owns extraction_draft and extraction_draft_claim.
 */
@Module({
  imports: [ExtractionModule, IngestionModule, TaxonomyModule],
  controllers: [DraftsController],
  providers: [DraftsService, DraftPublishService, ExtractionStatsService, DraftsRepository, DraftsResolver],
})
export class DraftsModule {}
