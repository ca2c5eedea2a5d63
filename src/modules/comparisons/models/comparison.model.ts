import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ApiField } from '../../../common/models/api-field.js';
import { CriterionRefModel, RefModel, SourceRefModel } from '../../../common/models/refs.model.js';
import { ClaimModel } from '../../claims/models/claim.model.js';

@ObjectType('Assessment', { description: "One source's rating of one technology on a criterion" })
export class AssessmentModel {
  @ApiField(() => Int)
  claimId: number;

  @ApiField(() => SourceRefModel)
  source: SourceRefModel;

  @ApiField(() => RefModel)
  technology: RefModel;

  @ApiField({ description: "The source's own words" })
  rating: string;

  @ApiField(() => Float, { nullable: true, description: 'Normalized 0..1; null when the words fit no scale (a feature-matrix cell such as "Built-in", kept in its own words)' })
  score: number | null;

  @ApiField()
  quote: string;
}

@ObjectType('Verdict', { description: "One source's explicit verdict on a criterion" })
export class VerdictModel {
  @ApiField(() => Int)
  claimId: number;

  @ApiField(() => SourceRefModel)
  source: SourceRefModel;

  @ApiField(() => RefModel, { nullable: true })
  winner: RefModel | null;

  @ApiField({ description: 'win, tie, split or neither' })
  outcome: string;

  @ApiField()
  quote: string;

  @ApiField(() => [String], { description: "The source's own hedges (\"sometimes\"): they lower the verdict's weight" })
  qualifiers: string[];
}

@ObjectType('Position', { description: "One source's position on a criterion or use case, and what it rests on" })
export class PositionModel {
  @ApiField(() => SourceRefModel)
  source: SourceRefModel;

  @ApiField({ description: 'A technology slug, or tie, split or neither' })
  position: string;

  @ApiField({ description: 'verdict (weight 1), rating (comparison of its two ratings, 0.5) or stance (use cases, scenarios, recommendations, pros/cons, 0.3)' })
  basis: string;

  @ApiField(() => Float, { description: 'After qualifiers (x0.6) and, when asked, recency' })
  weight: number;

  @ApiField(() => [String])
  qualifiers: string[];

  @ApiField(() => [Int])
  claimIds: number[];

  @ApiField()
  quote: string;
}

@ObjectType('Consensus')
export class ConsensusModel {
  @ApiField(() => RefModel, { nullable: true, description: 'The technology most weight supports; null on a tie or with no position' })
  winner: RefModel | null;

  @ApiField(() => String, { nullable: true, description: 'win, tie, split, neither, or contested (two positions of equal weight); null when no source takes a position' })
  outcome: string | null;

  @ApiField(() => Float, { description: 'Share of the weight behind the consensus position, 0..1' })
  agreement: number;

  @ApiField(() => Int, { description: 'Sources that take a position on this criterion' })
  sourceCount: number;

  @ApiField(() => [SourceRefModel])
  support: SourceRefModel[];

  @ApiField(() => [SourceRefModel])
  dissent: SourceRefModel[];

  @ApiField(() => [PositionModel], { description: "Each source's position, its basis, weight and qualifiers" })
  positions: PositionModel[];
}

@ObjectType('UseCaseConsensus', { description: 'Which technology the sources favour for a use case, and who says so' })
export class UseCaseConsensusModel {
  @ApiField(() => RefModel)
  useCase: RefModel;

  @ApiField(() => ConsensusModel)
  consensus: ConsensusModel;
}

@ObjectType('ComparisonRow')
export class ComparisonRowModel {
  @ApiField(() => CriterionRefModel)
  criterion: CriterionRefModel;

  @ApiField(() => [AssessmentModel])
  assessments: AssessmentModel[];

  @ApiField(() => [VerdictModel])
  verdicts: VerdictModel[];

  @ApiField(() => ConsensusModel)
  consensus: ConsensusModel;

  @ApiField({ description: 'True when sources take different positions' })
  conflict: boolean;
}

@ObjectType('Comparison')
export class ComparisonModel {
  @ApiField(() => [RefModel])
  technologies: RefModel[];

  @ApiField(() => [ComparisonRowModel])
  rows: ComparisonRowModel[];

  @ApiField(() => [UseCaseConsensusModel], { description: 'Per use case (real-time, ML, admin panels...): the technology the sources favour, from their use cases, scenarios, recommendations and the verdicts of the matching criterion' })
  useCaseConsensus: UseCaseConsensusModel[];

  @ApiField(() => [ClaimModel])
  useCases: ClaimModel[];

  @ApiField(() => [ClaimModel])
  scenarios: ClaimModel[];

  @ApiField(() => [ClaimModel])
  faqs: ClaimModel[];

  @ApiField(() => [ClaimModel])
  recommendations: ClaimModel[];

  @ApiField(() => [SourceRefModel], { description: 'Every source cited above' })
  sources: SourceRefModel[];
}

@ObjectType('ComparisonSummary', { description: 'A pair of technologies that at least one source compares' })
export class ComparisonSummaryModel {
  @ApiField(() => [RefModel])
  technologies: RefModel[];

  @ApiField(() => Int, { description: 'Sources comparing the two' })
  sourceCount: number;

  @ApiField({ description: 'The table: /api/comparisons/{a}/{b}' })
  href: string;
}

@ObjectType('ComparisonList')
export class ComparisonListModel {
  @ApiField(() => [ComparisonSummaryModel])
  items: ComparisonSummaryModel[];

  /** GraphQL only: REST answers every pair at once. */
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on the last page' })
  nextCursor?: string | null;
}
