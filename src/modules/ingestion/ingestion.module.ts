import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module.js';
import { SourceWritesModule } from '../sources/source-writes.module.js';
import { TaxonomyModule } from '../taxonomy/taxonomy.module.js';
import { IngestionController } from './ingestion.controller.js';
import { IngestionResolver } from './ingestion.resolver.js';
import { IngestionService } from './ingestion.service.js';

/** Ingesting a source with its claims: orchestration over sources/, claims/ and taxonomy/ writes in one transaction. */
@Module({
  imports: [TaxonomyModule, ClaimsModule, SourceWritesModule],
  controllers: [IngestionController],
  providers: [IngestionService, IngestionResolver],
  exports: [IngestionService],
})
export class IngestionModule {}
