import { ApiPropertyOptional } from '@nestjs/swagger';
import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { IsEntryAliases, IsEntryCommonWordNames, IsEntryKeywords, IsEntryName, IsEntryNeutralPhrases } from './taxonomy-entry-fields.js';
import { CRITERION_CATEGORIES, SLUG_PATTERN, TECHNOLOGY_KINDS } from './taxonomy-files.dto.js';

/**
 * `PATCH /api/technologies|criteria|use-cases/:slug` and the GraphQL update mutations: the fields
 * given replace the stored ones (aliases, keywords and the other lists as whole lists); the slug
 * never changes (merge an entry into another instead). kind, parent and commonWordNames are for
 * technologies, category, description, unspecific and neutralPhrases for criteria.
 */
@InputType('TaxonomyEntryPatch')
export class TaxonomyEntryPatchInput {
  @ApiPropertyOptional({ type: String })
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEntryName()
  name?: string;

  @ApiPropertyOptional({ type: String, isArray: true })
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsEntryAliases()
  aliases?: string[];

  @ApiPropertyOptional({ type: String, isArray: true })
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsEntryKeywords()
  keywords?: string[];

  @ApiPropertyOptional({ enum: TECHNOLOGY_KINDS })
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(TECHNOLOGY_KINDS)
  kind?: (typeof TECHNOLOGY_KINDS)[number];

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Parent technology slug; null removes the parent' })
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(SLUG_PATTERN)
  @MaxLength(80)
  parent?: string | null;

  @ApiPropertyOptional({ enum: CRITERION_CATEGORIES })
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(CRITERION_CATEGORIES)
  category?: (typeof CRITERION_CATEGORIES)[number];

  @ApiPropertyOptional({ type: String })
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  description?: string;

  @ApiPropertyOptional({ type: String, isArray: true, description: 'Technologies only: its name or aliases that are everyday English words' })
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsEntryCommonWordNames()
  commonWordNames?: string[];

  @ApiPropertyOptional({ type: Boolean, description: 'Criteria only: about everything, it matches no need by itself' })
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  unspecific?: boolean;

  @ApiPropertyOptional({ type: String, isArray: true, description: 'Criteria only: phrases that state a design choice, not a drawback' })
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsEntryNeutralPhrases()
  neutralPhrases?: string[];
}

/** `POST /api/technologies/:slug/merge` (criteria, use-cases alike): the entry that absorbs this one. */
@InputType('TaxonomyMergeInput')
export class TaxonomyMergeInput {
  @ApiPropertyOptional({ type: String, description: 'Slug or alias of the entry to merge into' })
  @Field(() => String)
  @IsString()
  @Length(1, 120)
  into: string;
}
