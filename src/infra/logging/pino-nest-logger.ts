import type { LoggerService } from '@nestjs/common';
import type { Level, Logger } from 'pino';

/**
 * Nest's LoggerService on a pino logger, so Nest's lines (startup, services' `new Logger(...)`,
 * the error filter) are JSON lines beside the request lines, at the configured level.
 *
 * Nest's Logger appends the logger's context as the last argument, and for `error` passes the
 * stack (or undefined) before it: `error(message, stack, context)`.
 */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }

  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }

  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }

  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }

  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    if (!this.logger.isLevelEnabled(level)) return;
    const fields: Record<string, unknown> = {};
    const rest = [...params];
    const severe = level === 'error' || level === 'fatal';
    // The context is last; an error's lone string argument is its stack when it reads as one.
    if (typeof rest.at(-1) === 'string' && !(severe && rest.length === 1 && looksLikeStack(rest[0] as string))) {
      fields.context = rest.pop();
    }
    if (severe && (typeof rest[0] === 'string' || rest[0] === undefined) && rest.length === 1) {
      if (rest[0] !== undefined) fields.stack = rest[0];
      rest.pop();
    }
    if (rest.length > 0) fields.params = rest;
    if (message instanceof Error) {
      this.logger[level]({ ...fields, err: message }, message.message);
    } else if (typeof message === 'object' && message !== null) {
      this.logger[level]({ ...fields, ...(message as Record<string, unknown>) });
    } else {
      this.logger[level](fields, String(message));
    }
  }
}

function looksLikeStack(text: string): boolean {
  return /\n\s+at /.test(text);
}
