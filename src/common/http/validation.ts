import { ValidationPipe, type ArgumentMetadata, type PipeTransform, type ValidationError } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { DomainError, ErrorCode, type FieldError } from '../errors/domain-error.js';
import { inputGuardProblems } from './input-guard.js';

/** Flattens class-validator's tree into `path: message` pairs (`claims[2].quote`). */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? (/^\d+$/.test(error.property) ? `${parent}[${error.property}]` : `${parent}.${error.property}`) : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

export function validationFailed(errors: FieldError[], what = 'The request'): DomainError {
  const summary = errors.slice(0, 3).map((e) => `${e.field}: ${e.message}`).join('; ');
  return new DomainError(ErrorCode.VALIDATION_FAILED, `${what} is invalid: ${summary}${errors.length > 3 ? '; …' : ''}`, errors);
}

function validationPipe(forbidUnknown: boolean): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: forbidUnknown,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => validationFailed(flattenValidationErrors(errors)),
  });
}

/**
 * Global pipe. Bodies: an unknown property is refused (a typo in a write must not be dropped
 * silently). Query strings: unknown parameters are ignored, because links carry tracking
 * parameters (`utm_source`, `fbclid`) that a shared table URL must survive; they are also
 * left out of the response cache's keys.
 */
export function createValidationPipe(): PipeTransform {
  const strict = validationPipe(true);
  const lenient = validationPipe(false);
  const validated = new ValidatedInputs();
  return {
    transform: (value: unknown, metadata: ArgumentMetadata) => {
      if (CLIENT_INPUT.has(metadata.type)) rejectUnsafeInput(value, metadata.data ?? '');
      return validated.transform(value, metadata, metadata.type === 'query' ? lenient : strict);
    },
  };
}

/**
 * What a client sent: REST body, query and path parameters, and GraphQL arguments (Nest's
 * GqlParamtype.ARGS, 3). Not GraphQL's root, context or info (1, 2: framework objects, cyclic)
 * nor custom decorators.
 */
const CLIENT_INPUT = new Set<unknown>(['body', 'query', 'param', 3]);

/**
 * Every input, REST and GraphQL alike, before its own validation: a string PostgreSQL cannot
 * store (NUL) or a prototype key (`__proto__`, `constructor`) is a 400 naming the field.
 */
export function rejectUnsafeInput(value: unknown, root = ''): void {
  const problems = inputGuardProblems(value, root);
  if (problems.length) throw validationFailed(problems);
}

/** Only small inputs whose every value is a scalar are remembered: their copies share nothing. */
const MEMO_MAX_JSON = 2048;
const MEMO_ENTRIES = 500;

/**
 * Remembers the validated, transformed instance of a flat input (a GraphQL filter, a query
 * string) by its class and JSON, so a repeated input skips class-transformer and
 * class-validator (together ~10% of an uncached GraphQL page's CPU in the profile behind
 * BENCHMARKS.md). Sound because every validator here is a pure function of the value (none
 * reads the database). Each caller gets its own shallow copy; refused inputs are never
 * remembered, so their errors are produced anew every time.
 */
class ValidatedInputs {
  private readonly byClass = new WeakMap<object, LRUCache<string, object>>();

  async transform(value: unknown, metadata: ArgumentMetadata, pipe: ValidationPipe): Promise<unknown> {
    const metatype = metadata.metatype;
    if (!metatype || !isFlatObject(value)) return pipe.transform(value, metadata);
    const key = `${metadata.type}:${JSON.stringify(value)}`;
    if (key.length > MEMO_MAX_JSON) return pipe.transform(value, metadata);
    let memo = this.byClass.get(metatype);
    if (!memo) this.byClass.set(metatype, (memo = new LRUCache<string, object>({ max: MEMO_ENTRIES })));
    const known = memo.get(key);
    if (known) return copy(known);
    const result: unknown = await pipe.transform(value, metadata);
    if (!isFlatObject(result)) return result;
    memo.set(key, copy(result));
    return result;
  }
}

function isFlatObject(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const v of Object.values(value)) if (v !== null && typeof v === 'object') return false;
  return true;
}

const copy = (instance: object): object => Object.assign(Object.create(Object.getPrototypeOf(instance) as object | null) as object, instance);
