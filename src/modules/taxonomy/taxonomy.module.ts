import { Module } from '@nestjs/common';
import { TaxonomyQueryRepository } from './taxonomy-query.repository.js';
import { TaxonomyQueryService } from './taxonomy-query.service.js';
import { TaxonomyWriteController } from './taxonomy-write.controller.js';
import { TaxonomyWriteRepository } from './taxonomy-write.repository.js';
import { TaxonomyWriteResolver } from './taxonomy-write.resolver.js';
import { TaxonomyWriteService } from './taxonomy-write.service.js';
import { TaxonomyController } from './taxonomy.controller.js';
import { TaxonomyRepository } from './taxonomy.repository.js';
import { TaxonomyResolver } from './taxonomy.resolver.js';
import { TaxonomyService } from './taxonomy.service.js';

@Module({
  controllers: [TaxonomyController, TaxonomyWriteController],
  providers: [
    TaxonomyService,
    TaxonomyRepository,
    TaxonomyQueryService,
    TaxonomyQueryRepository,
    TaxonomyResolver,
    TaxonomyWriteService,
    TaxonomyWriteRepository,
    TaxonomyWriteResolver,
  ],
  exports: [TaxonomyService, TaxonomyWriteService],
})
export class TaxonomyModule {}
