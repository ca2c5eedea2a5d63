import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNumber, IsOptional, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { CLAIM_KINDS, OUTCOMES, type ClaimKindName, type OutcomeName } from '../../ingestion/dto/ingest-source.dto.js';
import { SLUG_PATTERN } from '../../taxonomy/dto/taxonomy-files.dto.js';

/** The largest code-point offset a draft's text has (an article's reader text is at most 1,000,000 characters). */
const MAX_OFFSET = 1_000_000;

/** The optional fields of a draft claim, shared by a change and an added claim. */
@InputType({ isAbstract: true })
abstract class DraftClaimRefsInput {
  @ApiPropertyOptional({ type: String, nullable: true })
  @Field(() => String, { nullable: true })
  @IsOptional() @IsString() @MaxLength(120)
  technology?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Field(() => String, { nullable: true })
  @IsOptional() @IsString() @MaxLength(120)
  criterion?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Field(() => String, { nullable: true })
  @IsOptional() @IsString() @MaxLength(120)
  useCase?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Field(() => String, { nullable: true })
  @IsOptional() @IsString() @MaxLength(120)
  winner?: string | null;

  // no `nullable` beside `enum`: a null inside a body schema's enum trips the OpenAPI linter (null is accepted: it clears the field)
  @ApiPropertyOptional({ type: String, enum: OUTCOMES })
  @Field(() => String, { nullable: true })
  @IsOptional() @IsIn(OUTCOMES)
  outcome?: OutcomeName | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Field(() => String, { nullable: true })
  @IsOptional() @IsString() @Length(1, 200)
  rating?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @Field(() => Float, { nullable: true })
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(1)
  score?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Field(() => String, { nullable: true })
  @IsOptional() @IsString() @Length(1, 1000)
  question?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Field(() => String, { nullable: true })
  @IsOptional() @IsString() @Length(1, 4000)
  answer?: string | null;

  @ApiPropertyOptional({ type: String, isArray: true })
  @Field(() => [String], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(120, { each: true })
  related?: string[];

  @ApiPropertyOptional({ type: String, isArray: true })
  @Field(() => [String], { nullable: true })
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
  @ApiPropertyOptional({ type: String, enum: CLAIM_KINDS })
  @Field(() => String, { nullable: true })
  @IsOptional() @IsIn(CLAIM_KINDS)
  kind?: ClaimKindName;

  @ApiPropertyOptional({ type: String })
  @Field(() => String, { nullable: true })
  @IsOptional() @IsString() @Length(3, 1000)
  statement?: string;

  @ApiPropertyOptional({ type: String })
  @Field(() => String, { nullable: true })
  @IsOptional() @IsString() @Length(1, 4000)
  quote?: string;

  @ApiPropertyOptional({ type: Number, description: 'Code-point offset of the quote in the draft source text' })
  @Field(() => Int, { nullable: true })
  @IsOptional() @IsInt() @Min(0) @Max(MAX_OFFSET)
  start?: number;

  @ApiPropertyOptional({ type: Number, description: 'Code-point offset just after the quote' })
  @Field(() => Int, { nullable: true })
  @IsOptional() @IsInt() @Min(1) @Max(MAX_OFFSET)
  end?: number;
}

/**
 * A claim the editor adds (`POST /api/extractions/:id/claims`, GraphQL `addDraftClaim`): kind,
 * statement, quote and its offsets are required; the key is made from the kind when absent.
 */
@InputType('AddDraftClaimInput')
export class AddDraftClaimInput extends DraftClaimRefsInput {
  @ApiPropertyOptional({ type: String, description: 'Unique in the draft (default: added-<n>)' })
  @Field(() => String, { nullable: true })
  @IsOptional() @Matches(SLUG_PATTERN, { message: 'key must be lowercase kebab-case' }) @Length(1, 120)
  key?: string;

  @ApiProperty({ type: String, enum: CLAIM_KINDS })
  @Field(() => String)
  @IsIn(CLAIM_KINDS)
  kind: ClaimKindName;

  @ApiProperty({ type: String })
  @Field(() => String)
  @IsString() @Length(3, 1000)
  statement: string;

  @ApiProperty({ type: String })
  @Field(() => String)
  @IsString() @Length(1, 4000)
  quote: string;

  @ApiProperty({ type: Number })
  @Field(() => Int)
  @IsInt() @Min(0) @Max(MAX_OFFSET)
  start: number;

  @ApiProperty({ type: Number })
  @Field(() => Int)
  @IsInt() @Min(1) @Max(MAX_OFFSET)
  end: number;
}
