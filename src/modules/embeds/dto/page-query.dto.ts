import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

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

  @ApiPropertyOptional({ description: 'Only these criteria (slugs, comma-separated)' })
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9._+-]{1,64}(,[A-Za-z0-9._+-]{1,64}){0,49}$/, { message: 'criteria must be criterion slugs, comma-separated' })
  criteria?: string;
}
