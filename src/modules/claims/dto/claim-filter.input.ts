import { ApiPropertyOptional } from '@nestjs/swagger';
import { Field, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { CLAIM_KINDS, STATED_DATE } from '../../ingestion/dto/ingest-source.dto.js';

const LIST = /^[^,]{1,120}(,[^,]{1,120}){0,19}$/;
const LIST_MESSAGE = 'must be one value or up to 20 comma-separated values';
const KIND_NAMES = CLAIM_KINDS.join(', ');
const KIND = CLAIM_KINDS.join('|');
const KIND_LIST = new RegExp(`^(${KIND})(,(${KIND})){0,${CLAIM_KINDS.length - 1}}$`, 'i');
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Filters for claims: `GET /api/claims?...` and GraphQL `claims(filter: ...)`. Aliases are accepted. */
@InputType('ClaimFilter')
export class ClaimFilterInput {
  @ApiPropertyOptional({ nullable: true, description: 'Criterion slugs or aliases, comma-separated' })
  @Field({ nullable: true, description: 'Criterion slugs or aliases, comma-separated' })
  @IsOptional() @IsString() @Transform(trim) @Matches(LIST, { message: `criterion ${LIST_MESSAGE}` })
  criterion?: string;

  @ApiPropertyOptional({ nullable: true, description: 'Technologies (slug or alias): the claim is about, won by, or names one of them' })
  @Field({ nullable: true, description: 'Technologies (slug or alias): the claim is about, won by, or names one of them' })
  @IsOptional() @IsString() @Transform(trim) @Matches(LIST, { message: `technology ${LIST_MESSAGE}` })
  technology?: string;

  @ApiPropertyOptional({ nullable: true, description: `Claim kinds: ${KIND_NAMES}` })
  @Field({ nullable: true, description: `Claim kinds: ${KIND_NAMES}` })
  @IsOptional() @IsString() @Transform(trim) @Matches(KIND_LIST, { message: `kind must be one or more of ${KIND_NAMES}` })
  kind?: string;

  @ApiPropertyOptional({ nullable: true, description: 'Source slugs or externalIds' })
  @Field({ nullable: true, description: 'Source slugs or externalIds' })
  @IsOptional() @IsString() @Transform(trim) @Matches(LIST, { message: `source ${LIST_MESSAGE}` })
  source?: string;

  @ApiPropertyOptional({ nullable: true, description: 'Verdict winners (slug or alias)' })
  @Field({ nullable: true, description: 'Verdict winners (slug or alias)' })
  @IsOptional() @IsString() @Transform(trim) @Matches(LIST, { message: `winner ${LIST_MESSAGE}` })
  winner?: string;

  @ApiPropertyOptional({ nullable: true, description: 'Use case slugs or aliases' })
  @Field({ nullable: true, description: 'Use case slugs or aliases' })
  @IsOptional() @IsString() @Transform(trim) @Matches(LIST, { message: `useCase ${LIST_MESSAGE}` })
  useCase?: string;

  @ApiPropertyOptional({ nullable: true, description: 'Sources published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)' })
  @Field({ nullable: true, description: 'Sources published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)' })
  @IsOptional() @Matches(STATED_DATE, { message: 'publishedAfter must be YYYY, YYYY-MM or YYYY-MM-DD' })
  publishedAfter?: string;

  @ApiPropertyOptional({ nullable: true, description: 'Sources published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)' })
  @Field({ nullable: true, description: 'Sources published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)' })
  @IsOptional() @Matches(STATED_DATE, { message: 'publishedBefore must be YYYY, YYYY-MM or YYYY-MM-DD' })
  publishedBefore?: string;

  @ApiPropertyOptional({ nullable: true, description: 'Full-text search over statement and quote (web-search syntax: "exact phrase", -not, or)' })
  @Field({ nullable: true, description: 'Full-text search over statement and quote (web-search syntax: "exact phrase", -not, or)' })
  @IsOptional() @IsString() @MaxLength(200)
  q?: string;
}

/** REST query: the filters plus keyset paging. */
export class ClaimQueryDto extends ClaimFilterInput {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50, description: 'Page size' })
  @IsOptional() @Type(() => Number) @IsInt({ message: 'limit must be an integer' }) @Min(1) @Max(200)
  limit?: number;

  @IsOptional() @IsString() @MaxLength(64)
  @ApiPropertyOptional({ description: 'nextCursor of the previous page (keyset: no duplicates or gaps)' })
  cursor?: string;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;
