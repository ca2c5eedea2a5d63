import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export class FaqQueryDto {
  @ApiPropertyOptional({ description: 'Full-text search over question and answer' })
  @IsOptional() @IsString() @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ description: 'Technologies (slug or alias), comma-separated' })
  @IsOptional() @IsString() @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @Matches(/^[^,]{1,120}(,[^,]{1,120}){0,19}$/, { message: 'technology must be one value or up to 20 comma-separated values' })
  technology?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional() @Type(() => Number) @IsInt({ message: 'limit must be an integer' }) @Min(1) @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional() @IsString() @MaxLength(64)
  cursor?: string;
}
