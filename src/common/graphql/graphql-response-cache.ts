import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import type { ResponseCache } from '../cache/response-cache.js';

/**
 * How long a cached GraphQL result may live. Entries are keyed by the data version, so a
 * write (here or on another replica, through LISTEN/NOTIFY) makes every older entry
 * unreachable at once; this bound only marks the results cacheable for Apollo's plugin.
 */
const ENTRY_MAX_AGE_SECONDS = 300;

type KeyValueStore = NonNullable<NonNullable<Parameters<typeof responseCachePlugin>[0]>['cache']>;

/**
 * Whole results of anonymous read queries, by query text, variables and data version, kept in
 * the one response cache (Apollo's response-cache plugin; mutations are never cached).
 * Frontends send the same few queries over and over; a hit skips resolvers and SQL. Whether a
 * request may use the cache is decided by ResponseCache.shares, as for REST: no credentials,
 * no `Cache-Control: no-cache`, and reads public (otherwise no plugin at all).
 */
export function graphqlResponseCachePlugins(responses: ResponseCache): ApolloServerPlugin<BaseContext>[] {
  if (!responses.enabled) return [];
  const store: KeyValueStore = {
    get: (key) => Promise.resolve(responses.getText(key)),
    set: (key, value) => Promise.resolve(responses.setText(key, value)),
    delete: (key) => Promise.resolve(responses.deleteText(key)),
  };
  const shares = (headers: { get(name: string): string | null | undefined } | undefined) => !!headers && responses.shares('POST', headers);
  const cached = responseCachePlugin({
    cache: store,
    extraCacheKeyData: () => Promise.resolve(responses.version),
    shouldReadFromCache: (context) => Promise.resolve(shares(context.request.http?.headers)),
    shouldWriteToCache: (context) => Promise.resolve(shares(context.request.http?.headers)),
  });
  return [
    {
      // A request that may not use the cache (credentials, no-cache) skips the plugin's hooks
      // altogether: no per-request key-value wrapper, key data or policy to compute.
      async requestDidStart(context) {
        if (!shares(context.request.http?.headers)) return;
        const listener = await cached.requestDidStart?.(context);
        return {
          ...listener,
          // Every result is cacheable for ENTRY_MAX_AGE_SECONDS: no type or field sets a cache
          // hint, so Apollo's cacheControl plugin (a hook on every resolved field) would always
          // compute exactly this policy. The server-side cache is invalidated on writes; HTTP
          // caches could not be, so no Cache-Control header is sent.
          async executionDidStart(executing) {
            executing.overallCachePolicy.restrict({ maxAge: ENTRY_MAX_AGE_SECONDS });
            return listener?.executionDidStart?.(executing);
          },
        };
      },
    },
  ];
}
