import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import { pino, type DestinationStream, type Logger } from 'pino';

/** What the root logger is made from: the validated environment's part of it. */
export interface LoggingSettings {
  level: string;
  /** Readable single lines (pino-pretty, in a worker thread) instead of JSON. */
  pretty: boolean;
}

/**
 * The process's one pino logger. Fastify takes it as its logger (every request gets a child
 * with the request id), and Nest's own logging goes to it through PinoNestLogger.
 * `destination` replaces stdout (tests read the lines).
 */
export function createRootLogger(settings: LoggingSettings, destination?: DestinationStream): Logger {
  const options = {
    level: settings.level,
    // Nothing logged carries headers today (Fastify's req serializer takes none); kept so a
    // later serializer cannot leak credentials.
    redact: ['req.headers.authorization', 'req.headers["x-api-key"]'],
  };
  if (destination) return pino(options, destination);
  if (settings.pretty) {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { singleLine: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' } } });
  }
  return pino(options);
}

/** A caller's X-Request-Id is kept when it is a plain token; anything else gets a new UUID. */
const REQUEST_ID = /^[\w.:@-]{1,128}$/;

export function requestId(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * One line per request, when it completes: method, URL, status and time, with the request id.
 * Fastify's own controller also writes an "incoming request" line per request; half the lines
 * for the same facts. Every route is covered, GraphQL included, because this is Fastify's own
 * request lifecycle rather than Nest middleware (which only saw the /api routes).
 */
export class RequestLogController extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (this.isLogDisabled(request)) return;
    if (error) reply.log.error({ req: request, res: reply, err: error, responseTime: reply.elapsedTime }, 'request errored');
    else reply.log.info({ req: request, res: reply, responseTime: reply.elapsedTime }, 'request completed');
  }
}
