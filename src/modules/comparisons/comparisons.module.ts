import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module.js';
import { TaxonomyModule } from '../taxonomy/taxonomy.module.js';
import { ComparisonSourcesRepository } from './comparison-sources.repository.js';
import { ComparisonsController } from './comparisons.controller.js';
import { ComparisonsResolver } from './comparisons.resolver.js';
import { ComparisonsService } from './comparisons.service.js';

@Module({
  imports: [ClaimsModule, TaxonomyModule],
  controllers: [ComparisonsController],
  providers: [ComparisonsService, ComparisonsResolver, ComparisonSourcesRepository],
  exports: [ComparisonsService],
})
export class ComparisonsModule {}
