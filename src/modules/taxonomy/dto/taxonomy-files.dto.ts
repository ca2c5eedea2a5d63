import { InputType } from '@nestjs/graphql';
import { ApiField } from '../../../common/models/api-field.js';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { IsEntryAliases, IsEntryCommonWordNames, IsEntryKeywords, IsEntryName, IsEntryNeutralPhrases } from './taxonomy-entry-fields.js';

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const TECHNOLOGY_KINDS = ['language', 'runtime', 'framework', 'library', 'database', 'tool', 'platform', 'protocol', 'package-registry', 'service'] as const;
export const CRITERION_CATEGORIES = ['performance', 'architecture', 'ecosystem', 'developer-experience', 'ai-and-data', 'operations', 'career', 'security', 'community', 'overall'] as const;

/**
 * One taxonomy entry as seeds/taxonomy/*.json, POST /api/technologies (criteria, use-cases),
 * GraphQL and an annotation's `taxonomy` block write it.
 */
@InputType({ isAbstract: true })
abstract class TaxonomyEntryDto {
  @ApiField(() => String, { openApi: { example: 'go' } })
  @Matches(SLUG_PATTERN, { message: 'slug must be lowercase kebab-case' })
  @Length(1, 80)
  slug: string;

  @ApiField(() => String, { openApi: { example: 'Go' } })
  @IsEntryName()
  name: string;

  @ApiField(() => [String], { optional: true, openApi: { example: ['Golang'] } })
  @IsOptional()
  @IsEntryAliases()
  aliases: string[] = [];

  /** Domain vocabulary a user's need may use for this entry ("dataframes"); not names. */
  @ApiField(() => [String], { optional: true, description: 'Domain vocabulary a need may use for this entry (not names)' })
  @IsOptional()
  @IsEntryKeywords()
  keywords: string[] = [];
}

@InputType('TechnologyEntryInput')
export class TechnologyEntryDto extends TaxonomyEntryDto {
  @ApiField(() => String, { openApi: { enum: TECHNOLOGY_KINDS } })
  @IsIn(TECHNOLOGY_KINDS)
  kind: (typeof TECHNOLOGY_KINDS)[number];

  @ApiField(() => String, { nullable: true, optional: true, description: 'Slug of the parent technology (a framework of a language)' })
  @IsOptional()
  @Matches(SLUG_PATTERN)
  @MaxLength(80)
  parent?: string | null;

  /** Its name or aliases that are everyday English words: a need names it by one only when capitalised. */
  @ApiField(() => [String], { optional: true, openApi: { example: ['Express'] }, description: 'Its name or aliases that are everyday English words: a need names the technology by one only when it capitalises it' })
  @IsOptional()
  @IsEntryCommonWordNames()
  commonWordNames: string[] = [];
}

@InputType('CriterionEntryInput')
export class CriterionEntryDto extends TaxonomyEntryDto {
  @ApiField(() => String, { openApi: { enum: CRITERION_CATEGORIES } })
  @IsIn(CRITERION_CATEGORIES)
  category: (typeof CRITERION_CATEGORIES)[number];

  @ApiField(() => String, { optional: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  description = '';

  /** About everything (the overall verdict, "best for"): it matches no need by itself. */
  @ApiField(() => Boolean, { optional: true, description: 'About everything (the overall verdict, "best for"): it matches no need by itself' })
  @IsOptional()
  @IsBoolean()
  unspecific = false;

  /** Phrases of its domain that state a design choice, not a drawback ("no garbage collector"). */
  @ApiField(() => [String], { optional: true, openApi: { example: ['no garbage collector'] }, description: 'Phrases of its domain that state a design choice, not a drawback: extraction reads no polarity in them' })
  @IsOptional()
  @IsEntryNeutralPhrases()
  neutralPhrases: string[] = [];
}

@InputType('UseCaseEntryInput')
export class UseCaseEntryDto extends TaxonomyEntryDto {}

export class TechnologiesFileDto {
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => TechnologyEntryDto)
  technologies: TechnologyEntryDto[];
}

export class CriteriaFileDto {
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CriterionEntryDto)
  criteria: CriterionEntryDto[];
}

export class UseCasesFileDto {
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => UseCaseEntryDto)
  useCases: UseCaseEntryDto[];
}

/**
 * Taxonomy additions an annotation carries beside `source` and `claims` (what extraction
 * proposes): applied in the same transaction, before the claims' references resolve. A new slug
 * is created; an existing one gains the new aliases and keywords (nothing removed or changed).
 */
@InputType('TaxonomyAdditionsInput')
export class TaxonomyAdditionsDto {
  @ApiField(() => [TechnologyEntryDto], { optional: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => TechnologyEntryDto)
  technologies?: TechnologyEntryDto[];

  @ApiField(() => [CriterionEntryDto], { optional: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => CriterionEntryDto)
  criteria?: CriterionEntryDto[];

  @ApiField(() => [UseCaseEntryDto], { optional: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => UseCaseEntryDto)
  useCases?: UseCaseEntryDto[];
}
