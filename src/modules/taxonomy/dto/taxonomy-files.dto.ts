import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Field, InputType } from '@nestjs/graphql';
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
  @ApiProperty({ type: String, example: 'go' })
  @Field(() => String)
  @Matches(SLUG_PATTERN, { message: 'slug must be lowercase kebab-case' })
  @Length(1, 80)
  slug: string;

  @ApiProperty({ type: String, example: 'Go' })
  @Field(() => String)
  @IsEntryName()
  name: string;

  @ApiPropertyOptional({ type: String, isArray: true, example: ['Golang'] })
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsEntryAliases()
  aliases: string[] = [];

  /** Domain vocabulary a user's need may use for this entry ("dataframes"); not names. */
  @ApiPropertyOptional({ type: String, isArray: true, description: 'Domain vocabulary a need may use for this entry (not names)' })
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsEntryKeywords()
  keywords: string[] = [];
}

@InputType('TechnologyEntryInput')
export class TechnologyEntryDto extends TaxonomyEntryDto {
  @ApiProperty({ enum: TECHNOLOGY_KINDS })
  @Field(() => String)
  @IsIn(TECHNOLOGY_KINDS)
  kind: (typeof TECHNOLOGY_KINDS)[number];

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Slug of the parent technology (a framework of a language)' })
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(SLUG_PATTERN)
  @MaxLength(80)
  parent?: string | null;

  /** Its name or aliases that are everyday English words: a need names it by one only when capitalised. */
  @ApiPropertyOptional({ type: String, isArray: true, example: ['Express'], description: 'Its name or aliases that are everyday English words: a need names the technology by one only when it capitalises it' })
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsEntryCommonWordNames()
  commonWordNames: string[] = [];
}

@InputType('CriterionEntryInput')
export class CriterionEntryDto extends TaxonomyEntryDto {
  @ApiProperty({ enum: CRITERION_CATEGORIES })
  @Field(() => String)
  @IsIn(CRITERION_CATEGORIES)
  category: (typeof CRITERION_CATEGORIES)[number];

  @ApiPropertyOptional({ type: String })
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  description = '';

  /** About everything (the overall verdict, "best for"): it matches no need by itself. */
  @ApiPropertyOptional({ type: Boolean, description: 'About everything (the overall verdict, "best for"): it matches no need by itself' })
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  unspecific = false;

  /** Phrases of its domain that state a design choice, not a drawback ("no garbage collector"). */
  @ApiPropertyOptional({ type: String, isArray: true, example: ['no garbage collector'], description: 'Phrases of its domain that state a design choice, not a drawback: extraction reads no polarity in them' })
  @Field(() => [String], { nullable: true })
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
  @ApiPropertyOptional({ type: () => TechnologyEntryDto, isArray: true })
  @Field(() => [TechnologyEntryDto], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => TechnologyEntryDto)
  technologies?: TechnologyEntryDto[];

  @ApiPropertyOptional({ type: () => CriterionEntryDto, isArray: true })
  @Field(() => [CriterionEntryDto], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => CriterionEntryDto)
  criteria?: CriterionEntryDto[];

  @ApiPropertyOptional({ type: () => UseCaseEntryDto, isArray: true })
  @Field(() => [UseCaseEntryDto], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => UseCaseEntryDto)
  useCases?: UseCaseEntryDto[];
}
