import { Int, ObjectType } from '@nestjs/graphql';
import { ApiField } from '../../../common/models/api-field.js';
import { ClaimModel } from './claim.model.js';

@ObjectType('PageInfo')
export class PageInfoModel {
  @ApiField()
  hasNextPage: boolean;

  @ApiField()
  hasPreviousPage: boolean;

  @ApiField(() => String, { nullable: true })
  startCursor: string | null;

  @ApiField(() => String, { nullable: true })
  endCursor: string | null;
}

@ObjectType('ClaimEdge')
export class ClaimEdgeModel {
  @ApiField()
  cursor: string;

  @ApiField(() => ClaimModel)
  node: ClaimModel;
}

@ObjectType('ClaimConnection')
export class ClaimConnectionModel {
  @ApiField(() => [ClaimEdgeModel])
  edges: ClaimEdgeModel[];

  @ApiField(() => PageInfoModel)
  pageInfo: PageInfoModel;

  @ApiField(() => Int, { description: 'Claims matching the filter, over all pages' })
  totalCount: number;
}
