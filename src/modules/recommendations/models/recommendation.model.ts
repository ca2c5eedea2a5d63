import { ApiProperty } from '@nestjs/swagger';
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ADVICE_LIMIT, CITED_PER_SIDE, CLAIM_TEXT_MATCH_LIMIT, FULLY_CITED_RANKS } from '../recommendation-limits.js';
import { RefModel } from '../../../common/models/refs.model.js';
import { ClaimModel } from '../../claims/models/claim.model.js';

@ObjectType('TopicMatch', { description: 'A use case or criterion a need matched, how strongly, and by which of its words' })
export class TopicMatchModel {
  @ApiProperty({ description: 'use_case or criterion' })
  @Field({ description: 'use_case or criterion' })
  kind: string;

  @ApiProperty()
  @Field()
  slug: string;

  @ApiProperty()
  @Field()
  name: string;

  @ApiProperty({ type: Number, description: '0..1: 1 for an exact, specific phrase; partial or common-word matches much less' })
  @Field(() => Float, { description: '0..1: 1 for an exact, specific phrase; partial or common-word matches much less' })
  strength: number;

  @ApiProperty({ type: String, isArray: true, description: "The need's words that matched" })
  @Field(() => [String], { description: "The need's words that matched" })
  words: string[];

  @ApiProperty({ description: "vocabulary (the topic's names, aliases, keywords) or claims (the text of its claims)" })
  @Field({ description: "vocabulary (the topic's names, aliases, keywords) or claims (the text of its claims)" })
  via: string;
}

@ObjectType('NamedTechnology', { description: 'A technology a need names (a library, a language), and what it counts for' })
export class NamedTechnologyModel {
  @ApiProperty({ type: () => RefModel })
  @Field(() => RefModel)
  technology: RefModel;

  @ApiProperty({ type: () => RefModel, nullable: true, description: 'The compared technology it is or belongs to (pandas -> Python)' })
  @Field(() => RefModel, { nullable: true, description: 'The compared technology it is or belongs to (pandas -> Python)' })
  countsFor: RefModel | null;

  @ApiProperty({ type: Number })
  @Field(() => Float)
  strength: number;

  @ApiProperty({ type: String, isArray: true })
  @Field(() => [String])
  words: string[];

  @ApiProperty({ description: 'The need refuses it ("not Python")' })
  @Field({ description: 'The need refuses it ("not Python")' })
  negated: boolean;

  @ApiProperty({ description: "The need states it as the team's expertise (a constraint)" })
  @Field({ description: "The need states it as the team's expertise (a constraint)" })
  constraint: boolean;
}

const TEXT_MATCHES_CUT = `Topics matched by the text of their claims come from the first ${CLAIM_TEXT_MATCH_LIMIT} claims sharing enough of the need's words: true when more claims shared them (topics matched only by the others are missing)`;

@ObjectType('NeedMatch')
export class NeedMatchModel {
  @ApiProperty({ type: () => TopicMatchModel, isArray: true, description: 'Matched topics, strongest first' })
  @Field(() => [TopicMatchModel], { description: 'Matched topics, strongest first' })
  topics: TopicMatchModel[];

  @ApiProperty({ type: () => NamedTechnologyModel, isArray: true })
  @Field(() => [NamedTechnologyModel])
  technologies: NamedTechnologyModel[];

  @ApiProperty({ type: () => RefModel, isArray: true })
  @Field(() => [RefModel])
  useCases: RefModel[];

  @ApiProperty({ type: () => RefModel, isArray: true })
  @Field(() => [RefModel])
  criteria: RefModel[];

  @ApiProperty({ description: TEXT_MATCHES_CUT })
  @Field({ description: TEXT_MATCHES_CUT })
  textMatchesCut: boolean;
}

@ObjectType('Need')
export class NeedModel {
  @ApiProperty()
  @Field()
  text: string;

  @ApiProperty({ type: () => NeedMatchModel })
  @Field(() => NeedMatchModel)
  matched: NeedMatchModel;

  @ApiProperty({ type: () => RefModel, nullable: true, description: 'The technology the evidence favours for this need' })
  @Field(() => RefModel, { nullable: true, description: 'The technology the evidence favours for this need' })
  favours: RefModel | null;

  @ApiProperty({ type: () => RefModel, isArray: true, description: 'Every technology the need favours: two when its parts lean apart, none when undecided' })
  @Field(() => [RefModel], { description: 'Every technology the need favours: two when its parts lean apart, none when undecided' })
  favoursAll: RefModel[];

  @ApiProperty({ type: String, nullable: true, description: 'Why the need favours nothing' })
  @Field(() => String, { nullable: true, description: 'Why the need favours nothing' })
  reason: string | null;
}

@ObjectType('WeighedClaim', { description: 'One piece of evidence: a claim (or a named technology) and its weight' })
export class EvidenceModel {
  @ApiProperty({ type: () => ClaimModel, nullable: true, description: 'The claim; null for a named technology no claim ties to its side' })
  @Field(() => ClaimModel, { nullable: true, description: 'The claim; null for a named technology no claim ties to its side' })
  claim: ClaimModel | null;

  @ApiProperty({ type: Number })
  @Field(() => Float)
  weight: number;

  @ApiProperty({ description: 'The topic or named technology it came through' })
  @Field({ description: 'The topic or named technology it came through' })
  through: string;
}

/** What a ranked technology cites (the score counts every claim of the evidence). */
const CITED = (what: string) =>
  `the heaviest ${what}: up to ${CITED_PER_SIDE} for each of the ${FULLY_CITED_RANKS} highest-ranked technologies, 1 for the others (the score counts all the evidence)`;

@ObjectType('RankedTechnology')
export class RankedTechnologyModel {
  @ApiProperty({ type: () => RefModel })
  @Field(() => RefModel)
  technology: RefModel;

  @ApiProperty({ type: Number, description: 'Share of the evidence across all needs, 0..1' })
  @Field(() => Float, { description: 'Share of the evidence across all needs, 0..1' })
  score: number;

  @ApiProperty({ type: () => ClaimModel, isArray: true, description: CITED('supporting claims') })
  @Field(() => [ClaimModel], { description: CITED('supporting claims') })
  supporting: ClaimModel[];

  @ApiProperty({ type: () => ClaimModel, isArray: true, description: CITED('dissenting claims') })
  @Field(() => [ClaimModel], { description: CITED('dissenting claims') })
  dissenting: ClaimModel[];

  @ApiProperty({ type: () => EvidenceModel, isArray: true, description: `Supporting evidence with weights, heaviest first: ${CITED('items')}` })
  @Field(() => [EvidenceModel], { description: `Supporting evidence with weights, heaviest first: ${CITED('items')}` })
  supportingEvidence: EvidenceModel[];

  @ApiProperty({ type: () => EvidenceModel, isArray: true, description: `Dissenting evidence with weights, heaviest first: ${CITED('items')}` })
  @Field(() => [EvidenceModel], { description: `Dissenting evidence with weights, heaviest first: ${CITED('items')}` })
  dissentingEvidence: EvidenceModel[];
}

@ObjectType('ArchitecturePart')
export class ArchitecturePartModel {
  @ApiProperty({ type: () => RefModel })
  @Field(() => RefModel)
  technology: RefModel;

  @ApiProperty({ description: 'What this part does: the needs it serves' })
  @Field({ description: 'What this part does: the needs it serves' })
  role: string;

  @ApiProperty({ type: () => ClaimModel, isArray: true, description: `Its heaviest supporting claims for these needs (up to ${CITED_PER_SIDE})` })
  @Field(() => [ClaimModel], { description: `Its heaviest supporting claims for these needs (up to ${CITED_PER_SIDE})` })
  because: ClaimModel[];
}

@ObjectType('Architecture')
export class ArchitectureModel {
  @ApiProperty({ description: 'SINGLE, HYBRID, or NONE when no evidence decides the needs' })
  @Field({ description: 'SINGLE, HYBRID, or NONE when no evidence decides the needs' })
  kind: 'SINGLE' | 'HYBRID' | 'NONE';

  @ApiProperty({ type: () => ArchitecturePartModel, isArray: true })
  @Field(() => [ArchitecturePartModel])
  parts: ArchitecturePartModel[];

  @ApiProperty({ type: () => ClaimModel, isArray: true, description: `The sources' own advice on combining the technologies (hybrid only; the oldest ${ADVICE_LIMIT})` })
  @Field(() => [ClaimModel], { description: `The sources' own advice on combining the technologies (hybrid only; the oldest ${ADVICE_LIMIT})` })
  advice: ClaimModel[];
}

@ObjectType('Recommendation')
export class RecommendationModel {
  @ApiProperty({ type: () => NeedModel, isArray: true })
  @Field(() => [NeedModel])
  needs: NeedModel[];

  @ApiProperty({ type: () => RankedTechnologyModel, isArray: true, description: 'Highest score first; at most `limit` (GraphQL `first`) technologies' })
  @Field(() => [RankedTechnologyModel], { description: 'Highest score first; at most `first` technologies' })
  ranking: RankedTechnologyModel[];

  @ApiProperty({ type: Number, description: 'How many technologies have evidence: more than the ranking holds when it was cut at its size' })
  @Field(() => Int, { description: 'How many technologies have evidence: more than the ranking holds when it was cut at its size' })
  rankingTotal: number;

  @ApiProperty({ type: () => ArchitectureModel })
  @Field(() => ArchitectureModel)
  architecture: ArchitectureModel;

  @ApiProperty()
  @Field()
  explanation: string;

  @ApiProperty({ type: String, nullable: true, description: 'Why the ranking is empty' })
  @Field(() => String, { nullable: true, description: 'Why the ranking is empty' })
  reason: string | null;

  @ApiProperty({ description: 'How needs are matched and evidence weighed' })
  @Field({ description: 'How needs are matched and evidence weighed' })
  method: string;
}
