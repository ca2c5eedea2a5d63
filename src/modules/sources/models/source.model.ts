import { Int, ObjectType } from '@nestjs/graphql';
import { ApiField } from '../../../common/models/api-field.js';
import { ClaimKindCountModel, RefModel } from '../../../common/models/refs.model.js';

@ObjectType('SourceSummary')
export class SourceSummaryModel {
  @ApiField()
  slug: string;

  @ApiField()
  externalId: string;

  @ApiField()
  title: string;

  @ApiField(() => String, { nullable: true })
  author: string | null;

  @ApiField(() => String, { nullable: true, description: 'As precisely as the source states it: 2026, 2026-05 or 2026-05-14' })
  publishedAt: string | null;

  @ApiField(() => [RefModel], { description: 'The technologies the source compares' })
  compares: RefModel[];

  @ApiField(() => Int)
  claimCount: number;
}

@ObjectType('Source')
export class SourceModel extends SourceSummaryModel {
  @ApiField(() => String, { nullable: true })
  publisher: string | null;

  @ApiField(() => String, { nullable: true })
  url: string | null;

  @ApiField({ description: 'The full text; claim offsets index into it (Unicode code points)' })
  body: string;

  @ApiField({ description: 'sha256 of the body' })
  contentHash: string;

  @ApiField()
  ingestedAt: Date;

  @ApiField({ description: 'Strong validator of this version (also the ETag header): pass it as If-Match / ifMatch to change the text', graphqlDescription: 'Strong validator of this version (the ETag of GET /api/sources/:slug): pass it as ingestSource(ifMatch:) to change the text' })
  etag: string;

  @ApiField(() => [ClaimKindCountModel])
  claimCountsByKind: ClaimKindCountModel[];
}

@ObjectType('SourceList')
export class SourceListModel {
  @ApiField(() => [SourceSummaryModel])
  items: SourceSummaryModel[];

  @ApiField(() => String, { nullable: true, description: 'Pass as `cursor` for the next page; null on the last page' })
  nextCursor: string | null;
}
