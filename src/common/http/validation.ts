import { ValidationPipe, type ArgumentMetadata, type PipeTransform, type ValidationError } from '@nestjs/common';
import { DomainError, ErrorCode, type FieldError } from '../errors/domain-error.js';

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
  return {
    transform: (value: unknown, metadata: ArgumentMetadata) => (metadata.type === 'query' ? lenient : strict).transform(value, metadata),
  };
}
