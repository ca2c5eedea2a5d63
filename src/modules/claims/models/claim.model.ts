import { ApiPropertyOptional } from '@nestjs/swagger';
import { Float, Int, ObjectType } from '@nestjs/graphql';
import { ApiField } from '../../../common/models/api-field.js';
import { CriterionRefModel, RefModel, SourceRefModel } from '../../../common/models/refs.model.js';

@ObjectType('Claim')
export class ClaimModel {
  @ApiField(() => Int)
  id: number;

  @ApiField({ description: 'verdict, rating, use_case, scenario, faq, pro, con, fact or recommendation' })
  kind: string;

  @ApiField({ description: 'A short neutral restatement of the claim' })
  statement: string;

  @ApiField({ description: "The source's exact words" })
  quote: string;

  @ApiField(() => Int, { description: 'Offset of the quote in the source body, in Unicode code points' })
  quoteStart: number;

  @ApiField(() => Int, { description: 'End offset (exclusive) of the quote in the source body, in code points' })
  quoteEnd: number;

  @ApiField(() => String, { nullable: true, description: "The source's own rating words, e.g. 'Very Fast'" })
  rating: string | null;

  @ApiField(() => Float, { nullable: true, description: 'The rating normalized to 0..1' })
  score: number | null;

  @ApiField(() => String, { nullable: true, description: 'Verdicts: win, tie, split or neither' })
  outcome: string | null;

  @ApiField(() => String, { nullable: true })
  question: string | null;

  @ApiField(() => String, { nullable: true })
  answer: string | null;

  @ApiField(() => [String])
  qualifiers: string[];

  @ApiField(() => SourceRefModel)
  source: SourceRefModel;

  @ApiField(() => CriterionRefModel, { nullable: true })
  criterion: CriterionRefModel | null;

  @ApiField(() => RefModel, { nullable: true })
  useCase: RefModel | null;

  @ApiField(() => RefModel, { nullable: true, description: 'The technology the claim is about' })
  technology: RefModel | null;

  @ApiField(() => RefModel, { nullable: true, description: 'Verdicts: the technology that wins' })
  winner: RefModel | null;

  @ApiField(() => [RefModel], { description: 'Other technologies the claim names (parts of a recommended stack, listed frameworks)' })
  related: RefModel[];

  @ApiField(() => String, { nullable: true, optional: true, description: 'Only with a text query (q): the matching passage, matches in <b>…</b>; absent otherwise', graphqlDescription: 'With a text query: the matching passage, matches in <b>…</b>' })
  snippet?: string | null;
}

@ObjectType('ClaimPage')
export class ClaimPageModel {
  @ApiField(() => [ClaimModel])
  items: ClaimModel[];

  @ApiField(() => String, { nullable: true, description: 'Pass as `cursor` for the next page; null on the last page' })
  nextCursor: string | null;

  @ApiPropertyOptional({ type: Number, description: 'With count=true: matching claims over all pages' })
  totalCount?: number;
}
