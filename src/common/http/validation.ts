import { ValidationPipe, type ValidationError } from '@nestjs/common';
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

/** Global pipe: unknown properties are refused, query strings are converted to their types. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => validationFailed(flattenValidationErrors(errors)),
  });
}
