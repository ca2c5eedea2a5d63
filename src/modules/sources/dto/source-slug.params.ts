import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class SourceSlugParams {
  @ApiProperty({ example: 'nodejs-vs-python-guide', description: 'A source slug or externalId' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/, { message: 'slug must be a source slug or externalId' })
  slug: string;
}
