import { IsOptional, IsString, MaxLength } from 'class-validator';

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
