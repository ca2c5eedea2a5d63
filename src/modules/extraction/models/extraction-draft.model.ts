import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('DraftSource')
export class DraftSourceModel {
  @ApiProperty() @Field() slug: string;
  @ApiProperty() @Field() title: string;
  @ApiPropertyOptional({ type: String, nullable: true }) @Field(() => String, { nullable: true }) author: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @Field(() => String, { nullable: true }) publisher: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD' }) @Field(() => String, { nullable: true }) publishedAt: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @Field(() => String, { nullable: true }) url: string | null;
  @ApiProperty({ type: String, isArray: true }) @Field(() => [String]) compares: string[];
  @ApiProperty({ description: 'The reader text every quote stands in' }) @Field() body: string;
}

@ObjectType('DraftClaim')
export class DraftClaimModel {
  @ApiProperty() @Field() key: string;
  @ApiProperty() @Field() kind: string;
  @ApiProperty() @Field() statement: string;
  @ApiProperty() @Field() quote: string;
  @ApiPropertyOptional({ type: Number }) @Field(() => Int, { nullable: true }) occurrence?: number;
  @ApiPropertyOptional({ type: String, nullable: true }) @Field(() => String, { nullable: true }) technology?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @Field(() => String, { nullable: true }) criterion?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @Field(() => String, { nullable: true }) useCase?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @Field(() => String, { nullable: true }) winner?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @Field(() => String, { nullable: true }) outcome?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @Field(() => String, { nullable: true }) rating?: string | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) @Field(() => Float, { nullable: true }) score?: number | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @Field(() => String, { nullable: true }) question?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @Field(() => String, { nullable: true }) answer?: string | null;
  @ApiPropertyOptional({ type: String, isArray: true }) @Field(() => [String], { nullable: true }) related?: string[];
  @ApiPropertyOptional({ type: String, isArray: true }) @Field(() => [String], { nullable: true }) qualifiers?: string[];
}

@ObjectType('DraftTechnology')
export class DraftTechnologyModel {
  @ApiProperty() @Field() slug: string;
  @ApiProperty() @Field() name: string;
  @ApiProperty() @Field() kind: string;
  @ApiPropertyOptional({ type: String, nullable: true }) @Field(() => String, { nullable: true }) parent: string | null;
  @ApiProperty({ type: String, isArray: true }) @Field(() => [String]) aliases: string[];
  @ApiProperty({ type: String, isArray: true }) @Field(() => [String]) keywords: string[];
}

@ObjectType('DraftCriterion')
export class DraftCriterionModel {
  @ApiProperty() @Field() slug: string;
  @ApiProperty() @Field() name: string;
  @ApiProperty() @Field() category: string;
  @ApiProperty() @Field() description: string;
  @ApiProperty({ type: String, isArray: true }) @Field(() => [String]) aliases: string[];
}

@ObjectType('DraftUseCase')
export class DraftUseCaseModel {
  @ApiProperty() @Field() slug: string;
  @ApiProperty() @Field() name: string;
  @ApiProperty({ type: String, isArray: true }) @Field(() => [String]) aliases: string[];
}

@ObjectType('DraftTaxonomy')
export class DraftTaxonomyModel {
  @ApiProperty({ type: () => DraftTechnologyModel, isArray: true }) @Field(() => [DraftTechnologyModel]) technologies: DraftTechnologyModel[];
  @ApiProperty({ type: () => DraftCriterionModel, isArray: true }) @Field(() => [DraftCriterionModel]) criteria: DraftCriterionModel[];
  @ApiProperty({ type: () => DraftUseCaseModel, isArray: true }) @Field(() => [DraftUseCaseModel]) useCases: DraftUseCaseModel[];
}

/** A draft annotation: `source` and `claims` as POST /api/sources accepts them, plus taxonomy additions. */
@ObjectType('ExtractionDraft')
export class ExtractionDraftModel {
  @ApiProperty({ type: () => DraftSourceModel }) @Field(() => DraftSourceModel) source: DraftSourceModel;
  @ApiProperty({ type: () => DraftClaimModel, isArray: true }) @Field(() => [DraftClaimModel]) claims: DraftClaimModel[];
  @ApiProperty({ type: () => DraftTaxonomyModel }) @Field(() => DraftTaxonomyModel) taxonomy: DraftTaxonomyModel;
}
