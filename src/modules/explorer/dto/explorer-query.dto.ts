import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength } from 'class-validator';
import { ClaimQueryDto } from '../../claims/dto/claim-filter.input.js';
import { PageQuery } from '../../../common/http/page-query.dto.js';

/** The claims browser's form: the analysts' filters (empty fields are no filter). */
export class ClaimsPageQuery extends ClaimQueryDto {

  @IsOptional() @IsString() @MaxLength(200) utm_source?: string;
  @IsOptional() @IsString() @MaxLength(200) utm_medium?: string;
  @IsOptional() @IsString() @MaxLength(200) utm_campaign?: string;
}

export class RecommendPageQuery extends PageQuery {
  @IsOptional()
  @Transform(({ value }) => (Array.isArray(value) ? value : [value]).filter((v) => typeof v !== 'string' || v.trim() !== ''))
  @IsArray() @ArrayMaxSize(10, { message: 'at most 10 needs' }) @IsString({ each: true }) @MaxLength(300, { each: true })
  need?: string[];
}
