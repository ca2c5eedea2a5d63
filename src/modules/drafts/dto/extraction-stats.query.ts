import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArgsType, Field } from '@nestjs/graphql';
import { IsIn, IsISO8601, IsOptional, MaxLength } from 'class-validator';
import { STATS_BUCKETS, type StatsBucket } from '../drafts.types.js';

/** `GET /api/extractions/stats` and GraphQL `extractionStats`: a window of publication time and the period of `overTime`. */
@ArgsType()
export class ExtractionStatsQuery {
  @ApiPropertyOptional({ type: String, description: 'Drafts published at or after (ISO 8601 date or time, UTC when no offset)' })
  @Field(() => String, { nullable: true })
  @IsOptional() @IsISO8601({ strict: true }) @MaxLength(40)
  from?: string | null;

  @ApiPropertyOptional({ type: String, description: 'Drafts published before (exclusive)' })
  @Field(() => String, { nullable: true })
  @IsOptional() @IsISO8601({ strict: true }) @MaxLength(40)
  to?: string | null;

  @ApiPropertyOptional({ type: String, enum: STATS_BUCKETS, default: 'week' })
  @Field(() => String, { nullable: true })
  @IsOptional() @IsIn(STATS_BUCKETS)
  bucket?: StatsBucket | null;
}
