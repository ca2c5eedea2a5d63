import { ApiPropertyOptional } from '@nestjs/swagger';
import { InputType } from '@nestjs/graphql';
import { ApiField } from '../../../common/models/api-field.js';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { ClaimFilterInput } from '../../claims/dto/claim-filter.input.js';

export const STAT_DIMENSIONS = ['criterion', 'technology', 'source', 'kind', 'useCase', 'winner', 'outcome', 'year', 'month'] as const;
export type StatDimension = (typeof STAT_DIMENSIONS)[number];

/** Claim counts: the claims' own filters (same names as GET /api/claims) and the dimensions to group by. */
@InputType('ClaimStatsInput')
export class ClaimStatsQueryDto extends ClaimFilterInput {
  @ApiField({ nullable: true, optional: true, description: `Comma-separated dimensions: ${STAT_DIMENSIONS.join(', ')} (default kind). year and month are the source's publication date (month is null when the source states only a year)` })
  @IsOptional()
  @IsString()
  @Transform(({ value }) => (typeof value === 'string' ? value.replace(/\s+/g, '') : value))
  @Matches(new RegExp(`^(${STAT_DIMENSIONS.join('|')})(,(${STAT_DIMENSIONS.join('|')})){0,${STAT_DIMENSIONS.length - 1}}$`), {
    message: `groupBy must be one or more of ${STAT_DIMENSIONS.join(', ')}`,
  })
  groupBy?: string;
}

/** REST only: the counts as CSV. */
export class ClaimStatsRestQueryDto extends ClaimStatsQueryDto {
  @ApiPropertyOptional({ enum: ['json', 'csv'], description: 'csv: one row per group, the dimensions then count' })
  @IsOptional() @IsIn(['json', 'csv'], { message: 'format must be json or csv' })
  format?: 'json' | 'csv';
}
