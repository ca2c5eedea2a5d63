import { ApiPropertyOptional } from '@nestjs/swagger';
import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsObject, IsOptional, ValidateNested } from 'class-validator';
import { CLAIM_DECISIONS, type ClaimDecision } from '../drafts.types.js';
import { DraftClaimFieldsInput } from './draft-claim-fields.input.js';

/** `PATCH /api/extractions/:id/claims/:key`, GraphQL `editDraftClaim`: a decision, changed fields, or both. */
@InputType('DraftClaimPatchInput')
export class DraftClaimPatchInput {
  @ApiPropertyOptional({ type: String, enum: CLAIM_DECISIONS })
  @Field(() => String, { nullable: true })
  @IsOptional() @IsIn(CLAIM_DECISIONS)
  decision?: ClaimDecision;

  @ApiPropertyOptional({ type: () => DraftClaimFieldsInput, description: 'Fields to change; the fields that differ from the drafted claim are recorded as `edited`' })
  @Field(() => DraftClaimFieldsInput, { nullable: true })
  @IsOptional() @IsObject() @ValidateNested() @Type(() => DraftClaimFieldsInput)
  claim?: DraftClaimFieldsInput;
}
