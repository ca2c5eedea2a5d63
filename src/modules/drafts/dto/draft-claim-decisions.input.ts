import { InputType } from '@nestjs/graphql';
import { ApiField } from '../../../common/models/api-field.js';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, Length, Matches } from 'class-validator';
import { SLUG_PATTERN } from '../../taxonomy/dto/taxonomy-files.dto.js';
import { CLAIM_DECISIONS, type ClaimDecision } from '../drafts.types.js';

/** `POST /api/extractions/:id/claims/decisions`, GraphQL `decideDraftClaims`: one decision for many claims. */
@InputType('DraftClaimDecisionsInput')
export class DraftClaimDecisionsInput {
  @ApiField(() => [String])
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(2000) @Matches(SLUG_PATTERN, { each: true, message: 'each key must be lowercase kebab-case' }) @Length(1, 120, { each: true })
  keys: string[];

  @ApiField(() => String, { openApi: { enum: CLAIM_DECISIONS } })
  @IsIn(CLAIM_DECISIONS)
  decision: ClaimDecision;
}
