import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** A taxonomy entry as a write leaves it (technology, criterion or use case). */
@ObjectType('TaxonomyEntry')
export class TaxonomyEntryModel {
  @ApiProperty() @Field() slug: string;
  @ApiProperty() @Field() name: string;
  @ApiProperty({ type: String, isArray: true }) @Field(() => [String]) aliases: string[];
  @ApiProperty({ type: String, isArray: true }) @Field(() => [String]) keywords: string[];
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Technologies only' }) @Field(() => String, { nullable: true }) kind: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Technologies only: parent slug' }) @Field(() => String, { nullable: true }) parent: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Criteria only' }) @Field(() => String, { nullable: true }) category: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Criteria only' }) @Field(() => String, { nullable: true }) description: string | null;
  @ApiPropertyOptional({ type: String, isArray: true, nullable: true, description: 'Technologies only: its name or aliases that are everyday English words' }) @Field(() => [String], { nullable: true }) commonWordNames: string[] | null;
  @ApiPropertyOptional({ type: Boolean, nullable: true, description: 'Criteria only: about everything, it matches no need by itself' }) @Field(() => Boolean, { nullable: true }) unspecific: boolean | null;
  @ApiPropertyOptional({ type: String, isArray: true, nullable: true, description: 'Criteria only: phrases that state a design choice, not a drawback' }) @Field(() => [String], { nullable: true }) neutralPhrases: string[] | null;
  @ApiProperty({ description: 'Strong validator of the version this write left (also the ETag header): If-Match / ifMatch for the next write' })
  @Field({ description: 'Strong validator of the version this write left: ifMatch for the next write' })
  etag: string;
}

/** What a merge did. */
@ObjectType('TaxonomyMergeResult')
export class TaxonomyMergeResultModel {
  @ApiProperty({ type: () => TaxonomyEntryModel }) @Field(() => TaxonomyEntryModel) entry: TaxonomyEntryModel;
  @ApiProperty({ description: 'Slug of the entry merged away (now an alias of entry)' }) @Field() merged: string;
  @ApiProperty({ description: 'Claims whose references moved' }) @Field(() => Int) claimsMoved: number;
}
