import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';

class FieldErrorModel {
  @ApiProperty({ example: 'limit' })
  field: string;

  @ApiProperty({ example: 'limit must not be greater than 200' })
  message: string;
}

/** RFC 9457 problem details, as every REST error is answered (application/problem+json). */
export class ProblemDetailsModel {
  @ApiProperty({ example: 'https://versus-kb.dev/problems/validation-failed' })
  type: string;

  @ApiProperty({ example: 'Invalid request' })
  title: string;

  @ApiProperty({ example: 400 })
  status: number;

  @ApiProperty({ example: 'The request is invalid: limit: limit must not be greater than 200' })
  detail: string;

  @ApiProperty({ example: '/api/claims?limit=500' })
  instance: string;

  @ApiProperty({ description: 'Stable machine-readable code', example: 'VALIDATION_FAILED' })
  code: string;

  @ApiPropertyOptional({ type: () => FieldErrorModel, isArray: true })
  errors?: FieldErrorModel[];
}

/** The error answers every read route can give. */
export function ApiProblems(...statuses: number[]) {
  const described: Record<number, string> = {
    400: 'Invalid parameters (problem+json, with field errors)',
    404: 'Not found (problem+json)',
    406: 'No acceptable representation (problem+json)',
    422: 'Well-formed, but names something unknown (UNKNOWN_REFERENCE), one technology twice (SAME_TECHNOLOGY) or breaks a rule of the data (problem+json)',
    429: 'Rate limited (problem+json)',
    504: 'A URL the server fetches did not answer in time (FETCH_TIMEOUT, problem+json)',
    503: 'Database unavailable, or too many recommendations in progress; retry (problem+json)',
  };
  return applyDecorators(
    ...[400, 503, ...statuses].map((status) =>
      ApiResponse({ status, description: described[status] ?? 'Problem', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetailsModel' } } } }),
    ),
  );
}
