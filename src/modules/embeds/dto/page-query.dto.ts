import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { PageQuery } from '../../../common/http/page-query.dto.js';

export class EmbedQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['light', 'dark'], default: 'light' })
  @IsOptional() @IsIn(['light', 'dark'], { message: 'theme must be light or dark' })
  theme?: 'light' | 'dark';

  @ApiPropertyOptional({ description: 'Only these criteria (slugs, comma-separated)' })
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9._+-]{1,64}(,[A-Za-z0-9._+-]{1,64}){0,49}$/, { message: 'criteria must be criterion slugs, comma-separated' })
  criteria?: string;
}
