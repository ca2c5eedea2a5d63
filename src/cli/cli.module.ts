import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { validateEnvironment } from '../config/environment.js';
import { CacheModule } from '../common/cache/cache.module.js';
import { DatabaseModule } from '../infra/database/database.module.js';
import { AuthModule } from '../modules/auth/auth.module.js';
import { IngestionModule } from '../modules/ingestion/ingestion.module.js';
import { SeedModule } from '../modules/seed/seed.module.js';

/** What command-line tools need: configuration, the database and the write path; no HTTP. */
@Module({
  imports: [ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, validate: validateEnvironment }), DatabaseModule, CacheModule, AuthModule, IngestionModule, SeedModule],
})
export class CliModule {}
