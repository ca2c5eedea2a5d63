import { Float, ObjectType } from '@nestjs/graphql';
import { ApiField } from '../../../common/models/api-field.js';
import { SourceRefModel } from '../../../common/models/refs.model.js';
import { ClaimModel } from '../../claims/models/claim.model.js';

@ObjectType('ClaimHit')
export class ClaimHitModel {
  @ApiField(() => ClaimModel)
  claim: ClaimModel;

  @ApiField(() => Float)
  rank: number;

  @ApiField({ description: 'Matching passage of the quote, matches in <b>…</b>' })
  snippet: string;
}

@ObjectType('SourceHit')
export class SourceHitModel {
  @ApiField(() => SourceRefModel)
  source: SourceRefModel;

  @ApiField(() => Float)
  rank: number;

  @ApiField({ description: 'Matching passages of the body, matches in <b>…</b>' })
  snippet: string;
}

@ObjectType('SearchResult')
export class SearchResultModel {
  @ApiField()
  q: string;

  @ApiField(() => [ClaimHitModel])
  claims: ClaimHitModel[];

  @ApiField(() => [SourceHitModel])
  sources: SourceHitModel[];
}
