import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { GraphQLModule } from '@nestjs/graphql';
import { graphqlOptions } from './common/graphql/graphql-options.js';
import { validateEnvironment, type Environment } from './config/environment.js';
import { DatabaseModule } from './infra/database/database.module.js';
import { SharedStores } from './infra/redis/shared-stores.js';
import { SharedStoresModule } from './infra/redis/shared-stores.module.js';
import { CacheModule } from './common/cache/cache.module.js';
import { ResponseCache } from './common/cache/response-cache.js';
import { ClaimsModule } from './modules/claims/claims.module.js';
import { ComparisonsModule } from './modules/comparisons/comparisons.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { ApiKeysService } from './modules/auth/api-keys.service.js';
import { requireReadKey, type AuthenticatedRequest } from './modules/auth/api-key.guard.js';
import { HealthModule } from './modules/health/health.module.js';
import { IngestionModule } from './modules/ingestion/ingestion.module.js';
import { EmbedsModule } from './modules/embeds/embeds.module.js';
import { graphqlIdeLandingPage } from './modules/embeds/graphql-ide.page.js';
import { ExplorerModule } from './modules/explorer/explorer.module.js';
import { DeskModule } from './modules/desk/desk.module.js';
import { RecommendationsModule } from './modules/recommendations/recommendations.module.js';
import { SearchModule } from './modules/search/search.module.js';
import { SeedModule } from './modules/seed/seed.module.js';
import { SourcesModule } from './modules/sources/sources.module.js';
import { StatsModule } from './modules/stats/stats.module.js';
import { TaxonomyModule } from './modules/taxonomy/taxonomy.module.js';
import { ExtractionModule } from './modules/extraction/extraction.module.js';
import { DraftsModule } from './modules/drafts/drafts.module.js';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, validate: validateEnvironment }),
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [ConfigService, ResponseCache, ApiKeysService, SharedStores],
      useFactory: (config: ConfigService<Environment, true>, responses: ResponseCache, keys: ApiKeysService, shared: SharedStores) =>
        graphqlOptions(config, responses, (request) => requireReadKey(keys, request as AuthenticatedRequest), shared, graphqlIdeLandingPage),
    }),
    DatabaseModule,
    SharedStoresModule,
    CacheModule,
    AuthModule,
    HealthModule,
    SeedModule,
    SourcesModule,
    IngestionModule,
    ClaimsModule,
    ComparisonsModule,
    TaxonomyModule,
    SearchModule,
    StatsModule,
    RecommendationsModule,
    EmbedsModule,
    ExplorerModule,
    DeskModule,
    ExtractionModule,
    DraftsModule,
  ],
})
export class AppModule {}
