import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { TECHNOLOGY_LIST, TECHNOLOGY_LIST_MESSAGE } from './claim-filter.input.js';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export class FaqQueryDto {
  @ApiPropertyOptional({ description: 'Full-text search over question and answer' })
  @IsOptional() @IsString() @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ description: 'Technologies (slug or alias), comma-separated' })
  @IsOptional() @IsString() @Matches(TECHNOLOGY_LIST, { message: `technology ${TECHNOLOGY_LIST_MESSAGE}` })
  technology?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional() @Type(() => Number) @IsInt({ message: 'limit must be an integer' }) @Min(1) @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional() @IsString() @MaxLength(64)
  cursor?: string;
}
