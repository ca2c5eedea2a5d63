import { InputType } from '@nestjs/graphql';
import { ApiField } from '../../../common/models/api-field.js';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsStatedDate } from '../../../common/text/stated-date.js';
import { IsWebUrl } from '../../../common/text/web-url.js';
import { SLUG_PATTERN, TaxonomyAdditionsDto } from '../../taxonomy/dto/taxonomy-files.dto.js';
import { ClaimInput } from '../../claims/dto/claim.input.js';

@InputType('SourceMetadataInput')
export class SourceMetadataInput {
  @ApiField(() => String, { optional: true })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/, { message: 'externalId may hold letters, digits, dot, dash and underscore' })
  externalId?: string;

  @ApiField(() => String)
  @Matches(SLUG_PATTERN, { message: 'slug must be lowercase kebab-case' })
  @Length(1, 120)
  slug: string;

  @ApiField(() => String)
  @IsString()
  @Length(1, 300)
  title: string;

  @ApiField(() => String, { optional: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  author?: string | null;

  @ApiField(() => String, { optional: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  publisher?: string | null;

  @ApiField(() => String, { optional: true })
  @IsOptional()
  @IsStatedDate('publishedAt')
  publishedAt?: string | null;

  @ApiField(() => String, { optional: true })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @IsWebUrl()
  @MaxLength(2000)
  url?: string | null;

  @ApiField(() => [String])
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(120, { each: true })
  compares: string[];

  /** The article's full text. Seed files leave it out: it comes from seeds/sources/<externalId>.txt. */
  @ApiField(() => String, { optional: true })
  @IsOptional()
  @IsString()
  @Length(1, 500_000)
  body?: string;
}

/** A source with its claims: the unit of ingestion, all of it or nothing. */
@InputType('IngestSourceInput')
export class IngestSourceInput {
  @ApiField(() => SourceMetadataInput)
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => SourceMetadataInput)
  source: SourceMetadataInput;

  @ApiField(() => [ClaimInput])
  @IsDefined()
  @IsArray()
  @IsObject({ each: true })
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => ClaimInput)
  claims: ClaimInput[];

  /** Technologies, criteria and use cases the claims name that the taxonomy may not know yet. */
  @ApiField(() => TaxonomyAdditionsDto, { optional: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => TaxonomyAdditionsDto)
  taxonomy?: TaxonomyAdditionsDto;
}
