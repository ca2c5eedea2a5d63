import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { DomainError, ErrorCode } from '../../common/errors/domain-error.js';
import { TECHNOLOGY_REFERENCE, TECHNOLOGY_REFERENCE_MESSAGE } from './lookup-key.js';

/**
 * A GraphQL string argument naming a technology (`comparison(a:, b:)`, `technology(slug:)`),
 * checked by the same rule as the REST path parameters, so both transports accept the same names.
 */
@Injectable()
export class TechnologyReferencePipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    const field = metadata.data ?? 'technology';
    if (typeof value !== 'string' || !TECHNOLOGY_REFERENCE.test(value)) {
      throw new DomainError(ErrorCode.VALIDATION_FAILED, `${field} ${TECHNOLOGY_REFERENCE_MESSAGE}`, [{ field, message: TECHNOLOGY_REFERENCE_MESSAGE }]);
    }
    return value;
  }
}
