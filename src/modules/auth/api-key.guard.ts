import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { FastifyRequest } from 'fastify';
import { DomainError, ErrorCode } from '../../common/errors/domain-error.js';
import type { Environment } from '../../config/environment.js';
import { ROLE_RANK, type ApiKeyRole, type Principal } from './api-key.types.js';
import { ApiKeysService } from './api-keys.service.js';

export const REQUIRED_ROLE = 'versus-kb:required-role';
/** Raises the role a handler needs above the default (reads: public or reader; writes: editor). */
export const RequiresRole = (role: ApiKeyRole) => SetMetadata(REQUIRED_ROLE, role);
const PUBLIC = 'versus-kb:public';
/** Probes that must answer without a key (health, readiness). */
export const Public = () => SetMetadata(PUBLIC, true);

export const READ_ONLY = 'versus-kb:read-only';
/** A POST that computes and stores nothing (recommendations): treated as a read. */
export const ReadOnly = () => SetMetadata(READ_ONLY, true);

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export type AuthenticatedRequest = FastifyRequest & { principal?: Principal };

/**
 * Who may do what, for REST and GraphQL alike: a write (a non-safe HTTP method, a GraphQL
 * mutation) needs an editor key; a read needs nothing when reads are public, else a reader
 * key. A presented key that is malformed, unknown or revoked is always 401.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly keys: ApiKeysService,
    private readonly reflector: Reflector,
    private readonly config: ConfigService<Environment, true>,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, targets)) return true;
    const { request, write: unsafe } = inspect(context);
    const write = unsafe && !this.reflector.getAllAndOverride<boolean>(READ_ONLY, targets);
    const needed: ApiKeyRole | null =
      this.reflector.getAllAndOverride<ApiKeyRole>(REQUIRED_ROLE, targets) ??
      (write ? 'editor' : this.config.get('KB_PUBLIC_READS', { infer: true }) ? null : 'reader');

    const presented = presentedKey(request);
    if (presented === undefined) {
      if (needed === null) return true;
      throw new DomainError(ErrorCode.UNAUTHENTICATED, `This needs an API key of role ${needed} (Authorization: Bearer <key> or X-API-Key)`);
    }
    // GraphQL runs the guard once per root field of a request: verify the key once per request.
    const principal = request.principal ?? (await this.keys.verify(presented));
    if (!principal) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'The API key is not valid');
    if (needed !== null && ROLE_RANK[principal.role] < ROLE_RANK[needed]) {
      throw new DomainError(ErrorCode.FORBIDDEN, `This needs role ${needed}; the key has role ${principal.role}`);
    }
    request.principal = principal;
    return true;
  }
}

/**
 * Before any GraphQL field runs when reads are private: a valid key of any role (every role reads),
 * verified once per request. Introspection fields have no resolver, so the guard never saw them
 * (issue 20 item 16: the schema answered anonymously).
 */
export async function requireReadKey(keys: ApiKeysService, request: AuthenticatedRequest): Promise<void> {
  const presented = presentedKey(request);
  if (presented === undefined) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'This needs an API key of role reader (Authorization: Bearer <key> or X-API-Key)');
  const principal = request.principal ?? (await keys.verify(presented));
  if (!principal) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'The API key is not valid');
  request.principal = principal;
}

function inspect(context: ExecutionContext): { request: AuthenticatedRequest; write: boolean } {
  if ((context.getType() as string) === 'graphql') {
    const gql = GqlExecutionContext.create(context);
    const operation = gql.getInfo<{ operation: { operation: string } }>().operation.operation;
    return { request: gql.getContext<{ req: AuthenticatedRequest }>().req, write: operation !== 'query' };
  }
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  return { request, write: !SAFE_METHODS.has(request.method) };
}

function presentedKey(request: FastifyRequest): string | undefined {
  const header = request.headers['x-api-key'];
  if (typeof header === 'string' && header.length) return header;
  const auth = request.headers.authorization;
  if (typeof auth === 'string') {
    const match = /^Bearer\s+(.+)$/i.exec(auth);
    return match ? match[1] : auth;
  }
  return undefined;
}
