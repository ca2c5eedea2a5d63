import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { RefModel } from '../../../common/models/refs.model.js';

@ObjectType('ClaimStatsRow')
/** A row has the columns of the request's groupBy only (the others are absent, not null). */
export class ClaimStatsRowModel {
  @ApiPropertyOptional({ type: () => RefModel, nullable: true })
  @Field(() => RefModel, { nullable: true })
  criterion?: RefModel | null;

  @ApiPropertyOptional({ type: () => RefModel, nullable: true })
  @Field(() => RefModel, { nullable: true })
  technology?: RefModel | null;

  @ApiPropertyOptional({ type: () => RefModel, nullable: true, description: 'The source (name = title)' })
  @Field(() => RefModel, { nullable: true, description: 'The source (name = title)' })
  source?: RefModel | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Field(() => String, { nullable: true })
  kind?: string | null;

  @ApiPropertyOptional({ type: () => RefModel, nullable: true })
  @Field(() => RefModel, { nullable: true })
  useCase?: RefModel | null;

  @ApiPropertyOptional({ type: () => RefModel, nullable: true })
  @Field(() => RefModel, { nullable: true })
  winner?: RefModel | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Verdicts: win, tie, split or neither' })
  @Field(() => String, { nullable: true, description: 'Verdicts: win, tie, split or neither' })
  outcome?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: "The source's publication year (null: undated)" })
  @Field(() => String, { nullable: true, description: "The source's publication year (null: undated)" })
  year?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: "The source's publication month, YYYY-MM (null: undated, or only a year stated)" })
  @Field(() => String, { nullable: true, description: "The source's publication month, YYYY-MM (null: undated, or only a year stated)" })
  month?: string | null;

  @ApiProperty({ type: Number })
  @Field(() => Int)
  count: number;
}

@ObjectType('ClaimStats')
export class ClaimStatsModel {
  @ApiProperty({ type: String, isArray: true })
  @Field(() => [String])
  groupBy: string[];

  @ApiProperty({ type: Number })
  @Field(() => Int)
  total: number;

  @ApiProperty({ type: () => ClaimStatsRowModel, isArray: true })
  @Field(() => [ClaimStatsRowModel])
  rows: ClaimStatsRowModel[];
}
