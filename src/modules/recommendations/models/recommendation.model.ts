import { ApiProperty } from '@nestjs/swagger';
import { Field, Float, ObjectType } from '@nestjs/graphql';
import { RefModel } from '../../../common/models/refs.model.js';
import { ClaimModel } from '../../claims/models/claim.model.js';

@ObjectType('NeedMatch')
export class NeedMatchModel {
  @ApiProperty({ type: () => RefModel, isArray: true })
  @Field(() => [RefModel])
  useCases: RefModel[];

  @ApiProperty({ type: () => RefModel, isArray: true })
  @Field(() => [RefModel])
  criteria: RefModel[];
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
}

@ObjectType('RankedTechnology')
export class RankedTechnologyModel {
  @ApiProperty({ type: () => RefModel })
  @Field(() => RefModel)
  technology: RefModel;

  @ApiProperty({ type: Number, description: 'Share of the evidence across all needs, 0..1' })
  @Field(() => Float, { description: 'Share of the evidence across all needs, 0..1' })
  score: number;

  @ApiProperty({ type: () => ClaimModel, isArray: true })
  @Field(() => [ClaimModel])
  supporting: ClaimModel[];

  @ApiProperty({ type: () => ClaimModel, isArray: true })
  @Field(() => [ClaimModel])
  dissenting: ClaimModel[];
}

@ObjectType('ArchitecturePart')
export class ArchitecturePartModel {
  @ApiProperty({ type: () => RefModel })
  @Field(() => RefModel)
  technology: RefModel;

  @ApiProperty({ description: 'What this part does: the needs it serves' })
  @Field({ description: 'What this part does: the needs it serves' })
  role: string;

  @ApiProperty({ type: () => ClaimModel, isArray: true })
  @Field(() => [ClaimModel])
  because: ClaimModel[];
}

@ObjectType('Architecture')
export class ArchitectureModel {
  @ApiProperty({ description: 'SINGLE or HYBRID' })
  @Field({ description: 'SINGLE or HYBRID' })
  kind: 'SINGLE' | 'HYBRID';

  @ApiProperty({ type: () => ArchitecturePartModel, isArray: true })
  @Field(() => [ArchitecturePartModel])
  parts: ArchitecturePartModel[];

  @ApiProperty({ type: () => ClaimModel, isArray: true, description: "The sources' own advice on combining the technologies (hybrid only)" })
  @Field(() => [ClaimModel], { description: "The sources' own advice on combining the technologies (hybrid only)" })
  advice: ClaimModel[];
}

@ObjectType('Recommendation')
export class RecommendationModel {
  @ApiProperty({ type: () => NeedModel, isArray: true })
  @Field(() => [NeedModel])
  needs: NeedModel[];

  @ApiProperty({ type: () => RankedTechnologyModel, isArray: true })
  @Field(() => [RankedTechnologyModel])
  ranking: RankedTechnologyModel[];

  @ApiProperty({ type: () => ArchitectureModel })
  @Field(() => ArchitectureModel)
  architecture: ArchitectureModel;

  @ApiProperty()
  @Field()
  explanation: string;
}
