import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

/** `POST /api/extractions?dryRun=true`: the stateless draft, nothing stored (for scripts). */
export class DraftCreateQuery {
  @ApiPropertyOptional({ type: String, enum: ['true', 'false'], description: 'true: answer the draft (200) and store nothing' })
  @IsOptional() @IsIn(['true', 'false'])
  dryRun?: 'true' | 'false';
}
