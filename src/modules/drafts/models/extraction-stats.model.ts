import { Float, Int, ObjectType } from '@nestjs/graphql';
import { ApiField } from '../../../common/models/api-field.js';

@ObjectType('AcceptanceCounts')
export class AcceptanceCountsModel {
  @ApiField(() => Int, { description: 'Published drafts counted' }) drafts: number;
  @ApiField(() => Int, { description: 'Claims the extractor drafted' }) drafted: number;
  @ApiField(() => Int) acceptedUnchanged: number;
  @ApiField(() => Int) acceptedEdited: number;
  @ApiField(() => Int) rejected: number;
  @ApiField(() => Int, { description: 'Claims the editor added by hand (and published)' }) added: number;
  @ApiField(() => Float, { nullable: true, optional: true, description: '(acceptedUnchanged + acceptedEdited) / drafted: precision as editors measure it' })
  acceptanceRate: number | null;
  @ApiField(() => Float, { nullable: true, optional: true, description: 'added / (accepted + added): what the extractor missed' })
  handAddedRate: number | null;
}

@ObjectType('AcceptanceByKind')
export class AcceptanceByKindModel extends AcceptanceCountsModel {
  @ApiField({ description: 'The drafted claim kind (an added claim: its own)' }) kind: string;
}

@ObjectType('AcceptanceByFormat')
export class AcceptanceByFormatModel extends AcceptanceCountsModel {
  @ApiField() format: string;
}

@ObjectType('AcceptanceByPeriod')
export class AcceptanceByPeriodModel extends AcceptanceCountsModel {
  @ApiField({ description: 'First day of the period (UTC), YYYY-MM-DD' }) period: string;
}

@ObjectType('EditedFieldCount')
export class EditedFieldCountModel {
  @ApiField() field: string;
  @ApiField(() => Int) count: number;
}

/** How often drafted claims were published as drafted, after an edit, or rejected, over published drafts. */
@ObjectType('ExtractionStats')
export class ExtractionStatsModel extends AcceptanceCountsModel {
  @ApiField(() => String, { nullable: true, optional: true }) from: string | null;
  @ApiField(() => String, { nullable: true, optional: true }) to: string | null;
  @ApiField({ openApi: { enum: ['day', 'week', 'month'] } }) bucket: string;
  @ApiField(() => [AcceptanceByKindModel]) byKind: AcceptanceByKindModel[];
  @ApiField(() => [AcceptanceByFormatModel]) byFormat: AcceptanceByFormatModel[];
  @ApiField(() => [AcceptanceByPeriodModel]) overTime: AcceptanceByPeriodModel[];
  @ApiField(() => [EditedFieldCountModel], { description: 'Fields changed on accepted drafted claims, most first' })
  editedFields: EditedFieldCountModel[];
}
