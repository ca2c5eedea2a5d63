import { ArgsType, Int } from '@nestjs/graphql';
import { ApiField } from '../../../common/models/api-field.js';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, PAGE_SIZE_POLICY } from '../../../common/pagination/page-size.js';
import { DRAFT_STATUSES, type DraftStatus } from '../drafts.types.js';

/** `GET /api/extractions` and GraphQL `extractionDrafts`: drafts newest first, a page at a time. */
@ArgsType()
export class DraftListQuery {
  @ApiField(() => String, { optional: true, description: 'Only drafts in this state (default: all)', openApi: { enum: DRAFT_STATUSES } })
  @IsOptional() @IsIn(DRAFT_STATUSES)
  status?: DraftStatus | null;

  @ApiField(() => Int, { optional: true, description: PAGE_SIZE_POLICY, openApi: { minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE } })
  @IsOptional() @Type(() => Number) @IsInt({ message: 'first must be an integer' })
  first?: number | null;

  @ApiField(() => String, { optional: true, description: 'pageInfo.endCursor of the previous page' })
  @IsOptional() @IsString() @MaxLength(64)
  after?: string | null;
}
