import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { PageQuery } from '../../../common/http/page-query.dto.js';
import { CRITERIA_LIST, CRITERIA_LIST_DESCRIPTION, CRITERIA_LIST_MESSAGE } from '../../comparisons/dto/comparison.params.js';

export class EmbedQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['light', 'dark'], default: 'light' })
  @IsOptional() @IsIn(['light', 'dark'], { message: 'theme must be light or dark' })
  theme?: 'light' | 'dark';

  @ApiPropertyOptional({ description: CRITERIA_LIST_DESCRIPTION })
  @IsOptional() @IsString() @Matches(CRITERIA_LIST, { message: CRITERIA_LIST_MESSAGE })
  criteria?: string;
}
