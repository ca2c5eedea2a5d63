import { InputType } from '@nestjs/graphql';
import { ApiField } from '../../../common/models/api-field.js';
import { Type } from 'class-transformer';
import { IsIn, IsObject, IsOptional, ValidateNested } from 'class-validator';
import { CLAIM_DECISIONS, type ClaimDecision } from '../drafts.types.js';
import { DraftClaimFieldsInput } from './draft-claim-fields.input.js';

/** `PATCH /api/extractions/:id/claims/:key`, GraphQL `editDraftClaim`: a decision, changed fields, or both. */
@InputType('DraftClaimPatchInput')
export class DraftClaimPatchInput {
  @ApiField(() => String, { optional: true, openApi: { enum: CLAIM_DECISIONS } })
  @IsOptional() @IsIn(CLAIM_DECISIONS)
  decision?: ClaimDecision;

  @ApiField(() => DraftClaimFieldsInput, { optional: true, description: 'Fields to change; the fields that differ from the drafted claim are recorded as `edited`' })
  @IsOptional() @IsObject() @ValidateNested() @Type(() => DraftClaimFieldsInput)
  claim?: DraftClaimFieldsInput;
}
