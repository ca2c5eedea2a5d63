import { ApiProperty } from '@nestjs/swagger';
import { Field, Float, ObjectType } from '@nestjs/graphql';
import { SourceRefModel } from '../../../common/models/refs.model.js';
import { ClaimModel } from '../../claims/models/claim.model.js';

@ObjectType('ClaimHit')
export class ClaimHitModel {
  @ApiProperty({ type: () => ClaimModel })
  @Field(() => ClaimModel)
  claim: ClaimModel;

  @ApiProperty({ type: Number })
  @Field(() => Float)
  rank: number;

  @ApiProperty({ description: 'Matching passage of the quote, matches in <b>…</b>' })
  @Field({ description: 'Matching passage of the quote, matches in <b>…</b>' })
  snippet: string;
}

@ObjectType('SourceHit')
export class SourceHitModel {
  @ApiProperty({ type: () => SourceRefModel })
  @Field(() => SourceRefModel)
  source: SourceRefModel;

  @ApiProperty({ type: Number })
  @Field(() => Float)
  rank: number;

  @ApiProperty({ description: 'Matching passages of the body, matches in <b>…</b>' })
  @Field({ description: 'Matching passages of the body, matches in <b>…</b>' })
  snippet: string;
}

@ObjectType('SearchResult')
export class SearchResultModel {
  @ApiProperty()
  @Field()
  q: string;

  @ApiProperty({ type: () => ClaimHitModel, isArray: true })
  @Field(() => [ClaimHitModel])
  claims: ClaimHitModel[];

  @ApiProperty({ type: () => SourceHitModel, isArray: true })
  @Field(() => [SourceHitModel])
  sources: SourceHitModel[];
}
