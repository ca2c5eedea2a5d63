import { ModulesContainer } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { ProblemDetailsModel } from '../http/problem-details.model.js';
import { applyLimits, limitsOf, validatedClassesByName, type InputClass } from './validator-constraints.js';

/** What the document states about the running configuration. */
export interface ContractSettings {
  publicReads: boolean;
  rateLimitPerMinute: number;
  /** operationIds of POST operations that read only (recommendations): public like reads. */
  readOnlyOperations: ReadonlySet<string>;
  /** operationIds of reads that need an editor key whatever KB_PUBLIC_READS says (stored drafts: unpublished work). */
  editorOperations?: ReadonlySet<string>;
  /** Paths outside authorization and rate limiting (health probes). */
  probePaths: ReadonlySet<string>;
}

type Operation = {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  responses: Record<string, { description: string; headers?: Record<string, unknown>; content?: Record<string, unknown> }>;
};

const PROBLEM = { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetailsModel' } } };
const SAFE = new Set(['get', 'head', 'options']);
const TAG_DESCRIPTIONS: Record<string, string> = {
  probes: 'Liveness and readiness for orchestrators (no key, not rate limited)',
};

/**
 * The OpenAPI document, generated from the controllers' decorators and the input classes, then
 * completed with what decorators cannot say per route but the server does to every route:
 * authorization (API keys on writes, and on reads when they are private), rate limiting (429
 * and its headers), and the errors any route can answer (500, 503, 401/403 where a key is needed).
 */
export function buildOpenApiDocument(app: NestFastifyApplication, settings: ContractSettings): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('versus-kb')
    .setDescription('Technology comparisons with every claim cited by its verbatim quote. GraphQL: /graphql.')
    .setVersion('0.1.0')
        .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'An opaque API key (not a JWT, so RFC8725 does not apply): `Authorization: Bearer vkb_…`' }, 'bearer')
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-API-Key', description: 'An API key in the X-API-Key header' }, 'apiKey')
    .build();
  const document = SwaggerModule.createDocument(app, config, { extraModels: [ProblemDetailsModel] });
  stateValidatorLimits(document, handlerInputClasses(app));
  return completeDocument(document, settings);
}

/** Per operationId, the validated classes its handler takes (query, path and body inputs). */
function handlerInputClasses(app: NestFastifyApplication): Map<string, InputClass[]> {
  const validated = new Set(validatedClassesByName().values());
  const inputs = new Map<string, InputClass[]>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const type = wrapper.metatype as (new (...args: unknown[]) => unknown) | undefined;
      if (!type) continue;
      for (const name of Object.getOwnPropertyNames(type.prototype)) {
        const types = (Reflect.getMetadata('design:paramtypes', type.prototype as object, name) ?? []) as unknown[];
        inputs.set(`${type.name}_${name}`, types.filter((t): t is InputClass => typeof t === 'function' && validated.has(t as InputClass)));
      }
    }
  }
  return inputs;
}

/**
 * States the validators' limits (lengths, sizes, patterns, ranges) in the document: on every
 * component schema of a validated class, and on every query and path parameter.
 */
export function stateValidatorLimits(document: OpenAPIObject, inputs: Map<string, InputClass[]>): void {
  const classes = validatedClassesByName();
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
    const target = classes.get(name);
    const properties = (schema as { properties?: Record<string, Record<string, unknown>> }).properties;
    if (!target || !properties) continue;
    for (const [property, limits] of limitsOf(target)) if (properties[property]) applyLimits(properties[property], limits);
  }
  for (const item of Object.values(document.paths)) {
    for (const value of Object.values(item)) {
      const operation = value as { operationId?: string; parameters?: { in: string; name: string; schema?: Record<string, unknown> }[] };
      const limits = (inputs.get(operation.operationId ?? '') ?? []).map(limitsOf);
      for (const parameter of operation.parameters ?? []) {
        if (parameter.in !== 'query' && parameter.in !== 'path') continue;
        for (const byProperty of limits) {
          const found = byProperty.get(parameter.name);
          if (found) applyLimits((parameter.schema ??= {}), found);
        }
      }
    }
  }
}

export function completeDocument(document: OpenAPIObject, settings: ContractSettings): OpenAPIObject {
  const rateLimited = settings.rateLimitPerMinute > 0;
  const components = (document.components ??= {});
  if (rateLimited) {
    components.headers = {
      ...components.headers,
      'X-RateLimit-Limit': { description: 'Requests allowed per minute for this client', schema: { type: 'integer', format: 'int32', minimum: 0, maximum: 2147483647 } },
      'X-RateLimit-Remaining': { description: 'Requests left in the current minute', schema: { type: 'integer', format: 'int32', minimum: 0, maximum: 2147483647 } },
      'X-RateLimit-Reset': { description: 'Seconds until the window resets', schema: { type: 'integer', format: 'int32', minimum: 0, maximum: 2147483647 } },
      'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer', format: 'int32', minimum: 0, maximum: 2147483647 } },
    };
  }
  const rateHeaders = { 'X-RateLimit-Limit': { $ref: '#/components/headers/X-RateLimit-Limit' }, 'X-RateLimit-Remaining': { $ref: '#/components/headers/X-RateLimit-Remaining' }, 'X-RateLimit-Reset': { $ref: '#/components/headers/X-RateLimit-Reset' } };
  // Each deployment (local, staging, production) serves its own document, for itself.
  document.servers = [{ url: '/', description: 'This deployment (local, staging or production)', 'x-internal': false } as never];
  components.headers = {
    ...components.headers,
    'Access-Control-Allow-Origin': { description: 'The caller\'s Origin when it is allowed (KB_CORS_ORIGINS)', schema: { type: 'string', maxLength: 2048 } },
    'X-Request-Id': { description: 'The request\'s id in the server log: the caller\'s X-Request-Id when it is a plain token (letters, digits, ._:@-, up to 128), otherwise a new UUID', schema: { type: 'string', maxLength: 128 } },
  };
  // Headers every response carries (the CORS one when the origin is allowed).
  const everyResponseHeaders = { 'Access-Control-Allow-Origin': { $ref: '#/components/headers/Access-Control-Allow-Origin' }, 'X-Request-Id': { $ref: '#/components/headers/X-Request-Id' } };
  const tags = new Set<string>();
  for (const [path, item] of Object.entries(document.paths)) {
    const probe = settings.probePaths.has(path);
    for (const [method, value] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete', 'head', 'options'].includes(method)) continue;
      const operation = value as Operation;
      if (!operation.tags?.length) operation.tags = [probe ? 'probes' : (path.split('/')[2] ?? 'api')];
      operation.tags.forEach((tag) => tags.add(tag));
      operation.description ??= operation.summary ?? `${method.toUpperCase()} ${path}`;
      const responses = operation.responses;
      describeTextRepresentations(responses);
      const add = (status: string, description: string) => (responses[status] ??= { description, content: PROBLEM });
      if (probe) {
        operation.security = [];
        for (const response of Object.values(responses)) response.headers = { ...everyResponseHeaders, ...response.headers };
        continue;
      }
      const write = !SAFE.has(method) && !settings.readOnlyOperations.has(operation.operationId ?? '');
      const editor = write || (settings.editorOperations?.has(operation.operationId ?? '') ?? false);
      if (editor || !settings.publicReads) {
        operation.security = [{ bearer: [] }, { apiKey: [] }];
        add('401', 'No API key, or a key that is malformed, unknown or revoked (problem+json)');
        add('403', `The key's role is too low (${editor ? 'editor' : 'reader'} needed) (problem+json)`);
      } else {
        // Public by configuration (KB_PUBLIC_READS); a key that is presented is still checked.
        operation.security = [{}, { bearer: [] }, { apiKey: [] }];
        add('401', 'A presented API key is malformed, unknown or revoked (problem+json)');
      }
      if ((operation as { requestBody?: unknown }).requestBody) {
        add('413', 'The body is over KB_BODY_LIMIT_BYTES (problem+json)');
        add('415', 'The body is not application/json (problem+json, code UNSUPPORTED_MEDIA_TYPE)');
      }
      add('500', 'Unexpected error; details are logged, never sent (problem+json)');
      add('503', 'Database unavailable, or too many recommendations in progress (KB_RECOMMENDATIONS_AT_ONCE, KB_RECOMMENDATIONS_QUEUED); retry after Retry-After (problem+json)');
      for (const response of Object.values(responses)) response.headers = { ...everyResponseHeaders, ...response.headers };
      if (rateLimited) {
        responses['429'] = {
          description: 'Rate limited: more than the allowed requests per minute from this client (problem+json)',
          headers: { 'Retry-After': { $ref: '#/components/headers/Retry-After' }, ...rateHeaders, ...everyResponseHeaders },
          content: PROBLEM,
        };
        for (const [status, response] of Object.entries(responses)) {
          if (/^[24]/.test(status)) response.headers = { ...rateHeaders, ...response.headers };
        }
      }
    }
  }
  document.tags = [...tags].sort().map((name) => ({ name, description: TAG_DESCRIPTIONS[name] ?? `The ${name} resources` }));
  return toOpenApi31(document);
}

/** application/json and the +json types (problem+json); NDJSON is lines of JSON, not one JSON value. */
const isJsonMediaType = (type: string) => /^application\/([\w.-]+\+)?json$/.test(type);

/**
 * The non-JSON representations (CSV, NDJSON, Markdown, HTML) are text: @nestjs/swagger gives
 * every media type of @ApiProduces the JSON model's schema, which no CSV answer matches.
 */
function describeTextRepresentations(responses: Operation['responses']): void {
  for (const response of Object.values(responses)) {
    for (const [type, media] of Object.entries(response.content ?? {})) {
      if (!isJsonMediaType(type)) (media as { schema?: unknown }).schema = { type: 'string', description: `The ${type} representation, as text` };
    }
  }
}

/**
 * OpenAPI 3.1: schemas are JSON Schema, so a nullable value is spelled the way every validator
 * reads it. 3.0's `nullable: true` beside `allOf: [$ref]` (what @nestjs/swagger emits for a
 * nullable object) is ignored by spec-following validators, which then refuse the nulls the API
 * really sends.
 */
export function toOpenApi31(document: OpenAPIObject): OpenAPIObject {
  const convert = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(convert);
    if (!node || typeof node !== 'object') return node;
    const { nullable, ...rest } = node as Record<string, unknown>;
    const converted = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, convert(value)]));
    if (nullable !== true) return converted;
    if (converted.allOf || converted.$ref || converted.anyOf || converted.oneOf) {
      const { description, type: _type, ...schema } = converted;
      return { ...(description ? { description } : {}), anyOf: [schema, { type: 'null' }] };
    }
    if (typeof converted.type === 'string') {
      return { ...converted, type: [converted.type, 'null'], ...(Array.isArray(converted.enum) ? { enum: [...(converted.enum as unknown[]), null] } : {}) };
    }
    return converted;
  };
  return { ...(convert(document) as OpenAPIObject), openapi: '3.1.0' };
}

/** operationIds (Nest's `Controller_method`) of handlers carrying a metadata key (on the handler or its controller), e.g. ReadOnly. */
export function operationIdsWith(app: NestFastifyApplication, metadataKey: string): Set<string> {
  const ids = new Set<string>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const type = wrapper.metatype as (new (...args: unknown[]) => unknown) | undefined;
      if (!type) continue;
      for (const name of Object.getOwnPropertyNames(type.prototype)) {
        const handler = (type.prototype as Record<string, unknown>)[name];
        if (typeof handler === 'function' && (Reflect.getMetadata(metadataKey, handler) ?? Reflect.getMetadata(metadataKey, type))) ids.add(`${type.name}_${name}`);
      }
    }
  }
  return ids;
}

/** Names of every query parameter some operation declares. */
export function queryParameterNames(document: OpenAPIObject): Set<string> {
  const names = new Set<string>();
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item)) {
      for (const parameter of (operation as { parameters?: { in?: string; name?: string }[] }).parameters ?? []) {
        if (parameter.in === 'query' && parameter.name) names.add(parameter.name);
      }
    }
  }
  return names;
}
