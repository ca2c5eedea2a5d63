import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, PAGE_SIZE_POLICY } from '../../../common/pagination/page-size.js';

/** REST `GET /api/sources`: keyset paging (the list grows with the sources; one page costs the same at any size). */
export class SourceListQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE, description: PAGE_SIZE_POLICY })
  @IsOptional() @Type(() => Number) @IsInt({ message: 'limit must be an integer' }) @Min(1) @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page (keyset: no duplicates or gaps)' })
  @IsOptional() @IsString() @MaxLength(64)
  cursor?: string;
}
