import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module.js';
import { TaxonomyModule } from '../taxonomy/taxonomy.module.js';
import { RecommendationsController } from './recommendations.controller.js';
import { RecommendationsRepository } from './recommendations.repository.js';
import { RecommendationsResolver } from './recommendations.resolver.js';
import { RecommendationsService } from './recommendations.service.js';

@Module({
  imports: [ClaimsModule, TaxonomyModule],
  controllers: [RecommendationsController],
  providers: [RecommendationsService, RecommendationsRepository, RecommendationsResolver],
  exports: [RecommendationsService],
})
export class RecommendationsModule {}
