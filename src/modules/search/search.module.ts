import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module.js';
import { SearchController } from './search.controller.js';
import { SearchRepository } from './search.repository.js';
import { SearchResolver } from './search.resolver.js';
import { SearchService } from './search.service.js';

@Module({
  imports: [ClaimsModule],
  controllers: [SearchController],
  providers: [SearchService, SearchRepository, SearchResolver],
})
export class SearchModule {}
