import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, Length, Matches, Max, Min } from 'class-validator';
import { MAX_ID } from '../../../common/http/record-id.pipe.js';
import { SLUG_PATTERN } from '../../taxonomy/dto/taxonomy-files.dto.js';
import { PROPOSAL_TYPES, type ProposalType } from '../drafts.types.js';

/** The draft of a path: a positive int4 id. */
class DraftIdParams {
  @ApiProperty({ type: 'integer', format: 'int32', minimum: 1, maximum: MAX_ID })
  @Type(() => Number) @IsInt({ message: 'id must be an integer' }) @Min(1) @Max(MAX_ID)
  id: number;
}

/** `/api/extractions/:id/claims/:key`. */
export class DraftClaimKeyParams extends DraftIdParams {
  @ApiProperty({ type: String })
  @Matches(SLUG_PATTERN, { message: 'key must be lowercase kebab-case' }) @Length(1, 120)
  key: string;
}

/** `/api/extractions/:id/proposals/:type/:slug`. */
export class DraftProposalParams extends DraftIdParams {
  @ApiProperty({ type: String, enum: PROPOSAL_TYPES })
  @IsIn(PROPOSAL_TYPES)
  type: ProposalType;

  @ApiProperty({ type: String })
  @Matches(SLUG_PATTERN, { message: 'slug must be lowercase kebab-case' }) @Length(1, 120)
  slug: string;
}
