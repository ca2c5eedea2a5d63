import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArgsType, Field, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, PAGE_SIZE_POLICY } from '../../../common/pagination/page-size.js';
import { DRAFT_STATUSES, type DraftStatus } from '../drafts.types.js';

/** `GET /api/extractions` and GraphQL `extractionDrafts`: drafts newest first, a page at a time. */
@ArgsType()
export class DraftListQuery {
  @ApiPropertyOptional({ type: String, enum: DRAFT_STATUSES, description: 'Only drafts in this state (default: all)' })
  @Field(() => String, { nullable: true })
  @IsOptional() @IsIn(DRAFT_STATUSES)
  status?: DraftStatus | null;

  @ApiPropertyOptional({ type: Number, minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE, description: PAGE_SIZE_POLICY })
  @Field(() => Int, { nullable: true, description: PAGE_SIZE_POLICY })
  @IsOptional() @Type(() => Number) @IsInt({ message: 'first must be an integer' })
  first?: number | null;

  @ApiPropertyOptional({ type: String, description: 'pageInfo.endCursor of the previous page' })
  @Field(() => String, { nullable: true, description: 'pageInfo.endCursor of the previous page' })
  @IsOptional() @IsString() @MaxLength(64)
  after?: string | null;
}
