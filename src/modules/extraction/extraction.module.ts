import { Module } from '@nestjs/common';
import { TaxonomyModule } from '../taxonomy/taxonomy.module.js';
import { ExtractionController } from './extraction.controller.js';
import { ExtractionResolver } from './extraction.resolver.js';
import { ExtractionService } from './extraction.service.js';

/** Article -> draft annotation. No database access of its own: the taxonomy index comes from TaxonomyService. */
@Module({
  imports: [TaxonomyModule],
  controllers: [ExtractionController],
  providers: [ExtractionService, ExtractionResolver],
})
export class ExtractionModule {}
