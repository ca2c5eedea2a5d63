import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArgsType, Field, Int } from '@nestjs/graphql';
import { ApiField } from '../../../common/models/api-field.js';
import { Type } from 'class-transformer';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, PAGE_SIZE_POLICY } from '../../../common/pagination/page-size.js';
import { TECHNOLOGY_LIST, TECHNOLOGY_LIST_MESSAGE } from './claim-filter.input.js';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

/** The FAQ filters, with one set of limits for REST `GET /api/faqs` and GraphQL `faqs(...)`. */
@ArgsType()
export class FaqFilterArgs {
  @ApiField(() => String, { optional: true, description: 'Full-text search over question and answer', graphqlDescription: 'Full-text search over question and answer (at most 200 characters)' })
  @IsOptional() @IsString() @MaxLength(200)
  q?: string;

  @ApiField(() => String, { optional: true, description: 'Technologies (slug or alias), comma-separated', graphqlDescription: 'Technologies (slug or alias), comma-separated (up to 20)' })
  @IsOptional() @IsString() @Matches(TECHNOLOGY_LIST, { message: `technology ${TECHNOLOGY_LIST_MESSAGE}` })
  technology?: string;
}

/** REST: the filters plus keyset paging. */
export class FaqQueryDto extends FaqFilterArgs {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE, description: PAGE_SIZE_POLICY })
  @IsOptional() @Type(() => Number) @IsInt({ message: 'limit must be an integer' }) @Min(1) @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional() @IsString() @MaxLength(64)
  cursor?: string;
}

/** GraphQL: the filters plus `first` (the page-size policy of both transports). */
@ArgsType()
export class FaqArgs extends FaqFilterArgs {
  @Field(() => Int, { nullable: true, description: PAGE_SIZE_POLICY })
  @IsOptional() @IsInt({ message: 'first must be an integer' })
  first?: number | null;
}
