import { Module } from '@nestjs/common';
import { TaxonomyModule } from '../taxonomy/taxonomy.module.js';
import { ClaimEditService } from './claim-edit.service.js';
import { IngestionRepository } from './ingestion.repository.js';
import { IngestionService } from './ingestion.service.js';

@Module({
  imports: [TaxonomyModule],
  providers: [IngestionService, IngestionRepository, ClaimEditService],
  exports: [IngestionService, ClaimEditService],
})
export class IngestionModule {}
