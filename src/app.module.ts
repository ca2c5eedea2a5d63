import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { GraphQLModule } from '@nestjs/graphql';
import { LoggerModule } from 'nestjs-pino';
import { graphqlOptions } from './common/graphql/graphql-options.js';
import { validateEnvironment, type Environment } from './config/environment.js';
import { DatabaseModule } from './infra/database/database.module.js';
import { CacheModule } from './common/cache/cache.module.js';
import { ResponseCache } from './common/cache/response-cache.js';
import { ClaimsModule } from './modules/claims/claims.module.js';
import { ComparisonsModule } from './modules/comparisons/comparisons.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { EmbedsModule } from './modules/embeds/embeds.module.js';
import { ExplorerModule } from './modules/explorer/explorer.module.js';
import { RecommendationsModule } from './modules/recommendations/recommendations.module.js';
import { SearchModule } from './modules/search/search.module.js';
import { SeedModule } from './modules/seed/seed.module.js';
import { SourcesModule } from './modules/sources/sources.module.js';
import { StatsModule } from './modules/stats/stats.module.js';
import { TaxonomyModule } from './modules/taxonomy/taxonomy.module.js';
import { ExtractionModule } from './modules/extraction/extraction.module.js';

const sighted = new WeakSet<object>();
function firstSighting(request: object): boolean {
  if (sighted.has(request)) return false;
  sighted.add(request);
  return true;
}

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, validate: validateEnvironment }),
    LoggerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<Environment, true>) => ({
        pinoHttp: {
          level: config.get('LOG_LEVEL', { infer: true }),
          // Each request gets an id (or keeps the caller's x-request-id) on every log line.
          genReqId: (req) => (req.headers['x-request-id'] as string | undefined) ?? crypto.randomUUID(),
          // Nest applies the logging middleware twice to paths outside the global prefix (the
          // probes): one line per request, whichever instance sees it first.
          autoLogging: { ignore: (req) => !firstSighting(req) },
          redact: ['req.headers.authorization', 'req.headers["x-api-key"]'],
          // Readable lines in development; JSON (for log shippers) everywhere else.
          ...(config.get('NODE_ENV', { infer: true }) === 'development' ? { transport: { target: 'pino-pretty', options: { singleLine: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' } } } : {}),
        },
      }),
    }),
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [ConfigService, ResponseCache],
      useFactory: (config: ConfigService<Environment, true>, responses: ResponseCache) => graphqlOptions(config, responses),
    }),
    DatabaseModule,
    CacheModule,
    AuthModule,
    HealthModule,
    SeedModule,
    SourcesModule,
    ClaimsModule,
    ComparisonsModule,
    TaxonomyModule,
    SearchModule,
    StatsModule,
    RecommendationsModule,
    EmbedsModule,
    ExplorerModule,
    ExtractionModule,
  ],
})
export class AppModule {}
