import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toGraphQLError } from '../graphql/graphql-errors.js';
import { toProblem } from '../errors/problem.js';

export const PROBLEM_JSON = 'application/problem+json';

/** Every REST error as RFC 9457 problem+json; GraphQL errors are handed to the GraphQL layer. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost) {
    if ((host.getType() as string) === 'graphql') return toGraphQLError(exception);
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const problem = toProblem(exception);
    if (problem.status === 503) void reply.header('Retry-After', '5');
    void reply
      .status(problem.status)
      .header('Content-Type', PROBLEM_JSON)
      .header('Cache-Control', 'no-store')
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
}
