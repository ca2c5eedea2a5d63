import { HttpException, Logger } from '@nestjs/common';
import { DomainError, ErrorCode, type FieldError } from './domain-error.js';
import { codeForStatus, ERROR_TRANSPORT } from './error-status.js';

/** A transport-neutral description of a failure, safe to show to clients. */
export interface Problem {
  code: ErrorCode;
  status: number;
  title: string;
  detail: string;
  errors: FieldError[];
}

const logger = new Logger('Errors');

/** Messages of database drivers meaning "the database cannot be reached right now". */
const UNAVAILABLE = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|Connection terminated|timeout exceeded when trying to connect|the database system is (starting up|shutting down)|terminating connection|Can't reach database|DatabaseNotReachable|Client has encountered a connection error|Server has closed the connection|Connection closed|Query read timeout/i;

/** Driver adapter failures that mean "the database cannot be reached right now". */
const UNAVAILABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections', 'TlsConnectionError']);
/** SQLSTATEs of the same: connection exceptions, too many connections, shutdown, query cancelled (timeout). */
const UNAVAILABLE_SQLSTATES = /^(08|53300|57P0[1-4]|57014)/;

/** Prisma wraps driver adapter errors (P2010 and others): the adapter's own cause says what happened. */
function driverAdapterCause(exception: unknown): { kind: string; code?: unknown } | undefined {
  const e = exception as { cause?: { kind?: unknown }; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } } | undefined;
  const cause = e?.meta?.driverAdapterError?.cause ?? (e?.cause && typeof e.cause === 'object' ? e.cause : undefined);
  return cause && typeof cause.kind === 'string' ? (cause as { kind: string; code?: unknown }) : undefined;
}

/**
 * The database cannot be reached right now, whichever layer says so: Prisma's driver adapter
 * (error kind or SQLSTATE), the pg driver itself on the hot read path (SQLSTATE with a
 * severity), Prisma's own codes, or a driver's message.
 */
function isDatabaseUnavailable(exception: unknown, cause: { kind: string; code?: unknown } | undefined): boolean {
  const error = exception as { code?: unknown; message?: unknown; severity?: unknown } | undefined;
  if (cause && (UNAVAILABLE_KINDS.has(cause.kind) || (cause.kind === 'postgres' && UNAVAILABLE_SQLSTATES.test(String(cause.code ?? ''))))) return true;
  if (typeof error?.severity === 'string' && UNAVAILABLE_SQLSTATES.test(String(error.code ?? ''))) return true;
  return error?.code === 'P1001' || error?.code === 'P1017' || UNAVAILABLE.test(String(error?.message ?? '')) || UNAVAILABLE.test(String(error?.code ?? ''));
}

/**
 * Maps anything thrown to a Problem. Domain errors keep their code; Prisma's known errors
 * (P2002 unique, P2025 missing row) become 409/404; an unreachable database becomes 503; an
 * HTTP error from the framework keeps its status; anything else is a 500 whose details are
 * logged, never sent (no stack traces or SQL in answers).
 */
export function toProblem(exception: unknown): Problem {
  if (exception instanceof DomainError) return fromCode(exception.code, exception.message, exception.errors);

  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const body = exception.getResponse();
    const message = typeof body === 'string' ? body : ((body as { message?: unknown }).message ?? exception.message);
    const detail = Array.isArray(message) ? message.join('; ') : String(message);
    return { ...fromCode(codeForStatus(status), detail), status };
  }

  const error = exception as { code?: unknown; statusCode?: unknown; message?: unknown; name?: unknown } | undefined;
  const cause = driverAdapterCause(exception);
  if (isDatabaseUnavailable(exception, cause)) return fromCode(ErrorCode.SERVICE_UNAVAILABLE, 'The database is unavailable; retry shortly');
  if (cause?.kind === 'TransactionWriteConflict') return fromCode(ErrorCode.CONFLICT, 'A concurrent write conflicted; retry');
  const prismaCode = typeof error?.code === 'string' && /^P\d{4}$/.test(error.code) ? error.code : undefined;
  if (prismaCode === 'P2002') return fromCode(ErrorCode.CONFLICT, 'A record with the same unique value already exists');
  if (prismaCode === 'P2025') return fromCode(ErrorCode.NOT_FOUND, 'The record was not found');

  // Errors raised by Fastify itself (bad JSON, body too large, unsupported media type).
  if (typeof error?.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
    const detail = typeof error.message === 'string' ? error.message : 'Bad request';
    return { ...fromCode(codeForStatus(error.statusCode), detail), status: error.statusCode };
  }

  logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
  return fromCode(ErrorCode.INTERNAL, 'An unexpected error occurred');
}

function fromCode(code: ErrorCode, detail: string, errors: FieldError[] = []): Problem {
  const { status, title } = ERROR_TRANSPORT[code];
  return { code, status, title, detail, errors };
}
