import { ApiProperty } from '@nestjs/swagger';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ClaimKindCountModel, RefModel } from '../../../common/models/refs.model.js';

@ObjectType('TechnologyClaimCount')
export class TechnologyClaimCountModel {
  @ApiProperty({ type: () => RefModel, nullable: true, description: 'null: claims about no single technology (ties, shared facts)' })
  @Field(() => RefModel, { nullable: true, description: 'null: claims about no single technology (ties, shared facts)' })
  technology: RefModel | null;

  @ApiProperty({ type: Number })
  @Field(() => Int)
  count: number;
}

@ObjectType('Technology')
export class TechnologyModel extends RefModel {
  @ApiProperty({ description: 'language, runtime, framework, library, database, tool, platform, protocol, package-registry or service' })
  @Field({ description: 'language, runtime, framework, library, database, tool, platform, protocol, package-registry or service' })
  kind: string;

  @ApiProperty({ type: () => RefModel, nullable: true, description: 'FastAPI -> Python, Express -> Node.js' })
  @Field(() => RefModel, { nullable: true, description: 'FastAPI -> Python, Express -> Node.js' })
  parent: RefModel | null;

  @ApiProperty({ type: String, isArray: true })
  @Field(() => [String])
  aliases: string[];

  @ApiProperty({ type: String, isArray: true, description: 'Its name or aliases that are everyday English words ("Express"): a need names the technology by one only when it capitalises it' })
  @Field(() => [String], { description: 'Its name or aliases that are everyday English words ("Express"): a need names the technology by one only when it capitalises it' })
  commonWordNames: string[];

  @ApiProperty({ type: Number, description: 'Claims about it, won by it, or naming it' })
  @Field(() => Int, { description: 'Claims about it, won by it, or naming it' })
  claimCount: number;

  @ApiProperty({ type: Number, description: 'Sources that compare it' })
  @Field(() => Int, { description: 'Sources that compare it' })
  sourceCount: number;

  @ApiProperty({ description: 'Strong validator of this version: send it as If-Match (GraphQL: ifMatch) to change, merge away or delete the entry' })
  @Field({ description: 'Strong validator of this version: pass it as ifMatch to change or delete the entry' })
  etag: string;
}

@ObjectType('TechnologyDetail')
export class TechnologyDetailModel extends TechnologyModel {
  @ApiProperty({ type: () => RefModel, isArray: true })
  @Field(() => [RefModel])
  children: RefModel[];

  @ApiProperty({ type: () => ClaimKindCountModel, isArray: true })
  @Field(() => [ClaimKindCountModel])
  claimCountsByKind: ClaimKindCountModel[];
}

/** What criteria and use cases have in common: a named taxonomy entry with claim counts. */
@ObjectType({ isAbstract: true })
abstract class TaxonomyEntryModel extends RefModel {
  @ApiProperty({ type: String, isArray: true })
  @Field(() => [String])
  aliases: string[];

  @ApiProperty({ type: Number })
  @Field(() => Int)
  claimCount: number;

  @ApiProperty({ type: () => TechnologyClaimCountModel, isArray: true })
  @Field(() => [TechnologyClaimCountModel])
  claimCountsByTechnology: TechnologyClaimCountModel[];

  @ApiProperty({ description: 'Strong validator of this version: send it as If-Match (GraphQL: ifMatch) to change, merge away or delete the entry' })
  @Field({ description: 'Strong validator of this version: pass it as ifMatch to change or delete the entry' })
  etag: string;
}

@ObjectType('Criterion')
export class CriterionModel extends TaxonomyEntryModel {
  @ApiProperty()
  @Field()
  category: string;

  @ApiProperty()
  @Field()
  description: string;

  @ApiProperty({ description: 'About everything (the overall verdict, "best for"): it matches no need by itself' })
  @Field({ description: 'About everything (the overall verdict, "best for"): it matches no need by itself' })
  unspecific: boolean;

  @ApiProperty({ type: String, isArray: true, description: 'Phrases of its domain that state a design choice, not a drawback ("no garbage collector")' })
  @Field(() => [String], { description: 'Phrases of its domain that state a design choice, not a drawback ("no garbage collector")' })
  neutralPhrases: string[];
}

@ObjectType('UseCase')
export class UseCaseModel extends TaxonomyEntryModel {}

/** REST list envelopes (`{ items }`). */
export class TechnologyListModel {
  @ApiProperty({ type: () => TechnologyModel, isArray: true })
  items: TechnologyModel[];
}

export class CriterionListModel {
  @ApiProperty({ type: () => CriterionModel, isArray: true })
  items: CriterionModel[];
}

export class UseCaseListModel {
  @ApiProperty({ type: () => UseCaseModel, isArray: true })
  items: UseCaseModel[];
}
