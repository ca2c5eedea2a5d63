import { ArgsType } from '@nestjs/graphql';
import { ApiField } from '../../../common/models/api-field.js';
import { IsIn, IsISO8601, IsOptional, MaxLength } from 'class-validator';
import { STATS_BUCKETS, type StatsBucket } from '../drafts.types.js';

/** `GET /api/extractions/stats` and GraphQL `extractionStats`: a window of publication time and the period of `overTime`. */
@ArgsType()
export class ExtractionStatsQuery {
  @ApiField(() => String, { optional: true, description: 'Drafts published at or after (ISO 8601 date or time, UTC when no offset)' })
  @IsOptional() @IsISO8601({ strict: true }) @MaxLength(40)
  from?: string | null;

  @ApiField(() => String, { optional: true, description: 'Drafts published before (exclusive)' })
  @IsOptional() @IsISO8601({ strict: true }) @MaxLength(40)
  to?: string | null;

  @ApiField(() => String, { optional: true, openApi: { enum: STATS_BUCKETS, default: 'week' } })
  @IsOptional() @IsIn(STATS_BUCKETS)
  bucket?: StatsBucket | null;
}
