import { Module } from '@nestjs/common';
import { TaxonomyModule } from '../taxonomy/taxonomy.module.js';
import { ClaimEditService } from './claim-edit.service.js';
import { ClaimMatchTermsRepository } from './claim-match-terms.repository.js';
import { ClaimMatchTermsService } from './claim-match-terms.service.js';
import { ClaimWritesRepository } from './claim-writes.repository.js';
import { CLAIM_LIST_FIELD_RESOLVERS } from './claim-list-fields.resolver.js';
import { ClaimsExportService } from './claims-export.service.js';
import { ClaimsController } from './claims.controller.js';
import { ClaimsRepository } from './claims.repository.js';
import { ClaimConnectionResolver, ClaimsResolver } from './claims.resolver.js';
import { ClaimsService } from './claims.service.js';
import { FaqsController } from './faqs.controller.js';

@Module({
  imports: [TaxonomyModule],
  controllers: [ClaimsController, FaqsController],
  providers: [ClaimsService, ClaimsExportService, ClaimsRepository, ClaimWritesRepository, ClaimEditService, ClaimMatchTermsService, ClaimMatchTermsRepository, ClaimsResolver, ClaimConnectionResolver, ...CLAIM_LIST_FIELD_RESOLVERS],
  exports: [ClaimsService, ClaimsRepository, ClaimWritesRepository, ClaimMatchTermsService],
})
export class ClaimsModule {}
