import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { CriterionRefModel, RefModel, SourceRefModel } from '../../../common/models/refs.model.js';

@ObjectType('Claim')
export class ClaimModel {
  @ApiProperty({ type: Number })
  @Field(() => Int)
  id: number;

  @ApiProperty({ description: 'verdict, rating, use_case, scenario, faq, pro, con, fact or recommendation' })
  @Field({ description: 'verdict, rating, use_case, scenario, faq, pro, con, fact or recommendation' })
  kind: string;

  @ApiProperty({ description: 'A short neutral restatement of the claim' })
  @Field({ description: 'A short neutral restatement of the claim' })
  statement: string;

  @ApiProperty({ description: "The source's exact words" })
  @Field({ description: "The source's exact words" })
  quote: string;

  @ApiProperty({ type: Number, description: 'Offset of the quote in the source body, in Unicode code points' })
  @Field(() => Int, { description: 'Offset of the quote in the source body, in Unicode code points' })
  quoteStart: number;

  @ApiProperty({ type: Number, description: 'End offset (exclusive) of the quote in the source body, in code points' })
  @Field(() => Int, { description: 'End offset (exclusive) of the quote in the source body, in code points' })
  quoteEnd: number;

  @ApiProperty({ type: String, nullable: true, description: "The source's own rating words, e.g. 'Very Fast'" })
  @Field(() => String, { nullable: true, description: "The source's own rating words, e.g. 'Very Fast'" })
  rating: string | null;

  @ApiProperty({ type: Number, nullable: true, description: 'The rating normalized to 0..1' })
  @Field(() => Float, { nullable: true, description: 'The rating normalized to 0..1' })
  score: number | null;

  @ApiProperty({ type: String, nullable: true, description: 'Verdicts: win, tie, split or neither' })
  @Field(() => String, { nullable: true, description: 'Verdicts: win, tie, split or neither' })
  outcome: string | null;

  @ApiProperty({ type: String, nullable: true })
  @Field(() => String, { nullable: true })
  question: string | null;

  @ApiProperty({ type: String, nullable: true })
  @Field(() => String, { nullable: true })
  answer: string | null;

  @ApiProperty({ type: String, isArray: true })
  @Field(() => [String])
  qualifiers: string[];

  @ApiProperty({ type: () => SourceRefModel })
  @Field(() => SourceRefModel)
  source: SourceRefModel;

  @ApiProperty({ type: () => CriterionRefModel, nullable: true })
  @Field(() => CriterionRefModel, { nullable: true })
  criterion: CriterionRefModel | null;

  @ApiProperty({ type: () => RefModel, nullable: true })
  @Field(() => RefModel, { nullable: true })
  useCase: RefModel | null;

  @ApiProperty({ type: () => RefModel, nullable: true, description: 'The technology the claim is about' })
  @Field(() => RefModel, { nullable: true, description: 'The technology the claim is about' })
  technology: RefModel | null;

  @ApiProperty({ type: () => RefModel, nullable: true, description: 'Verdicts: the technology that wins' })
  @Field(() => RefModel, { nullable: true, description: 'Verdicts: the technology that wins' })
  winner: RefModel | null;

  @ApiProperty({ type: () => RefModel, isArray: true, description: 'Other technologies the claim names (parts of a recommended stack, listed frameworks)' })
  @Field(() => [RefModel], { description: 'Other technologies the claim names (parts of a recommended stack, listed frameworks)' })
  related: RefModel[];

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Only with a text query (q): the matching passage, matches in <b>…</b>; absent otherwise' })
  @Field(() => String, { nullable: true, description: 'With a text query: the matching passage, matches in <b>…</b>' })
  snippet?: string | null;
}

@ObjectType('ClaimPage')
export class ClaimPageModel {
  @ApiProperty({ type: () => ClaimModel, isArray: true })
  @Field(() => [ClaimModel])
  items: ClaimModel[];

  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page' })
  @Field(() => String, { nullable: true, description: 'Pass as `cursor` for the next page; null on the last page' })
  nextCursor: string | null;

  @ApiPropertyOptional({ type: Number, description: 'With count=true: matching claims over all pages' })
  totalCount?: number;
}
