import { Injectable, PipeTransform } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { DomainError, ErrorCode } from '../errors/domain-error.js';

/** The largest id a PostgreSQL integer column holds. */
export const MAX_ID = 2_147_483_647;

/** A path id: a positive integer that fits the database's int4 ids (else 400, never a 500). */
@Injectable()
export class RecordIdPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    const id = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
    if (!(id >= 1 && id <= MAX_ID)) {
      throw new DomainError(ErrorCode.VALIDATION_FAILED, `id must be an integer from 1 to ${MAX_ID}`, [{ field: 'id', message: 'not a valid id' }]);
    }
    return id;
  }
}

/** Documents a path id as the pipe checks it: an integer from 1 to MAX_ID (`/claims/0.0` is no id). */
export const ApiRecordId = (name = 'id') => ApiParam({ name, required: true, schema: { type: 'integer', format: 'int32', minimum: 1, maximum: MAX_ID } });
