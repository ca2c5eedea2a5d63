import { Module } from '@nestjs/common';
import { SourcesController } from './sources.controller.js';
import { SourcesRepository } from './sources.repository.js';
import { SourcesResolver } from './sources.resolver.js';
import { SourcesService } from './sources.service.js';

@Module({
  controllers: [SourcesController],
  providers: [SourcesService, SourcesRepository, SourcesResolver],
})
export class SourcesModule {}
