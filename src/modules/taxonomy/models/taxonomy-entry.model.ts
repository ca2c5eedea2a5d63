import { Int, ObjectType } from '@nestjs/graphql';
import { ApiField } from '../../../common/models/api-field.js';

/** A taxonomy entry as a write leaves it (technology, criterion or use case). */
@ObjectType('TaxonomyEntry')
export class TaxonomyEntryModel {
  @ApiField() slug: string;
  @ApiField() name: string;
  @ApiField(() => [String]) aliases: string[];
  @ApiField(() => [String]) keywords: string[];
  @ApiField(() => String, { nullable: true, optional: true, description: 'Technologies only' }) kind: string | null;
  @ApiField(() => String, { nullable: true, optional: true, description: 'Technologies only: parent slug' }) parent: string | null;
  @ApiField(() => String, { nullable: true, optional: true, description: 'Criteria only' }) category: string | null;
  @ApiField(() => String, { nullable: true, optional: true, description: 'Criteria only' }) description: string | null;
  @ApiField(() => [String], { nullable: true, optional: true, description: 'Technologies only: its name or aliases that are everyday English words' }) commonWordNames: string[] | null;
  @ApiField(() => Boolean, { nullable: true, optional: true, description: 'Criteria only: about everything, it matches no need by itself' }) unspecific: boolean | null;
  @ApiField(() => [String], { nullable: true, optional: true, description: 'Criteria only: phrases that state a design choice, not a drawback' }) neutralPhrases: string[] | null;
  @ApiField({ description: 'Strong validator of the version this write left (also the ETag header): If-Match / ifMatch for the next write', graphqlDescription: 'Strong validator of the version this write left: ifMatch for the next write' })
  etag: string;
}

/** What a merge did. */
@ObjectType('TaxonomyMergeResult')
export class TaxonomyMergeResultModel {
  @ApiField(() => TaxonomyEntryModel) entry: TaxonomyEntryModel;
  @ApiField({ description: 'Slug of the entry merged away (now an alias of entry)' }) merged: string;
  @ApiField(() => Int, { description: 'Claims whose references moved' }) claimsMoved: number;
}
