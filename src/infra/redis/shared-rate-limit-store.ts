import type { FastifyRateLimitOptions, FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import LocalStore from '@fastify/rate-limit/store/LocalStore.js';
import RedisStore from '@fastify/rate-limit/store/RedisStore.js';
import type { Redis } from 'ioredis';

type Incr = FastifyRateLimitStore['incr'];
/** What the plugin passes a store's constructor (its merged settings; typed loosely upstream). */
type StoreOptions = FastifyRateLimitOptions & { continueExceeding?: boolean; exponentialBackoff?: boolean };

/**
 * The rate limit's counters in Redis (@fastify/rate-limit's own Redis store: one Lua INCR +
 * PEXPIRE per request), shared by every replica. When Redis fails (down, unreachable, slower
 * than the client's command timeout) a request is counted in this process instead (the
 * plugin's in-memory store): the limit then holds per replica, at most N times the limit for N
 * replicas, until Redis answers again. Neither fail-closed (every client refused while Redis is
 * away) nor fail-open without any limit: see README "Failures".
 */
export function sharedRateLimitStore(redis: Redis, keyPrefix: string, onError: (error: Error) => void): FastifyRateLimitStoreCtor {
  return class SharedRateLimitStore implements FastifyRateLimitStore {
    private readonly shared: FastifyRateLimitStore;
    private readonly local: FastifyRateLimitStore;

    constructor(options: StoreOptions, key = keyPrefix) {
      this.shared = new RedisStore(options.continueExceeding ?? false, options.exponentialBackoff ?? false, redis, key);
      this.local = new LocalStore(options.continueExceeding ?? false, options.exponentialBackoff ?? false);
    }

    incr(key: string, callback: Parameters<Incr>[1], timeWindow: number, max: number): void {
      this.shared.incr(
        key,
        (error, result) => {
          if (!error) return callback(null, result);
          onError(error);
          this.local.incr(key, callback, timeWindow, max);
        },
        timeWindow,
        max,
      );
    }

    child(routeOptions: Parameters<FastifyRateLimitStore['child']>[0]): FastifyRateLimitStore {
      const options = routeOptions as unknown as StoreOptions & { routeInfo: { method: string; url: string } };
      return new SharedRateLimitStore(options, `${keyPrefix}${options.routeInfo.method}${options.routeInfo.url}-`);
    }
  };
}
