import { Module } from '@nestjs/common';
import { TaxonomyQueryRepository } from './taxonomy-query.repository.js';
import { TaxonomyQueryService } from './taxonomy-query.service.js';
import { TaxonomyController } from './taxonomy.controller.js';
import { TaxonomyRepository } from './taxonomy.repository.js';
import { TaxonomyResolver } from './taxonomy.resolver.js';
import { TaxonomyService } from './taxonomy.service.js';

@Module({
  controllers: [TaxonomyController],
  providers: [TaxonomyService, TaxonomyRepository, TaxonomyQueryService, TaxonomyQueryRepository, TaxonomyResolver],
  exports: [TaxonomyService],
})
export class TaxonomyModule {}
