import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, PAGE_SIZE_POLICY } from '../../../common/pagination/page-size.js';
import { TECHNOLOGY_LIST, TECHNOLOGY_LIST_MESSAGE } from './claim-filter.input.js';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export class FaqQueryDto {
  @ApiPropertyOptional({ description: 'Full-text search over question and answer' })
  @IsOptional() @IsString() @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ description: 'Technologies (slug or alias), comma-separated' })
  @IsOptional() @IsString() @Matches(TECHNOLOGY_LIST, { message: `technology ${TECHNOLOGY_LIST_MESSAGE}` })
  technology?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE, description: PAGE_SIZE_POLICY })
  @IsOptional() @Type(() => Number) @IsInt({ message: 'limit must be an integer' }) @Min(1) @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional() @IsString() @MaxLength(64)
  cursor?: string;
}
