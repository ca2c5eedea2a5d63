import { Float, Int, ObjectType } from '@nestjs/graphql';
import { ApiField } from '../../../common/models/api-field.js';

@ObjectType('DraftSource')
export class DraftSourceModel {
  @ApiField() slug: string;
  @ApiField() title: string;
  @ApiField(() => String, { nullable: true, optional: true }) author: string | null;
  @ApiField(() => String, { nullable: true, optional: true }) publisher: string | null;
  @ApiField(() => String, { nullable: true, optional: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD' }) publishedAt: string | null;
  @ApiField(() => String, { nullable: true, optional: true }) url: string | null;
  @ApiField(() => [String]) compares: string[];
  @ApiField({ description: 'The reader text every quote stands in' }) body: string;
}

@ObjectType('DraftClaim')
export class DraftClaimModel {
  @ApiField() key: string;
  @ApiField() kind: string;
  @ApiField() statement: string;
  @ApiField() quote: string;
  @ApiField(() => Int, { optional: true }) occurrence?: number;
  @ApiField(() => String, { nullable: true, optional: true }) technology?: string | null;
  @ApiField(() => String, { nullable: true, optional: true }) criterion?: string | null;
  @ApiField(() => String, { nullable: true, optional: true }) useCase?: string | null;
  @ApiField(() => String, { nullable: true, optional: true }) winner?: string | null;
  @ApiField(() => String, { nullable: true, optional: true }) outcome?: string | null;
  @ApiField(() => String, { nullable: true, optional: true }) rating?: string | null;
  @ApiField(() => Float, { nullable: true, optional: true }) score?: number | null;
  @ApiField(() => String, { nullable: true, optional: true }) question?: string | null;
  @ApiField(() => String, { nullable: true, optional: true }) answer?: string | null;
  @ApiField(() => [String], { optional: true }) related?: string[];
  @ApiField(() => [String], { optional: true }) qualifiers?: string[];
}

@ObjectType('DraftTechnology')
export class DraftTechnologyModel {
  @ApiField() slug: string;
  @ApiField() name: string;
  @ApiField() kind: string;
  @ApiField(() => String, { nullable: true, optional: true }) parent: string | null;
  @ApiField(() => [String]) aliases: string[];
  @ApiField(() => [String]) keywords: string[];
}

@ObjectType('DraftCriterion')
export class DraftCriterionModel {
  @ApiField() slug: string;
  @ApiField() name: string;
  @ApiField() category: string;
  @ApiField() description: string;
  @ApiField(() => [String]) aliases: string[];
}

@ObjectType('DraftUseCase')
export class DraftUseCaseModel {
  @ApiField() slug: string;
  @ApiField() name: string;
  @ApiField(() => [String]) aliases: string[];
}

@ObjectType('DraftTaxonomy')
export class DraftTaxonomyModel {
  @ApiField(() => [DraftTechnologyModel]) technologies: DraftTechnologyModel[];
  @ApiField(() => [DraftCriterionModel]) criteria: DraftCriterionModel[];
  @ApiField(() => [DraftUseCaseModel]) useCases: DraftUseCaseModel[];
}

/** A draft annotation: `source` and `claims` as POST /api/sources accepts them, plus taxonomy additions. */
@ObjectType('ExtractionDraft')
export class ExtractionDraftModel {
  @ApiField(() => DraftSourceModel) source: DraftSourceModel;
  @ApiField(() => [DraftClaimModel]) claims: DraftClaimModel[];
  @ApiField(() => DraftTaxonomyModel) taxonomy: DraftTaxonomyModel;
}
