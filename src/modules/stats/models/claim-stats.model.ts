import { Int, ObjectType } from '@nestjs/graphql';
import { ApiField } from '../../../common/models/api-field.js';
import { RefModel } from '../../../common/models/refs.model.js';

@ObjectType('ClaimStatsRow')
/** A row has the columns of the request's groupBy only (the others are absent, not null). */
export class ClaimStatsRowModel {
  @ApiField(() => RefModel, { nullable: true, optional: true })
  criterion?: RefModel | null;

  @ApiField(() => RefModel, { nullable: true, optional: true })
  technology?: RefModel | null;

  @ApiField(() => RefModel, { nullable: true, optional: true, description: 'The source (name = title)' })
  source?: RefModel | null;

  @ApiField(() => String, { nullable: true, optional: true })
  kind?: string | null;

  @ApiField(() => RefModel, { nullable: true, optional: true })
  useCase?: RefModel | null;

  @ApiField(() => RefModel, { nullable: true, optional: true })
  winner?: RefModel | null;

  @ApiField(() => String, { nullable: true, optional: true, description: 'Verdicts: win, tie, split or neither' })
  outcome?: string | null;

  @ApiField(() => String, { nullable: true, optional: true, description: "The source's publication year (null: undated)" })
  year?: string | null;

  @ApiField(() => String, { nullable: true, optional: true, description: "The source's publication month, YYYY-MM (null: undated, or only a year stated)" })
  month?: string | null;

  @ApiField(() => Int)
  count: number;
}

@ObjectType('ClaimStats')
export class ClaimStatsModel {
  @ApiField(() => [String])
  groupBy: string[];

  @ApiField(() => Int)
  total: number;

  @ApiField(() => [ClaimStatsRowModel])
  rows: ClaimStatsRowModel[];
}
