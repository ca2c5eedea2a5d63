import { Module } from '@nestjs/common';
import { IngestionModule } from '../ingestion/ingestion.module.js';
import { SourcesController } from './sources.controller.js';
import { SourcesRepository } from './sources.repository.js';
import { SourcesResolver } from './sources.resolver.js';
import { SourcesService } from './sources.service.js';

@Module({
  imports: [IngestionModule],
  controllers: [SourcesController],
  providers: [SourcesService, SourcesRepository, SourcesResolver],
})
export class SourcesModule {}
