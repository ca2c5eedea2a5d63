import { ApiProperty } from '@nestjs/swagger';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ClaimModel } from './claim.model.js';

@ObjectType('PageInfo')
export class PageInfoModel {
  @ApiProperty()
  @Field()
  hasNextPage: boolean;

  @ApiProperty()
  @Field()
  hasPreviousPage: boolean;

  @ApiProperty({ type: String, nullable: true })
  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @ApiProperty({ type: String, nullable: true })
  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ObjectType('ClaimEdge')
export class ClaimEdgeModel {
  @ApiProperty()
  @Field()
  cursor: string;

  @ApiProperty({ type: () => ClaimModel })
  @Field(() => ClaimModel)
  node: ClaimModel;
}

@ObjectType('ClaimConnection')
export class ClaimConnectionModel {
  @ApiProperty({ type: () => ClaimEdgeModel, isArray: true })
  @Field(() => [ClaimEdgeModel])
  edges: ClaimEdgeModel[];

  @ApiProperty({ type: () => PageInfoModel })
  @Field(() => PageInfoModel)
  pageInfo: PageInfoModel;

  @ApiProperty({ type: Number, description: 'Claims matching the filter, over all pages' })
  @Field(() => Int, { description: 'Claims matching the filter, over all pages' })
  totalCount: number;
}
