import { ApiProperty } from '@nestjs/swagger';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ClaimKindCountModel, RefModel } from '../../../common/models/refs.model.js';

@ObjectType('SourceSummary')
export class SourceSummaryModel {
  @ApiProperty()
  @Field()
  slug: string;

  @ApiProperty()
  @Field()
  externalId: string;

  @ApiProperty()
  @Field()
  title: string;

  @ApiProperty({ type: String, nullable: true })
  @Field(() => String, { nullable: true })
  author: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'As precisely as the source states it: 2026, 2026-05 or 2026-05-14' })
  @Field(() => String, { nullable: true, description: 'As precisely as the source states it: 2026, 2026-05 or 2026-05-14' })
  publishedAt: string | null;

  @ApiProperty({ type: () => RefModel, isArray: true, description: 'The technologies the source compares' })
  @Field(() => [RefModel], { description: 'The technologies the source compares' })
  compares: RefModel[];

  @ApiProperty({ type: Number })
  @Field(() => Int)
  claimCount: number;
}

@ObjectType('Source')
export class SourceModel extends SourceSummaryModel {
  @ApiProperty({ type: String, nullable: true })
  @Field(() => String, { nullable: true })
  publisher: string | null;

  @ApiProperty({ type: String, nullable: true })
  @Field(() => String, { nullable: true })
  url: string | null;

  @ApiProperty({ description: 'The full text; claim offsets index into it (Unicode code points)' })
  @Field({ description: 'The full text; claim offsets index into it (Unicode code points)' })
  body: string;

  @ApiProperty({ description: 'sha256 of the body' })
  @Field({ description: 'sha256 of the body' })
  contentHash: string;

  @ApiProperty()
  @Field()
  ingestedAt: Date;

  @ApiProperty({ description: 'Strong validator of this version (also the ETag header): pass it as If-Match / ifMatch to change the text' })
  @Field({ description: 'Strong validator of this version (the ETag of GET /api/sources/:slug): pass it as ingestSource(ifMatch:) to change the text' })
  etag: string;

  @ApiProperty({ type: () => ClaimKindCountModel, isArray: true })
  @Field(() => [ClaimKindCountModel])
  claimCountsByKind: ClaimKindCountModel[];
}

@ObjectType('SourceList')
export class SourceListModel {
  @ApiProperty({ type: () => SourceSummaryModel, isArray: true })
  @Field(() => [SourceSummaryModel])
  items: SourceSummaryModel[];

  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page' })
  @Field(() => String, { nullable: true, description: 'Pass as `cursor` for the next page; null on the last page' })
  nextCursor: string | null;
}
