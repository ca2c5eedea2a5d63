import rateLimit, { type FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, ErrorCode } from '../errors/domain-error.js';
import { isProbeUrl } from './probe-paths.js';

/** Counts a request against its client's budget; rejects with the 429 DomainError past it. */
export type RequestLimiter = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

/**
 * @fastify/rate-limit, per client address (`request.ip`: the peer, or the client a trusted
 * proxy names, see KB_TRUST_PROXY), REST and GraphQL alike. Registered without its per-route
 * hooks (`global: false`): the returned check runs in the app's one onRequest hook, before the
 * response cache answers, so a cached answer costs a request like any other and carries the
 * X-RateLimit-* headers. Probes are never limited, whatever their query string. `store`: the
 * shared Redis store when REDIS_URL is set (src/infra/redis), else the plugin's in-process one.
 */
export async function registerRateLimit(app: NestFastifyApplication, perMinute: number, store?: FastifyRateLimitStoreCtor): Promise<RequestLimiter | undefined> {
  if (perMinute <= 0) return undefined;
  await app.register(rateLimit, {
    global: false,
    max: perMinute,
    timeWindow: 60_000,
    store,
    // Fail-open: a store that fails serves the request uncounted rather than failing it. The
    // shared Redis store never gets here: it counts in the process meanwhile (README "Failures").
    skipOnError: true,
    allowList: (request) => isProbeUrl(request.url),
    // The plugin throws what this returns; the problem filter turns a DomainError into the
    // 429 problem+json (a plain object lost its detail there: only statusCode was read).
    errorResponseBuilder: (_request, context) =>
      new DomainError(ErrorCode.RATE_LIMITED, `More than ${context.max} requests per minute; retry in ${Math.ceil(context.ttl / 1000)} s`),
  });
  return app.getHttpAdapter().getInstance().rateLimit() as RequestLimiter;
}
