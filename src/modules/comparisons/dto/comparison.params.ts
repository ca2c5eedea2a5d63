import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { TECHNOLOGY_REFERENCE as TECHNOLOGY, TECHNOLOGY_REFERENCE_MESSAGE } from '../../taxonomy/lookup-key.js';
import { COMPARISON_FORMATS } from '../comparison.renderers.js';

export class ComparisonParams {
  @ApiProperty({ example: 'nodejs', description: 'A technology slug or alias' })
  @Matches(TECHNOLOGY, { message: `a ${TECHNOLOGY_REFERENCE_MESSAGE}` })
  a: string;

  @ApiProperty({ example: 'python', description: 'A technology slug or alias' })
  @Matches(TECHNOLOGY, { message: `b ${TECHNOLOGY_REFERENCE_MESSAGE}` })
  b: string;
}


/** `criteria=io-performance,ecosystem`: criterion slugs or aliases, comma-separated (embeds, the widget, the API). */
export const CRITERIA_LIST = /^[A-Za-z0-9._+-]{1,64}(,[A-Za-z0-9._+-]{1,64}){0,49}$/;
export const CRITERIA_LIST_MESSAGE = 'criteria must be criterion slugs, comma-separated';
export const CRITERIA_LIST_DESCRIPTION = 'Only these criteria (slugs, comma-separated): the rows, use cases, scenarios, FAQs and recommendations on them; 404 for an unknown criterion';

/** The slugs of a validated `criteria` parameter (undefined: all criteria). */
export function criteriaList(value: string | undefined): string[] | undefined {
  return value ? value.split(',') : undefined;
}

export const CONSENSUS_WEIGHTINGS = ['none', 'recency'] as const;
export const DEFAULT_HALF_LIFE_DAYS = 365;

/** `weighting=recency` (with `halfLifeDays`) on REST; the same arguments on GraphQL `comparison`. */
export class ConsensusWeightingQuery {
  @ApiPropertyOptional({ enum: CONSENSUS_WEIGHTINGS, default: 'none', description: 'recency: each source weighs 0.5^(age/half-life), its age counted from the newest dated source (undated = oldest). Default none.' })
  @IsOptional()
  @IsIn(CONSENSUS_WEIGHTINGS, { message: `weighting must be one of ${CONSENSUS_WEIGHTINGS.join(', ')}` })
  weighting?: (typeof CONSENSUS_WEIGHTINGS)[number];

  @ApiPropertyOptional({ type: Number, default: DEFAULT_HALF_LIFE_DAYS, minimum: 1, maximum: 36500, description: 'Half-life in days for weighting=recency' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'halfLifeDays must be a whole number of days' })
  @Min(1)
  @Max(36500)
  halfLifeDays?: number;
}

export class ComparisonQuery extends ConsensusWeightingQuery {
  @ApiPropertyOptional({ enum: ['json', 'csv', 'markdown', 'html'], description: 'Overrides the Accept header' })
  @IsOptional()
  @IsIn(COMPARISON_FORMATS, { message: `format must be one of ${COMPARISON_FORMATS.join(', ')}` })
  format?: (typeof COMPARISON_FORMATS)[number];

  @ApiPropertyOptional({ description: CRITERIA_LIST_DESCRIPTION, example: 'io-performance,ecosystem' })
  @IsOptional()
  @Matches(CRITERIA_LIST, { message: CRITERIA_LIST_MESSAGE })
  criteria?: string;
}
