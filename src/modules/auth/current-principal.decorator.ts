import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { AuthenticatedRequest } from './api-key.guard.js';
import type { Principal } from './api-key.types.js';

/**
 * The API key the guard verified for this request (REST or GraphQL), or undefined on a route
 * that needs none. Handlers pass it to services that record who did something.
 */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal | undefined => {
  const request =
    (context.getType() as string) === 'graphql'
      ? GqlExecutionContext.create(context).getContext<{ req: AuthenticatedRequest }>().req
      : context.switchToHttp().getRequest<AuthenticatedRequest>();
  return request.principal;
});
