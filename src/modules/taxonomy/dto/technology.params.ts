import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { TECHNOLOGY_REFERENCE, TECHNOLOGY_REFERENCE_MESSAGE } from '../lookup-key.js';

export class TechnologyParams {
  @ApiProperty({ example: 'node', description: 'A slug or alias' })
  @Matches(TECHNOLOGY_REFERENCE, { message: `slug ${TECHNOLOGY_REFERENCE_MESSAGE}` })
  slug: string;
}
