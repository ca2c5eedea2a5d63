import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module.js';
import { StatsController } from './stats.controller.js';
import { StatsRepository } from './stats.repository.js';
import { StatsResolver } from './stats.resolver.js';
import { StatsService } from './stats.service.js';

@Module({ imports: [ClaimsModule], controllers: [StatsController], providers: [StatsService, StatsRepository, StatsResolver] })
export class StatsModule {}
