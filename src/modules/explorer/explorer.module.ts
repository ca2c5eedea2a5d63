import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module.js';
import { ComparisonsModule } from '../comparisons/comparisons.module.js';
import { RecommendationsModule } from '../recommendations/recommendations.module.js';
import { ExplorerController } from './explorer.controller.js';
import { ExplorerRepository } from './explorer.repository.js';
import { ExplorerService } from './explorer.service.js';

@Module({
  imports: [ComparisonsModule, ClaimsModule, RecommendationsModule],
  controllers: [ExplorerController],
  providers: [ExplorerService, ExplorerRepository],
})
export class ExplorerModule {}
