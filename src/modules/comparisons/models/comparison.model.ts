import { ApiProperty } from '@nestjs/swagger';
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { CriterionRefModel, RefModel, SourceRefModel } from '../../../common/models/refs.model.js';
import { ClaimModel } from '../../claims/models/claim.model.js';

@ObjectType('Assessment', { description: "One source's rating of one technology on a criterion" })
export class AssessmentModel {
  @ApiProperty({ type: Number })
  @Field(() => Int)
  claimId: number;

  @ApiProperty({ type: () => SourceRefModel })
  @Field(() => SourceRefModel)
  source: SourceRefModel;

  @ApiProperty({ type: () => RefModel })
  @Field(() => RefModel)
  technology: RefModel;

  @ApiProperty({ description: "The source's own words" })
  @Field({ description: "The source's own words" })
  rating: string;

  @ApiProperty({ type: Number, description: 'Normalized 0..1' })
  @Field(() => Float, { description: 'Normalized 0..1' })
  score: number;

  @ApiProperty()
  @Field()
  quote: string;
}

@ObjectType('Verdict', { description: "One source's explicit verdict on a criterion" })
export class VerdictModel {
  @ApiProperty({ type: Number })
  @Field(() => Int)
  claimId: number;

  @ApiProperty({ type: () => SourceRefModel })
  @Field(() => SourceRefModel)
  source: SourceRefModel;

  @ApiProperty({ type: () => RefModel, nullable: true })
  @Field(() => RefModel, { nullable: true })
  winner: RefModel | null;

  @ApiProperty({ description: 'win, tie, split or neither' })
  @Field({ description: 'win, tie, split or neither' })
  outcome: string;

  @ApiProperty()
  @Field()
  quote: string;
}

@ObjectType('Consensus')
export class ConsensusModel {
  @ApiProperty({ type: () => RefModel, nullable: true, description: 'The technology most weight supports; null on a tie or with no position' })
  @Field(() => RefModel, { nullable: true, description: 'The technology most weight supports; null on a tie or with no position' })
  winner: RefModel | null;

  @ApiProperty({ type: String, nullable: true, description: 'win or tie; null when no source takes a position' })
  @Field(() => String, { nullable: true, description: 'win or tie; null when no source takes a position' })
  outcome: string | null;

  @ApiProperty({ type: Number, description: 'Share of the weight behind the consensus position, 0..1' })
  @Field(() => Float, { description: 'Share of the weight behind the consensus position, 0..1' })
  agreement: number;

  @ApiProperty({ type: Number, description: 'Sources that take a position on this criterion' })
  @Field(() => Int, { description: 'Sources that take a position on this criterion' })
  sourceCount: number;

  @ApiProperty({ type: () => SourceRefModel, isArray: true })
  @Field(() => [SourceRefModel])
  support: SourceRefModel[];

  @ApiProperty({ type: () => SourceRefModel, isArray: true })
  @Field(() => [SourceRefModel])
  dissent: SourceRefModel[];
}

@ObjectType('ComparisonRow')
export class ComparisonRowModel {
  @ApiProperty({ type: () => CriterionRefModel })
  @Field(() => CriterionRefModel)
  criterion: CriterionRefModel;

  @ApiProperty({ type: () => AssessmentModel, isArray: true })
  @Field(() => [AssessmentModel])
  assessments: AssessmentModel[];

  @ApiProperty({ type: () => VerdictModel, isArray: true })
  @Field(() => [VerdictModel])
  verdicts: VerdictModel[];

  @ApiProperty({ type: () => ConsensusModel })
  @Field(() => ConsensusModel)
  consensus: ConsensusModel;

  @ApiProperty({ description: 'True when sources take different positions' })
  @Field({ description: 'True when sources take different positions' })
  conflict: boolean;
}

@ObjectType('Comparison')
export class ComparisonModel {
  @ApiProperty({ type: () => RefModel, isArray: true })
  @Field(() => [RefModel])
  technologies: RefModel[];

  @ApiProperty({ type: () => ComparisonRowModel, isArray: true })
  @Field(() => [ComparisonRowModel])
  rows: ComparisonRowModel[];

  @ApiProperty({ type: () => ClaimModel, isArray: true })
  @Field(() => [ClaimModel])
  useCases: ClaimModel[];

  @ApiProperty({ type: () => ClaimModel, isArray: true })
  @Field(() => [ClaimModel])
  scenarios: ClaimModel[];

  @ApiProperty({ type: () => ClaimModel, isArray: true })
  @Field(() => [ClaimModel])
  faqs: ClaimModel[];

  @ApiProperty({ type: () => ClaimModel, isArray: true })
  @Field(() => [ClaimModel])
  recommendations: ClaimModel[];

  @ApiProperty({ type: () => SourceRefModel, isArray: true, description: 'Every source cited above' })
  @Field(() => [SourceRefModel], { description: 'Every source cited above' })
  sources: SourceRefModel[];
}

@ObjectType('ComparisonSummary', { description: 'A pair of technologies that at least one source compares' })
export class ComparisonSummaryModel {
  @ApiProperty({ type: () => RefModel, isArray: true })
  @Field(() => [RefModel])
  technologies: RefModel[];

  @ApiProperty({ type: Number, description: 'Sources comparing the two' })
  @Field(() => Int, { description: 'Sources comparing the two' })
  sourceCount: number;

  @ApiProperty({ description: 'The table: /api/comparisons/{a}/{b}' })
  @Field({ description: 'The table: /api/comparisons/{a}/{b}' })
  href: string;
}

@ObjectType('ComparisonList')
export class ComparisonListModel {
  @ApiProperty({ type: () => ComparisonSummaryModel, isArray: true })
  @Field(() => [ComparisonSummaryModel])
  items: ComparisonSummaryModel[];
}
