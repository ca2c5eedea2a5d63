import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DomainError, ErrorCode } from '../errors/domain-error.js';
import { inputGuardProblems } from './input-guard.js';
import { flattenValidationErrors } from './validation.js';

/** Validates plain data (a file, a CLI payload) with the same rules as the HTTP pipe. */
export function validateDto<T extends object>(cls: ClassConstructor<T>, plain: unknown, what: string, code = ErrorCode.VALIDATION_FAILED): T {
  if (typeof plain !== 'object' || plain === null || Array.isArray(plain)) {
    throw new DomainError(code, `${what} must be a JSON object`);
  }
  const guarded = inputGuardProblems(plain);
  const instance = guarded.length ? null : plainToInstance(cls, plain, { exposeDefaultValues: true });
  const errors = instance ? flattenValidationErrors(validateSync(instance, { whitelist: true, forbidNonWhitelisted: true })) : guarded;
  if (errors.length) {
    const summary = errors.slice(0, 5).map((e) => `${e.field}: ${e.message}`).join('; ');
    throw new DomainError(code, `${what} is invalid: ${summary}${errors.length > 5 ? `; and ${errors.length - 5} more` : ''}`, errors);
  }
  return instance!;
}
