import { InputType } from '@nestjs/graphql';
import { ApiField } from '../../../common/models/api-field.js';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { CRITERION_CATEGORIES, SLUG_PATTERN, TECHNOLOGY_KINDS } from '../../taxonomy/dto/taxonomy-files.dto.js';

/**
 * `PATCH /api/extractions/:id/proposals/:type/:slug`, GraphQL `mapDraftProposal`: `mapTo` an
 * existing entry's slug (claims naming the proposal name that entry at publish), or `mapTo: null`
 * to add it as new, with the entry's fields as the editor sets them.
 */
@InputType('DraftProposalInput')
export class DraftProposalInput {
  @ApiField(() => String, { nullable: true, optional: true, description: 'An existing entry of the same type; null: accept the proposal as a new entry' })
  @IsOptional() @Matches(SLUG_PATTERN, { message: 'mapTo must be a slug' }) @MaxLength(80)
  mapTo?: string | null;

  @ApiField(() => String, { optional: true })
  @IsOptional() @IsString() @Length(1, 120)
  name?: string;

  @ApiField(() => String, { optional: true, description: `Technologies: ${TECHNOLOGY_KINDS.join(', ')}; criteria: their category (${CRITERION_CATEGORIES.join(', ')})` })
  @IsOptional() @IsIn([...TECHNOLOGY_KINDS, ...CRITERION_CATEGORIES])
  kind?: string;

  @ApiField(() => String, { nullable: true, optional: true, description: 'Technologies: the parent technology' })
  @IsOptional() @Matches(SLUG_PATTERN) @MaxLength(80)
  parent?: string | null;

  @ApiField(() => String, { optional: true, description: 'Criteria: what it measures' })
  @IsOptional() @IsString() @MaxLength(1000)
  description?: string;

  @ApiField(() => [String], { optional: true })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @Length(1, 120, { each: true })
  aliases?: string[];

  @ApiField(() => [String], { optional: true })
  @IsOptional() @IsArray() @ArrayMaxSize(100) @IsString({ each: true }) @Length(1, 120, { each: true })
  keywords?: string[];
}
