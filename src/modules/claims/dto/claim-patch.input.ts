import { InputType, OmitType, PartialType } from '@nestjs/graphql';
import { ClaimInput } from './claim.input.js';

/**
 * `PATCH /api/claims/:id` and GraphQL `updateClaim`: any field of a claim but its key. The merged
 * claim is checked like a new one: kind rules, quote verbatim in the source text, references.
 */
@InputType('ClaimPatch')
export class ClaimPatchInput extends PartialType(OmitType(ClaimInput, ['key'] as const), InputType) {}
