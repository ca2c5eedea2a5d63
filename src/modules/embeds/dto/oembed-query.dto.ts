import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { PageQuery } from '../../../common/http/page-query.dto.js';

export class OEmbedQuery extends PageQuery {
  @ApiProperty({ description: 'A comparison page of this server: /compare/{a}/{b}, /embed/{a}/{b} or /api/comparisons/{a}/{b}' })
  @IsString() @MaxLength(2000)
  url: string;

  @ApiPropertyOptional({ minimum: 100, maximum: 10000 })
  @IsOptional() @Type(() => Number) @IsInt({ message: 'maxwidth must be an integer' }) @Min(100) @Max(10000)
  maxwidth?: number;

  @ApiPropertyOptional({ minimum: 100, maximum: 10000 })
  @IsOptional() @Type(() => Number) @IsInt({ message: 'maxheight must be an integer' }) @Min(100) @Max(10000)
  maxheight?: number;

  @ApiPropertyOptional({ enum: ['json'], description: 'Only json (xml is not served: 501 per oEmbed 1.0)' })
  @IsOptional() @IsIn(['json', 'xml'], { message: 'format must be json' })
  format?: 'json' | 'xml';
}
