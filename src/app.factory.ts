import fastifyPlugin from 'fastify-plugin';
import { ResponseCache } from './common/cache/response-cache.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import compress from '@fastify/compress';
import { constants as zlib } from 'node:zlib';
import { RouteTable } from './common/http/route-table.js';
import helmet from 'helmet';
import { trustProxySetting, validateEnvironment } from './config/environment.js';
import { SwaggerModule } from '@nestjs/swagger';
import { READ_ONLY, REQUIRED_ROLE } from './modules/auth/api-key.guard.js';
import { buildOpenApiDocument, operationIdsWith, queryParameterNames } from './common/openapi/openapi-document.js';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DestinationStream } from 'pino';
import { PinoNestLogger } from './infra/logging/pino-nest-logger.js';
import { createRootLogger, RequestLogController, requestId } from './infra/logging/request-logging.js';
import { AppModule } from './app.module.js';
import { PROBE_PATHS } from './modules/health/probe-paths.js';
import { PAGE_PATHS, rewritePageUrl } from './modules/explorer/page-paths.js';
import { PROBLEM_JSON, ProblemDetailsFilter } from './common/http/problem-details.filter.js';
import { createValidationPipe } from './common/http/validation.js';
import { registerGraphQLRequestLimits } from './common/graphql/graphql-request-limits.js';
import { parseJsonBody } from './common/http/json-body.js';
import { registerRateLimit } from './common/http/rate-limit.js';
import { SharedStores } from './infra/redis/shared-stores.js';

/** The configured application, for main.ts and for tests (which call listen themselves). */
export interface AppOptions {
  /** false: no logging at all (tests). */
  logger?: boolean;
  /** Where log lines go instead of stdout (a test reads them). */
  logDestination?: DestinationStream;
  /** The Swagger UI page needs @fastify/static, which jest's VM loader cannot import: tests turn it off. */
  docsUi?: boolean;
}

export async function createApp(options: AppOptions = {}): Promise<NestFastifyApplication> {
  // Read before Nest's ConfigModule: Fastify needs the body limit when it is constructed.
  const env = validateEnvironment(process.env);
  const logging = options.logger !== false;
  const rootLogger = logging ? createRootLogger({ level: env.LOG_LEVEL, pretty: env.NODE_ENV === 'development' }, options.logDestination) : undefined;
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter({
      // Fastify's own request logging, one line per completed request (RequestLogController),
      // for every route: GraphQL too, which Nest middleware never saw.
      loggerInstance: rootLogger,
      logController: new RequestLogController(),
      // A caller's X-Request-Id (when it is a plain token) names the request in the log and in
      // the response; otherwise a new UUID does.
      requestIdHeader: false,
      genReqId: requestId,
      bodyLimit: env.KB_BODY_LIMIT_BYTES,
      // The client address (request.ip, the rate limit's key) behind the proxies KB_TRUST_PROXY names.
      trustProxy: trustedProxies(env.KB_TRUST_PROXY),
      // Long path segments reach validation (a clear 400) instead of the router's bare 414.
      routerOptions: { maxParamLength: 1000 },
      rewriteUrl: (request: { url?: string }) => rewritePageUrl(request.url ?? '/'),
      // Errors the router raises before Nest sees the request (bad URL encoding, over-long
      // parameters) are answered as problem+json too.
      frameworkErrors: (error: Error, request: FastifyRequest, reply: FastifyReply) => {
        const status = (error as { statusCode?: number }).statusCode ?? 400;
        void reply
          .status(status)
          .header('Content-Type', PROBLEM_JSON)
          .send({ type: 'https://versus-kb.dev/problems/bad-request', title: 'Bad request', status, detail: error.message, instance: request.url, code: 'VALIDATION_FAILED' });
      },
    }), {
    // Our own JSON parser (acceptEmptyJsonBodies) replaces Nest's.
    bodyParser: false,
    bufferLogs: logging,
    logger: logging ? undefined : false,
  });
  if (rootLogger) app.useLogger(new PinoNestLogger(rootLogger));
  // Every route as it is registered (at init), for 405 + Allow on known paths.
  const routes = new RouteTable();
  app.getHttpAdapter().getInstance().addHook('onRoute', (route) => routes.add(route.method, route.url));
  app.setGlobalPrefix('api', { exclude: [...[...PROBE_PATHS].map((p) => p.slice(1)), ...PAGE_PATHS] });
  acceptEmptyJsonBodies(app, env.KB_BODY_LIMIT_BYTES);
  // GraphQL requests are measured in bytes and nesting before Apollo parses, hashes or stores them.
  registerGraphQLRequestLimits(app.getHttpAdapter().getInstance(), { maxDocumentBytes: env.GRAPHQL_MAX_DOCUMENT_BYTES });
  // Security headers. No CSP: the API answers JSON and embeddable tables, and the docs UI
  // needs inline scripts; framing and sniffing protections stay on. helmet's middleware is made
  // once and run as the first onRequest hook (@fastify/helmet made all 13 of its middlewares
  // again on every request, with two hooks more). Routes take a header off with removeHeader.
  const securityHeaders = helmet({ contentSecurityPolicy: false, crossOriginResourcePolicy: { policy: 'cross-origin' } });
  app.getHttpAdapter().getInstance().addHook('onRequest', (request, reply, done) => {
    reply.raw.setHeader('X-Request-Id', request.id);
    securityHeaders(request.raw, reply.raw, () => done());
  });
  // Per client address (REST and GraphQL alike), checked in the onRequest hook below; 429 problem+json with Retry-After.
  const limit = await registerRateLimit(app, env.KB_RATE_LIMIT_PER_MINUTE, app.get(SharedStores).rateLimitStore());
  const origins = env.KB_CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean);
  app.enableCors({
    origin: origins.includes('*') ? true : origins,
    methods: ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE', 'OPTIONS'],
    allowedHeaders: ['Authorization', 'X-API-Key', 'Content-Type', 'If-None-Match', 'If-Match', 'X-Request-Id'],
    exposedHeaders: ['X-Request-Id', 'ETag', 'Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset'],
    maxAge: 600,
  });
  // gzip or brotli by Accept-Encoding (adds Vary: Accept-Encoding), above 1 KiB. Brotli at
  // quality 4: about gzip's speed with smaller output; 11 (the default) costs ~100 ms a table.
  await app.register(compress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } },
  });
  // The one response cache answers public reads before the route's handler; registered after
  // helmet, CORS and compression, so cached answers still get them. The rate limit is checked
  // first in the same hook: a cached answer is counted and carries X-RateLimit-* like any other.
  // The cache declines every request with credentials, and every request at all when reads are
  // private (ResponseCache.shares): the API key guard is never skipped.
  const responses = app.get(ResponseCache);
  await app.register(
    fastifyPlugin(async (fastify) => {
      fastify.addHook('onRequest', (request, reply, done) => {
        if (!limit) {
          if (!responses.serve(request, reply)) done();
          return;
        }
        limit(request, reply).then(() => {
          // Inside a promise now: an error must reach Fastify, never become an unhandled rejection.
          let served: boolean;
          try {
            served = responses.serve(request, reply);
          } catch (error) {
            return done(error as Error);
          }
          if (!served) done();
        }, done);
      });
    }),
  );
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter(routes));
  const document = buildOpenApiDocument(app, {
    publicReads: env.KB_PUBLIC_READS,
    rateLimitPerMinute: env.KB_RATE_LIMIT_PER_MINUTE,
    readOnlyOperations: operationIdsWith(app, READ_ONLY),
    editorOperations: operationIdsWith(app, REQUIRED_ROLE),
    probePaths: PROBE_PATHS,
  });
  responses.setKnownQueryParameters(queryParameterNames(document));
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/openapi.json',
    ui: options.docsUi !== false,
    raw: ['json'],
  });
  return app;
}

/** KB_TRUST_PROXY (validated at boot) as Fastify's trustProxy; a hop count as proxy-addr's own function for it. */
function trustedProxies(setting: string | undefined): boolean | string[] | ((address: string, hop: number) => boolean) {
  const trusted = trustProxySetting(setting);
  if (trusted instanceof Error) throw trusted;
  return typeof trusted === 'number' ? (_address, hop) => hop < trusted : trusted;
}

/**
 * The one body parser: JSON only. Fastify refuses an empty body sent with
 * `Content-Type: application/json` (common on DELETE); it is treated as no body. Malformed JSON,
 * nesting past MAX_JSON_DEPTH and prototype keys are 400s (parseJsonBody). Fastify's built-in
 * text/plain parser is removed: no route takes text, so such a body is a 415, not a string that
 * validation then refuses with a 400.
 */
function acceptEmptyJsonBodies(app: NestFastifyApplication, bodyLimit: number): void {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.removeContentTypeParser('text/plain');
  fastify.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit }, (_request, body, done) => {
    try {
      done(null, parseJsonBody(String(body)));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
}
