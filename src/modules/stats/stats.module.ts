import { Module } from '@nestjs/common';
import { StatsController } from './stats.controller.js';
import { StatsRepository } from './stats.repository.js';
import { StatsResolver } from './stats.resolver.js';
import { StatsService } from './stats.service.js';

@Module({ controllers: [StatsController], providers: [StatsService, StatsRepository, StatsResolver] })
export class StatsModule {}
