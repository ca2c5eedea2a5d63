import type { ApolloServerPlugin } from '@apollo/server';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { ConfigService } from '@nestjs/config';
import type { Environment } from '../../config/environment.js';
import type { ResponseCache } from '../cache/response-cache.js';
import type { SharedStores } from '../../infra/redis/shared-stores.js';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { compiledExecution } from './compiled-execution.js';
import { formatGraphQLError } from './graphql-errors.js';
import { GRAPHQL_PATH, graphqlOverHttpPlugin } from './graphql-over-http.js';
import { graphqlResponseCachePlugins } from './graphql-response-cache.js';
import { createDocumentStore } from './document-store.js';
import { persistedQueriesOptions } from './persisted-queries.js';
import { privateReadsPlugin } from './private-reads.plugin.js';
import { queryCostPlugin, queryLimitsRule } from './query-limits.js';

/**
 * The GraphQL server: limits checked before parsing (document bytes, variables nesting:
 * graphql-request-limits.ts, a Fastify hook), as parse options (tokens), one validation rule
 * (depth, aliases, cost) and the cost again per request with its variables, so a query over a
 * limit is a request error (413, or 400 GRAPHQL_PARSE_FAILED or GRAPHQL_VALIDATION_FAILED) and
 * never reaches a resolver; parsed documents, compiled plans and APQ texts kept in stores bounded
 * by bytes; with private reads, a key before any operation runs; GraphQL over HTTP status codes;
 * the shared response cache for public reads; queries executed as compiled code
 * (compiled-execution.ts). The query page outside production is the embeds module's, passed in
 * by the app module (common imports no feature).
 */
export function graphqlOptions(config: ConfigService<Environment, true>, responses: ResponseCache, authenticate: (request: unknown) => Promise<void>, shared: SharedStores, landingPage: () => ApolloServerPlugin): ApolloDriverConfig {
  const env = <K extends keyof Environment>(key: K): Environment[K] => config.get(key, { infer: true });
  const documentCacheBytes = env('GRAPHQL_DOCUMENT_CACHE_BYTES');
  // Compiled plans get half the documents' budget again (a plan also keeps its document).
  const compiled = compiledExecution(Math.floor(documentCacheBytes / 2));
  const limits = { maxDepth: env('GRAPHQL_MAX_DEPTH'), maxAliases: env('GRAPHQL_MAX_ALIASES'), maxCost: env('GRAPHQL_MAX_COST') };
  return {
    path: GRAPHQL_PATH,
    transformSchema: compiled.captureSchema,
    // Not in Nest's option type (it keeps `gateway` for federation), but passed to Apollo Server as is.
    ...({ gateway: compiled.gateway } as object),
    autoSchemaFile: true,
    sortSchema: true,
    parseOptions: { maxTokens: env('GRAPHQL_MAX_TOKENS') },
    validationRules: [queryLimitsRule(limits)],
    documentStore: createDocumentStore(documentCacheBytes),
    // Persisted queries (APQ) in Redis when REDIS_URL is set (shared by replicas); else in the
    // process, bounded by the bytes of the texts it keeps.
    persistedQueries: shared.persistedQueries() ?? persistedQueriesOptions(env('GRAPHQL_APQ_CACHE_BYTES')),
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    plugins: [
      // Apollo's per-field cache-hint bookkeeping (its default cacheControl plugin) runs a hook on
      // every resolved field; no type or field here sets a hint, so the response cache states
      // its one policy itself (graphql-response-cache.ts).
      ApolloServerPluginCacheControlDisabled(),
      graphqlOverHttpPlugin(),
      ...(env('KB_PUBLIC_READS') ? [] : [privateReadsPlugin(authenticate)]),
      queryCostPlugin(limits),
      ...graphqlResponseCachePlugins(responses),
      // The query page from the app's own assets outside production (Apollo's and GraphiQL's
      // default pages load from a CDN and stay blank offline).
      env('NODE_ENV') !== 'production' ? landingPage() : ApolloServerPluginLandingPageDisabled(),
    ],
    // Introspection stays on: public with public reads, else behind a key (privateReadsPlugin).
    playground: false,
    graphiql: false,
    introspection: true,
    formatError: formatGraphQLError,
  };
}
