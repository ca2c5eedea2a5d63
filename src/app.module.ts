import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { GraphQLModule } from '@nestjs/graphql';
import { LoggerModule } from 'nestjs-pino';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { formatGraphQLError } from './common/graphql/graphql-errors.js';
import { validateEnvironment, type Environment } from './config/environment.js';
import { DatabaseModule } from './infra/database/database.module.js';
import { CacheModule } from './common/cache/cache.module.js';
import { DataVersionService } from './common/cache/data-version.service.js';
import { graphqlResponseCachePlugins } from './common/graphql/graphql-response-cache.js';
import { ClaimsModule } from './modules/claims/claims.module.js';
import { ComparisonsModule } from './modules/comparisons/comparisons.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { PROBE_PATHS } from './modules/health/probe-paths.js';
import { RecommendationsModule } from './modules/recommendations/recommendations.module.js';
import { SearchModule } from './modules/search/search.module.js';
import { SeedModule } from './modules/seed/seed.module.js';
import { SourcesModule } from './modules/sources/sources.module.js';
import { StatsModule } from './modules/stats/stats.module.js';
import { TaxonomyModule } from './modules/taxonomy/taxonomy.module.js';
import { ExtractionModule } from './modules/extraction/extraction.module.js';

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
          autoLogging: { ignore: (req) => PROBE_PATHS.has(req.url ?? '') },
          redact: ['req.headers.authorization', 'req.headers["x-api-key"]'],
        },
      }),
    }),
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [ConfigService, DataVersionService],
      useFactory: (config: ConfigService<Environment, true>, dataVersion: DataVersionService) => {
        // Depth, alias, cost, token and directive limits; no batched HTTP requests.
        const armor = new ApolloArmor({
          maxDepth: { n: config.get('GRAPHQL_MAX_DEPTH', { infer: true }) },
          maxAliases: { n: config.get('GRAPHQL_MAX_ALIASES', { infer: true }) },
          costLimit: { maxCost: config.get('GRAPHQL_MAX_COST', { infer: true }) },
        }).protect() as unknown as Partial<ApolloDriverConfig>;
        return {
          ...armor,
          plugins: [...(armor.plugins ?? []), ...(config.get('KB_PUBLIC_READS', { infer: true }) ? graphqlResponseCachePlugins(dataVersion) : [])],
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          // Apollo's sandbox page on GET outside production; introspection stays on (public API).
          playground: false,
          graphiql: config.get('NODE_ENV', { infer: true }) !== 'production',
          introspection: true,
          formatError: formatGraphQLError,
        };
      },
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
    ExtractionModule,
  ],
})
export class AppModule {}
