import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CRITERIA_LIST, CRITERIA_LIST_DESCRIPTION, CRITERIA_LIST_MESSAGE } from '../../comparisons/dto/comparison.params.js';

/**
 * Query parameters every public page accepts: campaign tags that sites and newsletters add to
 * links (`utm_*`, `ref`) are accepted and ignored rather than refused.
 */
export class PageQuery {
  @IsOptional() @IsString() @MaxLength(200) utm_source?: string;
  @IsOptional() @IsString() @MaxLength(200) utm_medium?: string;
  @IsOptional() @IsString() @MaxLength(200) utm_campaign?: string;
  @IsOptional() @IsString() @MaxLength(200) utm_term?: string;
  @IsOptional() @IsString() @MaxLength(200) utm_content?: string;
  @IsOptional() @IsString() @MaxLength(200) ref?: string;
}

export class EmbedQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['light', 'dark'], default: 'light' })
  @IsOptional() @IsIn(['light', 'dark'], { message: 'theme must be light or dark' })
  theme?: 'light' | 'dark';

  @ApiPropertyOptional({ description: CRITERIA_LIST_DESCRIPTION })
  @IsOptional() @IsString() @Matches(CRITERIA_LIST, { message: CRITERIA_LIST_MESSAGE })
  criteria?: string;
}
