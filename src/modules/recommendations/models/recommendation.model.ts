import { Float, Int, ObjectType } from '@nestjs/graphql';
import { ApiField } from '../../../common/models/api-field.js';
import { ADVICE_LIMIT, CITED_PER_SIDE, CLAIM_TEXT_MATCH_LIMIT, FULLY_CITED_RANKS } from '../recommendation-limits.js';
import { RefModel } from '../../../common/models/refs.model.js';
import { ClaimModel } from '../../claims/models/claim.model.js';

@ObjectType('TopicMatch', { description: 'A use case or criterion a need matched, how strongly, and by which of its words' })
export class TopicMatchModel {
  @ApiField({ description: 'use_case or criterion' })
  kind: string;

  @ApiField()
  slug: string;

  @ApiField()
  name: string;

  @ApiField(() => Float, { description: '0..1: 1 for an exact, specific phrase; partial or common-word matches much less' })
  strength: number;

  @ApiField(() => [String], { description: "The need's words that matched" })
  words: string[];

  @ApiField({ description: "vocabulary (the topic's names, aliases, keywords) or claims (the text of its claims)" })
  via: string;
}

@ObjectType('NamedTechnology', { description: 'A technology a need names (a library, a language), and what it counts for' })
export class NamedTechnologyModel {
  @ApiField(() => RefModel)
  technology: RefModel;

  @ApiField(() => RefModel, { nullable: true, description: 'The compared technology it is or belongs to (pandas -> Python)' })
  countsFor: RefModel | null;

  @ApiField(() => Float)
  strength: number;

  @ApiField(() => [String])
  words: string[];

  @ApiField({ description: 'The need refuses it ("not Python")' })
  negated: boolean;

  @ApiField({ description: "The need states it as the team's expertise (a constraint)" })
  constraint: boolean;
}

const TEXT_MATCHES_CUT = `Topics matched by the text of their claims come from the first ${CLAIM_TEXT_MATCH_LIMIT} claims sharing enough of the need's words: true when more claims shared them (topics matched only by the others are missing)`;

@ObjectType('NeedMatch')
export class NeedMatchModel {
  @ApiField(() => [TopicMatchModel], { description: 'Matched topics, strongest first' })
  topics: TopicMatchModel[];

  @ApiField(() => [NamedTechnologyModel])
  technologies: NamedTechnologyModel[];

  @ApiField(() => [RefModel])
  useCases: RefModel[];

  @ApiField(() => [RefModel])
  criteria: RefModel[];

  @ApiField({ description: TEXT_MATCHES_CUT })
  textMatchesCut: boolean;
}

@ObjectType('Need')
export class NeedModel {
  @ApiField()
  text: string;

  @ApiField(() => NeedMatchModel)
  matched: NeedMatchModel;

  @ApiField(() => RefModel, { nullable: true, description: 'The technology the evidence favours for this need' })
  favours: RefModel | null;

  @ApiField(() => [RefModel], { description: 'Every technology the need favours: two when its parts lean apart, none when undecided' })
  favoursAll: RefModel[];

  @ApiField(() => String, { nullable: true, description: 'Why the need favours nothing' })
  reason: string | null;
}

@ObjectType('WeighedClaim', { description: 'One piece of evidence: a claim (or a named technology) and its weight' })
export class EvidenceModel {
  @ApiField(() => ClaimModel, { nullable: true, description: 'The claim; null for a named technology no claim ties to its side' })
  claim: ClaimModel | null;

  @ApiField(() => Float)
  weight: number;

  @ApiField({ description: 'The topic or named technology it came through' })
  through: string;
}

/** What a ranked technology cites (the score counts every claim of the evidence). */
const CITED = (what: string) =>
  `the heaviest ${what}: up to ${CITED_PER_SIDE} for each of the ${FULLY_CITED_RANKS} highest-ranked technologies, 1 for the others (the score counts all the evidence)`;

@ObjectType('RankedTechnology')
export class RankedTechnologyModel {
  @ApiField(() => RefModel)
  technology: RefModel;

  @ApiField(() => Float, { description: 'Share of the evidence across all needs, 0..1' })
  score: number;

  @ApiField(() => [ClaimModel], { description: CITED('supporting claims') })
  supporting: ClaimModel[];

  @ApiField(() => [ClaimModel], { description: CITED('dissenting claims') })
  dissenting: ClaimModel[];

  @ApiField(() => [EvidenceModel], { description: `Supporting evidence with weights, heaviest first: ${CITED('items')}` })
  supportingEvidence: EvidenceModel[];

  @ApiField(() => [EvidenceModel], { description: `Dissenting evidence with weights, heaviest first: ${CITED('items')}` })
  dissentingEvidence: EvidenceModel[];
}

@ObjectType('ArchitecturePart')
export class ArchitecturePartModel {
  @ApiField(() => RefModel)
  technology: RefModel;

  @ApiField({ description: 'What this part does: the needs it serves' })
  role: string;

  @ApiField(() => [ClaimModel], { description: `Its heaviest supporting claims for these needs (up to ${CITED_PER_SIDE})` })
  because: ClaimModel[];
}

@ObjectType('Architecture')
export class ArchitectureModel {
  @ApiField({ description: 'SINGLE, HYBRID, or NONE when no evidence decides the needs' })
  kind: 'SINGLE' | 'HYBRID' | 'NONE';

  @ApiField(() => [ArchitecturePartModel])
  parts: ArchitecturePartModel[];

  @ApiField(() => [ClaimModel], { description: `The sources' own advice on combining the technologies (hybrid only; the oldest ${ADVICE_LIMIT})` })
  advice: ClaimModel[];
}

@ObjectType('Recommendation')
export class RecommendationModel {
  @ApiField(() => [NeedModel])
  needs: NeedModel[];

  @ApiField(() => [RankedTechnologyModel], { description: 'Highest score first; at most `limit` (GraphQL `first`) technologies', graphqlDescription: 'Highest score first; at most `first` technologies' })
  ranking: RankedTechnologyModel[];

  @ApiField(() => Int, { description: 'How many technologies have evidence: more than the ranking holds when it was cut at its size' })
  rankingTotal: number;

  @ApiField(() => ArchitectureModel)
  architecture: ArchitectureModel;

  @ApiField()
  explanation: string;

  @ApiField(() => String, { nullable: true, description: 'Why the ranking is empty' })
  reason: string | null;

  @ApiField({ description: 'How needs are matched and evidence weighed' })
  method: string;
}
