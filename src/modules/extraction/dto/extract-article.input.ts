import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { SLUG_PATTERN } from '../../taxonomy/dto/taxonomy-files.dto.js';
import { ARTICLE_FORMATS, type ArticleFormat } from '../reader/reader-text.js';

/** The largest article accepted: the body a source may hold (ingest-source.dto.ts) with room for markup. */
export const MAX_ARTICLE_LENGTH = 1_000_000;

/** An article to draft an annotation from (REST body and GraphQL input alike). */
@InputType('ExtractArticleInput')
export class ExtractArticleInput {
  @ApiProperty({ type: String, description: 'The article: HTML, Markdown (front matter allowed) or plain text' })
  @Field(() => String)
  @IsString()
  @Length(1, MAX_ARTICLE_LENGTH)
  @Matches(/\S/, { message: 'content must not be blank' })
  content: string;

  @ApiProperty({ type: String, enum: ARTICLE_FORMATS })
  @Field(() => String)
  @IsIn(ARTICLE_FORMATS, { message: `format must be one of ${ARTICLE_FORMATS.join(', ')}` })
  format: ArticleFormat;

  @ApiPropertyOptional({ type: String, description: 'Slug for the draft source (default: from the title)' })
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: 'slug must be lowercase kebab-case' })
  @Length(1, 120)
  slug?: string;
}
