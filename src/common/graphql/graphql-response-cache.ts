import type { ApolloServerPlugin, BaseContext, GraphQLRequestContext } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import type { DataVersionService } from '../cache/data-version.service.js';

/**
 * How long a cached GraphQL result may live. Entries are keyed by the data version, so a
 * write (here or on another replica, through LISTEN/NOTIFY) makes every older entry
 * unreachable at once; this bound only lets unreachable entries age out of the LRU.
 */
const ENTRY_MAX_AGE_SECONDS = 300;

/** A request sent with credentials is authorized per request, so never answered from the cache. */
function isAnonymous(context: GraphQLRequestContext<BaseContext>): boolean {
  const headers = context.request.http?.headers;
  return !headers?.get('authorization') && !headers?.get('x-api-key');
}

/**
 * Whole results of anonymous read queries, by query text, variables and data version (Apollo's
 * response-cache plugin; mutations are never cached). Frontends send the same few queries over
 * and over; a hit skips resolvers and SQL. `Cache-Control: no-cache` on the request skips the
 * cache for that request. Only used when reads are public: a cached answer runs no guard.
 */
export function graphqlResponseCachePlugins(dataVersion: DataVersionService): ApolloServerPlugin<BaseContext>[] {
  return [
    // The server-side cache is invalidated on writes; HTTP caches could not be, so no
    // Cache-Control header is derived from these hints.
    ApolloServerPluginCacheControl({ defaultMaxAge: ENTRY_MAX_AGE_SECONDS, calculateHttpHeaders: false }),
    responseCachePlugin({
      extraCacheKeyData: () => Promise.resolve(dataVersion.current),
      shouldReadFromCache: (context) => Promise.resolve(isAnonymous(context) && !/no-cache/i.test(context.request.http?.headers.get('cache-control') ?? '')),
      shouldWriteToCache: (context) => Promise.resolve(isAnonymous(context)),
    }),
  ];
}
