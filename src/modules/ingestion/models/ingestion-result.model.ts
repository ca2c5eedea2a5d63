import { Int, ObjectType } from '@nestjs/graphql';
import { ApiField } from '../../../common/models/api-field.js';

@ObjectType('ClaimChangeCounts')
export class ClaimChangeCountsModel {
  @ApiField(() => Int) total: number;
  @ApiField(() => Int) created: number;
  @ApiField(() => Int) updated: number;
  @ApiField(() => Int) deleted: number;
}

@ObjectType('IngestionResult')
export class IngestionResultModel {
  @ApiField({ description: 'created, updated or unchanged (same text and annotations: nothing written)', openApi: { enum: ['created', 'updated', 'unchanged'] } })
  status: string;

  @ApiField() slug: string;
  @ApiField() externalId: string;

  @ApiField({ description: 'The ETag of the version this write left (also the ETag header): If-Match / ifMatch for the next write', graphqlDescription: 'The etag of the version this write left: ifMatch for the next write' })
  etag: string;

  @ApiField(() => ClaimChangeCountsModel)
  claims: ClaimChangeCountsModel;
}
