import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ApiProperty } from '@nestjs/swagger';

@ObjectType('ClaimChangeCounts')
export class ClaimChangeCountsModel {
  @ApiProperty() @Field(() => Int) total: number;
  @ApiProperty() @Field(() => Int) created: number;
  @ApiProperty() @Field(() => Int) updated: number;
  @ApiProperty() @Field(() => Int) deleted: number;
}

@ObjectType('IngestionResult')
export class IngestionResultModel {
  @ApiProperty({ enum: ['created', 'updated', 'unchanged'] })
  @Field({ description: 'created, updated or unchanged (same text and annotations: nothing written)' })
  status: string;

  @ApiProperty() @Field() slug: string;
  @ApiProperty() @Field() externalId: string;

  @ApiProperty({ description: 'The ETag of the version this write left (also the ETag header): If-Match / ifMatch for the next write' })
  @Field({ description: 'The etag of the version this write left: ifMatch for the next write' })
  etag: string;

  @ApiProperty({ type: () => ClaimChangeCountsModel })
  @Field(() => ClaimChangeCountsModel)
  claims: ClaimChangeCountsModel;
}
