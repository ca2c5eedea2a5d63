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

  @ApiProperty({ type: String, isArray: true, description: "The source's own hedges (\"sometimes\"): they lower the verdict's weight" })
  @Field(() => [String], { description: "The source's own hedges (\"sometimes\"): they lower the verdict's weight" })
  qualifiers: string[];
}

@ObjectType('Position', { description: "One source's position on a criterion or use case, and what it rests on" })
export class PositionModel {
  @ApiProperty({ type: () => SourceRefModel })
  @Field(() => SourceRefModel)
  source: SourceRefModel;

  @ApiProperty({ description: 'A technology slug, or tie, split or neither' })
  @Field({ description: 'A technology slug, or tie, split or neither' })
  position: string;

  @ApiProperty({ description: 'verdict (weight 1), rating (comparison of its two ratings, 0.5) or stance (use cases, scenarios, recommendations, pros/cons, 0.3)' })
  @Field({ description: 'verdict (weight 1), rating (comparison of its two ratings, 0.5) or stance (use cases, scenarios, recommendations, pros/cons, 0.3)' })
  basis: string;

  @ApiProperty({ type: Number, description: 'After qualifiers (x0.6) and, when asked, recency' })
  @Field(() => Float, { description: 'After qualifiers (x0.6) and, when asked, recency' })
  weight: number;

  @ApiProperty({ type: String, isArray: true })
  @Field(() => [String])
  qualifiers: string[];

  @ApiProperty({ type: Number, isArray: true })
  @Field(() => [Int])
  claimIds: number[];

  @ApiProperty()
  @Field()
  quote: string;
}

@ObjectType('Consensus')
export class ConsensusModel {
  @ApiProperty({ type: () => RefModel, nullable: true, description: 'The technology most weight supports; null on a tie or with no position' })
  @Field(() => RefModel, { nullable: true, description: 'The technology most weight supports; null on a tie or with no position' })
  winner: RefModel | null;

  @ApiProperty({ type: String, nullable: true, description: 'win, tie, split, neither, or contested (two positions of equal weight); null when no source takes a position' })
  @Field(() => String, { nullable: true, description: 'win, tie, split, neither, or contested (two positions of equal weight); null when no source takes a position' })
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

  @ApiProperty({ type: () => PositionModel, isArray: true, description: "Each source's position, its basis, weight and qualifiers" })
  @Field(() => [PositionModel], { description: "Each source's position, its basis, weight and qualifiers" })
  positions: PositionModel[];
}

@ObjectType('UseCaseConsensus', { description: 'Which technology the sources favour for a use case, and who says so' })
export class UseCaseConsensusModel {
  @ApiProperty({ type: () => RefModel })
  @Field(() => RefModel)
  useCase: RefModel;

  @ApiProperty({ type: () => ConsensusModel })
  @Field(() => ConsensusModel)
  consensus: ConsensusModel;
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

  @ApiProperty({ type: () => UseCaseConsensusModel, isArray: true, description: 'Per use case (real-time, ML, admin panels...): the technology the sources favour, from their use cases, scenarios, recommendations and the verdicts of the matching criterion' })
  @Field(() => [UseCaseConsensusModel], { description: 'Per use case (real-time, ML, admin panels...): the technology the sources favour, from their use cases, scenarios, recommendations and the verdicts of the matching criterion' })
  useCaseConsensus: UseCaseConsensusModel[];

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

  /** GraphQL only: REST answers every pair at once. */
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on the last page' })
  nextCursor?: string | null;
}
