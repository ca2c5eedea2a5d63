import { Float, InputType, Int } from '@nestjs/graphql';
import { ApiField } from '../../../common/models/api-field.js';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNumber, IsOptional, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { CLAIM_KINDS, OUTCOMES, type ClaimKindName, type OutcomeName } from '../../claims/dto/claim.input.js';
import { SLUG_PATTERN } from '../../taxonomy/dto/taxonomy-files.dto.js';

/** The largest code-point offset a draft's text has (an article's reader text is at most 1,000,000 characters). */
const MAX_OFFSET = 1_000_000;

/** The optional fields of a draft claim, shared by a change and an added claim. */
@InputType({ isAbstract: true })
abstract class DraftClaimRefsInput {
  @ApiField(() => String, { nullable: true, optional: true })
  @IsOptional() @IsString() @MaxLength(120)
  technology?: string | null;

  @ApiField(() => String, { nullable: true, optional: true })
  @IsOptional() @IsString() @MaxLength(120)
  criterion?: string | null;

  @ApiField(() => String, { nullable: true, optional: true })
  @IsOptional() @IsString() @MaxLength(120)
  useCase?: string | null;

  @ApiField(() => String, { nullable: true, optional: true })
  @IsOptional() @IsString() @MaxLength(120)
  winner?: string | null;

  // no `nullable` beside `enum`: a null inside a body schema's enum trips the OpenAPI linter (null is accepted: it clears the field)
  @ApiField(() => String, { optional: true, openApi: { enum: OUTCOMES } })
  @IsOptional() @IsIn(OUTCOMES)
  outcome?: OutcomeName | null;

  @ApiField(() => String, { nullable: true, optional: true })
  @IsOptional() @IsString() @Length(1, 200)
  rating?: string | null;

  @ApiField(() => Float, { nullable: true, optional: true })
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(1)
  score?: number | null;

  @ApiField(() => String, { nullable: true, optional: true })
  @IsOptional() @IsString() @Length(1, 1000)
  question?: string | null;

  @ApiField(() => String, { nullable: true, optional: true })
  @IsOptional() @IsString() @Length(1, 4000)
  answer?: string | null;

  @ApiField(() => [String], { optional: true })
  @IsOptional() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(120, { each: true })
  related?: string[];

  @ApiField(() => [String], { optional: true })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(300, { each: true })
  qualifiers?: string[];
}

/**
 * A change to a draft claim (`PATCH /api/extractions/:id/claims/:key` `claim`, GraphQL
 * `editDraftClaim`): any field of a claim as `POST /api/sources` takes it, and the quote's
 * offsets. A changed quote needs its `start` and `end` (or stands once in the text); the quote
 * must be the text between them (422 QUOTE_MISMATCH). `null` clears an optional field.
 */
@InputType('DraftClaimFieldsInput')
export class DraftClaimFieldsInput extends DraftClaimRefsInput {
  @ApiField(() => String, { optional: true, openApi: { enum: CLAIM_KINDS } })
  @IsOptional() @IsIn(CLAIM_KINDS)
  kind?: ClaimKindName;

  @ApiField(() => String, { optional: true })
  @IsOptional() @IsString() @Length(3, 1000)
  statement?: string;

  @ApiField(() => String, { optional: true })
  @IsOptional() @IsString() @Length(1, 4000)
  quote?: string;

  @ApiField(() => Int, { optional: true, description: 'Code-point offset of the quote in the draft source text' })
  @IsOptional() @IsInt() @Min(0) @Max(MAX_OFFSET)
  start?: number;

  @ApiField(() => Int, { optional: true, description: 'Code-point offset just after the quote' })
  @IsOptional() @IsInt() @Min(1) @Max(MAX_OFFSET)
  end?: number;
}

/**
 * A claim the editor adds (`POST /api/extractions/:id/claims`, GraphQL `addDraftClaim`): kind,
 * statement, quote and its offsets are required; the key is made from the kind when absent.
 */
@InputType('AddDraftClaimInput')
export class AddDraftClaimInput extends DraftClaimRefsInput {
  @ApiField(() => String, { optional: true, description: 'Unique in the draft (default: added-<n>)' })
  @IsOptional() @Matches(SLUG_PATTERN, { message: 'key must be lowercase kebab-case' }) @Length(1, 120)
  key?: string;

  @ApiField(() => String, { openApi: { enum: CLAIM_KINDS } })
  @IsIn(CLAIM_KINDS)
  kind: ClaimKindName;

  @ApiField(() => String)
  @IsString() @Length(3, 1000)
  statement: string;

  @ApiField(() => String)
  @IsString() @Length(1, 4000)
  quote: string;

  @ApiField(() => Int)
  @IsInt() @Min(0) @Max(MAX_OFFSET)
  start: number;

  @ApiField(() => Int)
  @IsInt() @Min(1) @Max(MAX_OFFSET)
  end: number;
}
