import { ApiPropertyOptional } from '@nestjs/swagger';
import { InputType } from '@nestjs/graphql';
import { ApiField } from '../../../common/models/api-field.js';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, PAGE_SIZE_POLICY } from '../../../common/pagination/page-size.js';
import { IsStatedDate } from '../../../common/text/stated-date.js';
import { CLAIM_KINDS } from './claim.input.js';
import { nameList, TECHNOLOGY_REFERENCE_MESSAGE, technologyReferenceList } from '../../taxonomy/lookup-key.js';

/*
 * No trimming before the checks: the document states these patterns, and a value the pattern
 * refuses must not be accepted after a silent trim (nor one it accepts refused: `criterion= `).
 */
const LIST = nameList(20);
const LIST_MESSAGE = 'must be one value or up to 20 comma-separated values, each starting with a visible character';
export const TECHNOLOGY_LIST = technologyReferenceList(20);
export const TECHNOLOGY_LIST_MESSAGE = `must be up to 20 comma-separated technologies; each ${TECHNOLOGY_REFERENCE_MESSAGE}`;
const KIND_NAMES = CLAIM_KINDS.join(', ');
const KIND = CLAIM_KINDS.join('|');
const KIND_LIST = new RegExp(`^(${KIND})(,(${KIND})){0,${CLAIM_KINDS.length - 1}}$`, 'i');

/** Filters for claims: `GET /api/claims?...` and GraphQL `claims(filter: ...)`. Aliases are accepted. */
@InputType('ClaimFilter')
export class ClaimFilterInput {
  @ApiField({ nullable: true, optional: true, description: 'Criterion slugs or aliases, comma-separated' })
  @IsOptional() @IsString() @Matches(LIST, { message: `criterion ${LIST_MESSAGE}` })
  criterion?: string;

  @ApiField({ nullable: true, optional: true, description: 'Technologies (slug or alias): the claim is about, won by, or names one of them' })
  @IsOptional() @IsString() @Matches(TECHNOLOGY_LIST, { message: `technology ${TECHNOLOGY_LIST_MESSAGE}` })
  technology?: string;

  @ApiField({ nullable: true, optional: true, description: `Claim kinds: ${KIND_NAMES}` })
  @IsOptional() @IsString() @Matches(KIND_LIST, { message: `kind must be one or more of ${KIND_NAMES}` })
  kind?: string;

  @ApiField({ nullable: true, optional: true, description: 'Source slugs or externalIds' })
  @IsOptional() @IsString() @Matches(LIST, { message: `source ${LIST_MESSAGE}` })
  source?: string;

  @ApiField({ nullable: true, optional: true, description: 'Verdict winners (slug or alias)' })
  @IsOptional() @IsString() @Matches(TECHNOLOGY_LIST, { message: `winner ${TECHNOLOGY_LIST_MESSAGE}` })
  winner?: string;

  @ApiField({ nullable: true, optional: true, description: 'Use case slugs or aliases' })
  @IsOptional() @IsString() @Matches(LIST, { message: `useCase ${LIST_MESSAGE}` })
  useCase?: string;

  @ApiField({ nullable: true, optional: true, description: 'Sources published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)' })
  @IsOptional() @IsStatedDate('publishedAfter')
  publishedAfter?: string;

  @ApiField({ nullable: true, optional: true, description: 'Sources published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)' })
  @IsOptional() @IsStatedDate('publishedBefore')
  publishedBefore?: string;

  @ApiField(() => String, { nullable: true, optional: true, description: 'With publishedAfter/publishedBefore: include claims of sources that state no date (default exclude)', graphqlDescription: 'With publishedAfter/publishedBefore: include claims of sources that state no date (include or exclude, default exclude)', openApi: { enum: ['include', 'exclude'] } })
  @IsOptional() @IsIn(['include', 'exclude'], { message: 'undated must be include or exclude' })
  undated?: 'include' | 'exclude';

  @ApiField({ nullable: true, optional: true, description: 'Full-text search over statement and quote (web-search syntax: "exact phrase", -not, or)' })
  @IsOptional() @IsString() @MaxLength(200)
  q?: string;
}

export const CLAIM_EXPORT_FORMATS = ['json', 'csv', 'ndjson'] as const;
export type ClaimExportFormat = (typeof CLAIM_EXPORT_FORMATS)[number];

/** REST query: the filters plus keyset paging, the total on request, and whole-result exports. */
export class ClaimQueryDto extends ClaimFilterInput {
  @ApiPropertyOptional({ enum: CLAIM_EXPORT_FORMATS, description: 'csv or ndjson: every matching claim, streamed (no page limit; limit and cursor ignored). Also by Accept: text/csv, application/x-ndjson' })
  @IsOptional() @IsIn(CLAIM_EXPORT_FORMATS, { message: `format must be one of ${CLAIM_EXPORT_FORMATS.join(', ')}` })
  format?: ClaimExportFormat;

  @ApiPropertyOptional({ enum: ['id', 'relevance'], default: 'id', description: 'relevance (needs q, else 400): most relevant first (ts_rank), paged by cursor' })
  @IsOptional() @IsIn(['id', 'relevance'], { message: 'sort must be id or relevance' })
  sort?: 'id' | 'relevance';

  @ApiPropertyOptional({ type: Boolean, description: 'true: the page also carries totalCount, the matching claims over all pages (one more statement)' })
  @IsOptional() @Transform(({ value }) => (value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value)) @IsBoolean({ message: 'count must be true or false' })
  count?: boolean;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE, description: PAGE_SIZE_POLICY })
  @IsOptional() @Type(() => Number) @IsInt({ message: 'limit must be an integer' }) @Min(1) @Max(MAX_PAGE_SIZE)
  limit?: number;

  @IsOptional() @IsString() @MaxLength(64)
  @ApiPropertyOptional({ description: 'nextCursor of the previous page (keyset: no duplicates or gaps)' })
  cursor?: string;
}

