import { Float, InputType, Int } from '@nestjs/graphql';
import { ApiField } from '../../../common/models/api-field.js';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { SLUG_PATTERN } from '../../taxonomy/dto/taxonomy-files.dto.js';

export const CLAIM_KINDS = ['verdict', 'rating', 'use_case', 'scenario', 'faq', 'pro', 'con', 'fact', 'recommendation'] as const;
export type ClaimKindName = (typeof CLAIM_KINDS)[number];
export const OUTCOMES = ['win', 'tie', 'split', 'neither'] as const;
export type OutcomeName = (typeof OUTCOMES)[number];

/** One claim as annotated (seeds/claims/*.json, POST /api/sources). See seeds/README.md. */
@InputType('ClaimInput')
export class ClaimInput {
  @ApiField(() => String)
  @Matches(SLUG_PATTERN, { message: 'key must be lowercase kebab-case' })
  @Length(1, 120)
  key: string;

  @ApiField(() => String)
  @IsIn(CLAIM_KINDS)
  kind: ClaimKindName;

  @ApiField(() => String)
  @IsString()
  @Length(3, 1000)
  statement: string;

  @ApiField(() => String)
  @IsString()
  @Length(1, 4000)
  quote: string;

  @ApiField(() => Int, { optional: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  occurrence?: number;

  @ApiField(() => String, { optional: true })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  technology?: string | null;

  @ApiField(() => String, { optional: true })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  criterion?: string | null;

  @ApiField(() => String, { optional: true })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  useCase?: string | null;

  @ApiField(() => String, { optional: true })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  winner?: string | null;

  @ApiField(() => String, { optional: true })
  @IsOptional()
  @IsIn(OUTCOMES)
  outcome?: OutcomeName | null;

  @ApiField(() => String, { optional: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  rating?: string | null;

  @ApiField(() => Float, { optional: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  score?: number | null;

  @ApiField(() => String, { optional: true })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  question?: string | null;

  @ApiField(() => String, { optional: true })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  answer?: string | null;

  @ApiField(() => [String], { optional: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(120, { each: true })
  related?: string[];

  @ApiField(() => [String], { optional: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  qualifiers?: string[];
}
