import { Transform } from 'class-transformer';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ClaimQueryDto } from '../../claims/dto/claim-filter.input.js';
import { PageQuery } from '../../../common/http/page-query.dto.js';
import { CRITERIA_LIST, CRITERIA_LIST_MESSAGE } from '../../comparisons/dto/comparison.params.js';
import { AreNeeds } from '../../recommendations/dto/recommendation.input.js';

/** The claims browser's form: the analysts' filters (empty fields are no filter). */
export class ClaimsPageQuery extends ClaimQueryDto {

  @IsOptional() @IsString() @MaxLength(200) utm_source?: string;
  @IsOptional() @IsString() @MaxLength(200) utm_medium?: string;
  @IsOptional() @IsString() @MaxLength(200) utm_campaign?: string;
}

export class RecommendPageQuery extends PageQuery {
  /** Empty fields of the form are no need (none at all: the bare form); the rest is checked as the API checks it, so both answer alike. */
  @IsOptional()
  @Transform(({ value }) => {
    const needs = (Array.isArray(value) ? value : [value]).filter((v) => typeof v !== 'string' || v.trim() !== '');
    return needs.length ? needs : undefined;
  })
  @AreNeeds()
  need?: string[];
}

/** A comparison page, optionally limited to some criteria (as the embed and the widget are). */
export class ComparePageQuery extends PageQuery {
  @IsOptional() @IsString() @Matches(CRITERIA_LIST, { message: CRITERIA_LIST_MESSAGE })
  criteria?: string;
}
