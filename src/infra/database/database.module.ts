import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Environment } from '../../config/environment.js';
import { DATABASE_CONNECTION, openDatabase, type DatabaseConnection } from './database-connection.js';
import { DataChangeFeed } from './data-change-feed.js';
import { DataVersionService } from './data-version.service.js';
import { PrismaService } from './prisma.service.js';
import { TransactionRunner } from './transaction.js';

@Global()
@Module({
  providers: [
    {
      provide: DATABASE_CONNECTION,
      inject: [ConfigService],
      useFactory: (config: ConfigService<Environment, true>) =>
        openDatabase({
          url: config.get('DATABASE_URL', { infer: true }),
          dataDir: config.get('KB_DATA_DIR', { infer: true }),
          poolMax: config.get('DB_POOL_MAX', { infer: true }),
          joinRunning: config.get('KB_JOIN_EMBEDDED', { infer: true }),
        }),
    },
    PrismaService,
    TransactionRunner,
    DataVersionService,
    DataChangeFeed,
  ],
  exports: [PrismaService, TransactionRunner, DATABASE_CONNECTION, DataVersionService],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection) {}

  // Runs after every module's onModuleDestroy, so Prisma's pool is closed before PGlite stops.
  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
  }
}
