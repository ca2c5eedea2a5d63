import { ApiPropertyOptional } from '@nestjs/swagger';
import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Matches } from 'class-validator';

export const STAT_DIMENSIONS = ['criterion', 'technology', 'source', 'kind', 'useCase', 'winner'] as const;
export type StatDimension = (typeof STAT_DIMENSIONS)[number];

@InputType('ClaimStatsInput')
export class ClaimStatsQueryDto {
  @ApiPropertyOptional({ nullable: true, description: `Comma-separated dimensions: ${STAT_DIMENSIONS.join(', ')} (default kind)` })
  @Field({ nullable: true, description: `Comma-separated dimensions: ${STAT_DIMENSIONS.join(', ')} (default kind)` })
  @IsOptional()
  @IsString()
  @Transform(({ value }) => (typeof value === 'string' ? value.replace(/\s+/g, '') : value))
  @Matches(new RegExp(`^(${STAT_DIMENSIONS.join('|')})(,(${STAT_DIMENSIONS.join('|')})){0,5}$`), {
    message: `groupBy must be one or more of ${STAT_DIMENSIONS.join(', ')}`,
  })
  groupBy?: string;
}
