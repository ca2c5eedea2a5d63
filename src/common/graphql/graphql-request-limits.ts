import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { graphqlResponseType, isGraphQLEndpoint } from './graphql-over-http.js';

/**
 * Nesting of `variables` (and `extensions`) a request may send. No input type of the schema is
 * half as deep (an ingestion is 4 levels); 10,000 levels overflowed the stack of the response
 * cache's key computation (500, issue 20 item 13).
 */
export const MAX_VARIABLES_DEPTH = 32;

export interface GraphQLRequestLimits {
  /** GRAPHQL_MAX_DOCUMENT_BYTES */
  maxDocumentBytes: number;
}

/** A request refused before Apollo sees it, as GraphQL over HTTP words an error. */
export interface GraphQLRequestRefusal {
  status: number;
  code: string;
  message: string;
  limit?: { name: string; max: number; found?: number };
}

/** The parts of a GraphQL request these checks read: POST body fields, or GET parameters (JSON text). */
interface RequestParts {
  query?: unknown;
  variables?: unknown;
  extensions?: unknown;
}

/**
 * Checks a GraphQL request needs before any parsing, hashing or storing, in this order:
 * - the document's size in bytes, comments included (413 PAYLOAD_TOO_LARGE);
 * - the nesting of variables and extensions (400 BAD_USER_INPUT), counted without recursion;
 * - an APQ extension's version (400 BAD_REQUEST) and, with a query, that the hash is the
 *   query's SHA-256 (400 PERSISTED_QUERY_HASH_MISMATCH). Apollo answered both with
 *   INTERNAL_SERVER_ERROR as the code (issue 20 item 20).
 */
export function checkGraphQLRequest(parts: RequestParts, limits: GraphQLRequestLimits): GraphQLRequestRefusal | undefined {
  const query = typeof parts.query === 'string' ? parts.query : undefined;
  if (query !== undefined && query.length > limits.maxDocumentBytes / 4) {
    const bytes = Buffer.byteLength(query, 'utf8');
    if (bytes > limits.maxDocumentBytes) {
      return {
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
        message: `The GraphQL document is ${bytes} bytes, over the limit of ${limits.maxDocumentBytes} (comments and whitespace count)`,
        limit: { name: 'documentBytes', max: limits.maxDocumentBytes, found: bytes },
      };
    }
  }
  const variables = jsonParameter(parts.variables);
  const extensions = jsonParameter(parts.extensions);
  for (const [name, value] of [['variables', variables], ['extensions', extensions]] as const) {
    if (nestingDepth(value, MAX_VARIABLES_DEPTH) > MAX_VARIABLES_DEPTH) {
      return { status: 400, code: 'BAD_USER_INPUT', message: `${name} are nested deeper than ${MAX_VARIABLES_DEPTH} levels`, limit: { name: `${name}Depth`, max: MAX_VARIABLES_DEPTH } };
    }
  }
  const persisted = isObject(extensions) ? extensions.persistedQuery : undefined;
  if (isObject(persisted)) {
    if (persisted.version !== 1) {
      return { status: 400, code: 'BAD_REQUEST', message: 'Unsupported persisted query version: only version 1 is supported' };
    }
    if (query !== undefined && persisted.sha256Hash !== createHash('sha256').update(query).digest('hex')) {
      return { status: 400, code: 'PERSISTED_QUERY_HASH_MISMATCH', message: 'The persisted query hash is not the SHA-256 of the query sent' };
    }
  }
  return undefined;
}

/** The deepest nesting of objects and arrays in `value` (a scalar is 0), walked without recursion; stops past `stopAfter`. */
export function nestingDepth(value: unknown, stopAfter = Number.POSITIVE_INFINITY): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length) {
    const [item, parentDepth] = pending.pop()!;
    if (item === null || typeof item !== 'object') continue;
    const depth = parentDepth + 1;
    if (depth > deepest && (deepest = depth) > stopAfter) return deepest;
    for (const child of Array.isArray(item) ? item : Object.values(item)) {
      if (child !== null && typeof child === 'object') pending.push([child, depth]);
    }
  }
  return deepest;
}

/** The checks as a Fastify hook on the GraphQL endpoint (POST bodies and GET parameters). */
export function registerGraphQLRequestLimits(fastify: FastifyInstance, limits: GraphQLRequestLimits): void {
  fastify.addHook('preHandler', (request, reply, done) => {
    if (!isGraphQLEndpoint(request.url)) return done();
    const parts = request.method === 'GET' ? request.query : request.body;
    // A batch (an array) or no body at all is Apollo's to refuse.
    const refusal = isObject(parts) ? checkGraphQLRequest(parts, limits) : undefined;
    if (!refusal) return done();
    sendRefusal(request, reply, refusal);
  });
}

function sendRefusal(request: FastifyRequest, reply: FastifyReply, refusal: GraphQLRequestRefusal): void {
  const extensions = { code: refusal.code, status: refusal.status, ...(refusal.limit ? { limit: refusal.limit } : {}) };
  void reply
    .status(refusal.status)
    .header('Cache-Control', 'no-store')
    .header('Content-Type', `${graphqlResponseType(request.headers.accept)}; charset=utf-8`)
    .send({ errors: [{ message: refusal.message, extensions }] });
}

/** GET sends variables and extensions as JSON text; text that is not JSON is left to Apollo's own answer. */
function jsonParameter(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
