import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class TechnologyParams {
  @ApiProperty({ example: 'node', description: 'A technology slug or alias' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9 ._+#'’()-]{0,119}$/, { message: 'slug must be a technology slug or alias' })
  slug: string;
}
