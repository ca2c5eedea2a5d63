import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AcceptanceCounts')
export class AcceptanceCountsModel {
  @ApiProperty({ description: 'Published drafts counted' }) @Field(() => Int) drafts: number;
  @ApiProperty({ description: 'Claims the extractor drafted' }) @Field(() => Int) drafted: number;
  @ApiProperty() @Field(() => Int) acceptedUnchanged: number;
  @ApiProperty() @Field(() => Int) acceptedEdited: number;
  @ApiProperty() @Field(() => Int) rejected: number;
  @ApiProperty({ description: 'Claims the editor added by hand (and published)' }) @Field(() => Int) added: number;
  @ApiPropertyOptional({ type: Number, nullable: true, description: '(acceptedUnchanged + acceptedEdited) / drafted: precision as editors measure it' })
  @Field(() => Float, { nullable: true })
  acceptanceRate: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'added / (accepted + added): what the extractor missed' })
  @Field(() => Float, { nullable: true })
  handAddedRate: number | null;
}

@ObjectType('AcceptanceByKind')
export class AcceptanceByKindModel extends AcceptanceCountsModel {
  @ApiProperty({ description: 'The drafted claim kind (an added claim: its own)' }) @Field() kind: string;
}

@ObjectType('AcceptanceByFormat')
export class AcceptanceByFormatModel extends AcceptanceCountsModel {
  @ApiProperty() @Field() format: string;
}

@ObjectType('AcceptanceByPeriod')
export class AcceptanceByPeriodModel extends AcceptanceCountsModel {
  @ApiProperty({ description: 'First day of the period (UTC), YYYY-MM-DD' }) @Field() period: string;
}

@ObjectType('EditedFieldCount')
export class EditedFieldCountModel {
  @ApiProperty() @Field() field: string;
  @ApiProperty() @Field(() => Int) count: number;
}

/** How often drafted claims were published as drafted, after an edit, or rejected, over published drafts. */
@ObjectType('ExtractionStats')
export class ExtractionStatsModel extends AcceptanceCountsModel {
  @ApiPropertyOptional({ type: String, nullable: true }) @Field(() => String, { nullable: true }) from: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @Field(() => String, { nullable: true }) to: string | null;
  @ApiProperty({ enum: ['day', 'week', 'month'] }) @Field() bucket: string;
  @ApiProperty({ type: () => AcceptanceByKindModel, isArray: true }) @Field(() => [AcceptanceByKindModel]) byKind: AcceptanceByKindModel[];
  @ApiProperty({ type: () => AcceptanceByFormatModel, isArray: true }) @Field(() => [AcceptanceByFormatModel]) byFormat: AcceptanceByFormatModel[];
  @ApiProperty({ type: () => AcceptanceByPeriodModel, isArray: true }) @Field(() => [AcceptanceByPeriodModel]) overTime: AcceptanceByPeriodModel[];
  @ApiProperty({ type: () => EditedFieldCountModel, isArray: true, description: 'Fields changed on accepted drafted claims, most first' })
  @Field(() => [EditedFieldCountModel])
  editedFields: EditedFieldCountModel[];
}
