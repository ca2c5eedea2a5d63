import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toProblem } from '../errors/problem.js';
import { preferredMediaType } from '../http/media-type.js';
import { sendProblem } from '../http/problem-details.filter.js';
import { errorPage } from './error-page.js';

// Pages are HTML: a wildcard or absent Accept gets the page; a client that asks for JSON gets problem+json.
const PAGE_ERROR_TYPES = ['text/html', 'application/problem+json', 'application/json'] as const;

/**
 * Errors on the app's HTML pages (explorer, citation and embed pages: bad filters, a missing
 * claim or technology) answered as an HTML page with the status and the message the API would
 * give, instead of problem+json a browser shows raw. The problem is built by the one mapping
 * (toProblem), so statuses agree. Lives in common/ so every module's pages can use it.
 */
@Catch()
export class PageErrorFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost) {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const problem = toProblem(exception);
    if (preferredMediaType(request.headers.accept, PAGE_ERROR_TYPES) !== 'text/html') return sendProblem(request, reply, problem);
    if (problem.status === 503) void reply.header('Retry-After', '5');
    void reply.status(problem.status).header('Cache-Control', 'no-store').type('text/html; charset=utf-8').send(errorPage(problem));
  }
}
