import { ApiProperty } from '@nestjs/swagger';
import { Int, ObjectType } from '@nestjs/graphql';
import { ApiField } from '../../../common/models/api-field.js';
import { ClaimKindCountModel, RefModel } from '../../../common/models/refs.model.js';

@ObjectType('TechnologyClaimCount')
export class TechnologyClaimCountModel {
  @ApiField(() => RefModel, { nullable: true, description: 'null: claims about no single technology (ties, shared facts)' })
  technology: RefModel | null;

  @ApiField(() => Int)
  count: number;
}

@ObjectType('Technology')
export class TechnologyModel extends RefModel {
  @ApiField({ description: 'language, runtime, framework, library, database, tool, platform, protocol, package-registry or service' })
  kind: string;

  @ApiField(() => RefModel, { nullable: true, description: 'FastAPI -> Python, Express -> Node.js' })
  parent: RefModel | null;

  @ApiField(() => [String])
  aliases: string[];

  @ApiField(() => [String], { description: 'Its name or aliases that are everyday English words ("Express"): a need names the technology by one only when it capitalises it' })
  commonWordNames: string[];

  @ApiField(() => Int, { description: 'Claims about it, won by it, or naming it' })
  claimCount: number;

  @ApiField(() => Int, { description: 'Sources that compare it' })
  sourceCount: number;

  @ApiField({ description: 'Strong validator of this version: send it as If-Match (GraphQL: ifMatch) to change, merge away or delete the entry', graphqlDescription: 'Strong validator of this version: pass it as ifMatch to change or delete the entry' })
  etag: string;
}

@ObjectType('TechnologyDetail')
export class TechnologyDetailModel extends TechnologyModel {
  @ApiField(() => [RefModel])
  children: RefModel[];

  @ApiField(() => [ClaimKindCountModel])
  claimCountsByKind: ClaimKindCountModel[];
}

/** What criteria and use cases have in common: a named taxonomy entry with claim counts. */
@ObjectType({ isAbstract: true })
abstract class TaxonomyEntryModel extends RefModel {
  @ApiField(() => [String])
  aliases: string[];

  @ApiField(() => Int)
  claimCount: number;

  @ApiField(() => [TechnologyClaimCountModel])
  claimCountsByTechnology: TechnologyClaimCountModel[];

  @ApiField({ description: 'Strong validator of this version: send it as If-Match (GraphQL: ifMatch) to change, merge away or delete the entry', graphqlDescription: 'Strong validator of this version: pass it as ifMatch to change or delete the entry' })
  etag: string;
}

@ObjectType('Criterion')
export class CriterionModel extends TaxonomyEntryModel {
  @ApiField()
  category: string;

  @ApiField()
  description: string;

  @ApiField({ description: 'About everything (the overall verdict, "best for"): it matches no need by itself' })
  unspecific: boolean;

  @ApiField(() => [String], { description: 'Phrases of its domain that state a design choice, not a drawback ("no garbage collector")' })
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
