import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export const PENDING_CHOICES = ['accept', 'reject'] as const;

/** `POST /api/extractions/:id/publish`: what to do with claims still pending (without it they are a 422). */
export class DraftPublishInput {
  @ApiPropertyOptional({ type: String, enum: PENDING_CHOICES, description: 'Publish pending claims as accepted or rejected' })
  @IsOptional() @IsIn(PENDING_CHOICES)
  pending?: (typeof PENDING_CHOICES)[number];
}
