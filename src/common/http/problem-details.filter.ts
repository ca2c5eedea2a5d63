import { ArgumentsHost, Catch, ExceptionFilter, NotFoundException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_TRANSPORT } from '../errors/error-status.js';
import { toGraphQLError } from '../graphql/graphql-errors.js';
import { graphqlResponseType, isGraphQLEndpoint } from '../graphql/graphql-over-http.js';
import { DomainError, ErrorCode } from '../errors/domain-error.js';
import { toProblem, type Problem } from '../errors/problem.js';
import type { RouteTable } from './route-table.js';

export const PROBLEM_JSON = 'application/problem+json';

/**
 * Every REST error as RFC 9457 problem+json; GraphQL errors are handed to the GraphQL layer.
 * Failures on `/graphql` before GraphQL runs (malformed JSON, 413, 415, 429) are answered as a
 * GraphQL response (`{ errors: [...] }`), which is what GraphQL clients parse.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  /** routes: when given, a known path asked with a method it does not answer is a 405 with Allow. */
  constructor(private readonly routes?: RouteTable) {}

  catch(exception: unknown, host: ArgumentsHost) {
    if ((host.getType() as string) === 'graphql') return toGraphQLError(exception);
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    // Nest's "no route" answer (a NotFoundException; domain 404s are DomainErrors).
    if (exception instanceof NotFoundException && this.routes) {
      const allowed = this.routes.allowed(request.url);
      if (allowed.length && !allowed.includes(request.method)) {
        void reply.header('Allow', allowed.join(', '));
        exception = new DomainError(ErrorCode.METHOD_NOT_ALLOWED, `${request.method} is not allowed here; allowed: ${allowed.join(', ')}`);
      }
    }
    sendProblem(request, reply, toProblem(exception));
  }
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: Problem): void {
  if (problem.status === 503) void reply.header('Retry-After', '5');
  void reply.status(problem.status).header('Cache-Control', 'no-store');
  if (isGraphQLEndpoint(request.url)) {
    // A body that is not a GraphQL request at all is Apollo's BAD_REQUEST, not a user input error.
    const code = problem.code === ErrorCode.VALIDATION_FAILED ? 'BAD_REQUEST' : ERROR_TRANSPORT[problem.code].graphql;
    const extensions = { code, status: problem.status, ...(problem.errors.length ? { errors: problem.errors } : {}) };
    void reply.header('Content-Type', `${graphqlResponseType(request.headers.accept)}; charset=utf-8`).send({ errors: [{ message: problem.detail, extensions }] });
    return;
  }
  void reply
    .header('Content-Type', PROBLEM_JSON)
    .send({
      type: `https://versus-kb.dev/problems/${problem.code.toLowerCase().replace(/_/g, '-')}`,
      title: problem.title,
      status: problem.status,
      detail: problem.detail,
      instance: request.url,
      code: problem.code,
      ...(problem.errors.length ? { errors: problem.errors } : {}),
    });
}
