import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module.js';
import { SourceWritesRepository } from '../sources/source-writes.repository.js';
import { TaxonomyModule } from '../taxonomy/taxonomy.module.js';
import { IngestionService } from './ingestion.service.js';

/** Ingesting a source with its claims: orchestration over sources/, claims/ and taxonomy/ writes in one transaction. */
@Module({
  imports: [TaxonomyModule, ClaimsModule],
  providers: [IngestionService, SourceWritesRepository],
  exports: [IngestionService],
})
export class IngestionModule {}
