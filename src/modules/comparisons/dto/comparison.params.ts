import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { TECHNOLOGY_REFERENCE as TECHNOLOGY } from '../../taxonomy/lookup-key.js';
import { COMPARISON_FORMATS } from '../comparison.renderers.js';

export class ComparisonParams {
  @ApiProperty({ example: 'nodejs', description: 'A technology slug or alias' })
  @Matches(TECHNOLOGY, { message: 'a must be a technology slug or alias' })
  a: string;

  @ApiProperty({ example: 'python', description: 'A technology slug or alias' })
  @Matches(TECHNOLOGY, { message: 'b must be a technology slug or alias' })
  b: string;
}

export class ComparisonQuery {
  @ApiPropertyOptional({ enum: ['json', 'csv', 'markdown', 'html'], description: 'Overrides the Accept header' })
  @IsOptional()
  @IsIn(COMPARISON_FORMATS, { message: `format must be one of ${COMPARISON_FORMATS.join(', ')}` })
  format?: (typeof COMPARISON_FORMATS)[number];
}
