import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length, Matches, MaxLength, ValidateNested } from 'class-validator';

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const TECHNOLOGY_KINDS = ['language', 'runtime', 'framework', 'library', 'database', 'tool', 'platform', 'protocol', 'package-registry', 'service'] as const;
export const CRITERION_CATEGORIES = ['performance', 'architecture', 'ecosystem', 'developer-experience', 'ai-and-data', 'operations', 'career', 'security', 'community', 'overall'] as const;

abstract class TaxonomyEntryDto {
  @Matches(SLUG_PATTERN, { message: 'slug must be lowercase kebab-case' })
  @Length(1, 80)
  slug: string;

  @IsString()
  @Length(1, 120)
  name: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(120, { each: true })
  aliases: string[] = [];

  /** Domain vocabulary a user's need may use for this entry ("dataframes"); not names. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(120, { each: true })
  keywords: string[] = [];
}

export class TechnologyEntryDto extends TaxonomyEntryDto {
  @IsIn(TECHNOLOGY_KINDS)
  kind: (typeof TECHNOLOGY_KINDS)[number];

  @IsOptional()
  @Matches(SLUG_PATTERN)
  parent?: string | null;
}

export class CriterionEntryDto extends TaxonomyEntryDto {
  @IsIn(CRITERION_CATEGORIES)
  category: (typeof CRITERION_CATEGORIES)[number];

  @IsOptional()
  @IsString()
  @MaxLength(1000)
  description = '';
}

export class UseCaseEntryDto extends TaxonomyEntryDto {}

export class TechnologiesFileDto {
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => TechnologyEntryDto)
  technologies: TechnologyEntryDto[];
}

export class CriteriaFileDto {
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CriterionEntryDto)
  criteria: CriterionEntryDto[];
}

export class UseCasesFileDto {
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => UseCaseEntryDto)
  useCases: UseCaseEntryDto[];
}
