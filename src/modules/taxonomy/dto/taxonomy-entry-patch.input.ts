import { InputType } from '@nestjs/graphql';
import { ApiField } from '../../../common/models/api-field.js';
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
  @ApiField(() => String, { optional: true })
  @IsOptional()
  @IsEntryName()
  name?: string;

  @ApiField(() => [String], { optional: true })
  @IsOptional()
  @IsEntryAliases()
  aliases?: string[];

  @ApiField(() => [String], { optional: true })
  @IsOptional()
  @IsEntryKeywords()
  keywords?: string[];

  @ApiField(() => String, { optional: true, openApi: { enum: TECHNOLOGY_KINDS } })
  @IsOptional()
  @IsIn(TECHNOLOGY_KINDS)
  kind?: (typeof TECHNOLOGY_KINDS)[number];

  @ApiField(() => String, { nullable: true, optional: true, description: 'Parent technology slug; null removes the parent' })
  @IsOptional()
  @Matches(SLUG_PATTERN)
  @MaxLength(80)
  parent?: string | null;

  @ApiField(() => String, { optional: true, openApi: { enum: CRITERION_CATEGORIES } })
  @IsOptional()
  @IsIn(CRITERION_CATEGORIES)
  category?: (typeof CRITERION_CATEGORIES)[number];

  @ApiField(() => String, { optional: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  description?: string;

  @ApiField(() => [String], { optional: true, description: 'Technologies only: its name or aliases that are everyday English words' })
  @IsOptional()
  @IsEntryCommonWordNames()
  commonWordNames?: string[];

  @ApiField(() => Boolean, { optional: true, description: 'Criteria only: about everything, it matches no need by itself' })
  @IsOptional()
  @IsBoolean()
  unspecific?: boolean;

  @ApiField(() => [String], { optional: true, description: 'Criteria only: phrases that state a design choice, not a drawback' })
  @IsOptional()
  @IsEntryNeutralPhrases()
  neutralPhrases?: string[];
}

/** `POST /api/technologies/:slug/merge` (criteria, use-cases alike): the entry that absorbs this one. */
@InputType('TaxonomyMergeInput')
export class TaxonomyMergeInput {
  @ApiField(() => String, { description: 'Slug or alias of the entry to merge into' })
  @IsString()
  @Length(1, 120)
  into: string;
}
