import { InputType } from '@nestjs/graphql';
import { ApiField } from '../../../common/models/api-field.js';
import { IsIn, IsOptional, IsString, Length, Matches, ValidateBy, ValidateIf } from 'class-validator';
import { SLUG_PATTERN } from '../../taxonomy/dto/taxonomy-files.dto.js';
import { ARTICLE_FORMATS, type ArticleFormat } from '../reader/reader-text.js';

/** The largest article accepted: the body a source may hold (ingest-source.dto.ts) with room for markup. */
export const MAX_ARTICLE_LENGTH = 1_000_000;

/** The longest article URL accepted (the longest a source's `url` may be: ingest-source.dto.ts). */
export const MAX_ARTICLE_URL_LENGTH = 2000;

const given = (value: unknown) => value !== undefined && value !== null;

/** An article to draft an annotation from (REST body and GraphQL input alike): its text, or a URL the server fetches. */
@InputType('ExtractArticleInput')
export class ExtractArticleInput {
  @ApiField(() => String, { optional: true, description: 'The article: HTML, Markdown (front matter allowed) or plain text. Give this or url, not both' })
  @ValidateIf((input: ExtractArticleInput) => given(input.content))
  @IsString()
  @Length(1, MAX_ARTICLE_LENGTH)
  @Matches(/\S/, { message: 'content must not be blank' })
  content?: string | null;

  /**
   * Checked when given, and when content is missing too (then its first check says "give one").
   * Scheme and address are checked when fetching (422 URL_NOT_ALLOWED), after every redirect too.
   */
  @ApiField(() => String, { optional: true, openApi: { maxLength: MAX_ARTICLE_URL_LENGTH }, description: 'An http(s) URL the server fetches the article from (public addresses only unless KB_FETCH_ALLOW_HOSTS allows the host); becomes the draft source\'s url. Give this or content, not both' })
  @ValidateIf((input: ExtractArticleInput) => given(input.url) || !given(input.content))
  @ValidateBy({
    name: 'contentOrUrl',
    validator: {
      validate: (_value: unknown, args) => given((args?.object as ExtractArticleInput).content) !== given((args?.object as ExtractArticleInput).url),
      defaultMessage: () => 'give exactly one of content (the article) or url (where to fetch it)',
    },
  })
  @IsString()
  @Length(1, MAX_ARTICLE_URL_LENGTH)
  @ValidateBy({ name: 'isAbsoluteUrl', validator: { validate: (value: unknown) => typeof value === 'string' && URL.canParse(value), defaultMessage: () => 'url must be an absolute URL (https://...)' } })
  url?: string | null;

  @ApiField(() => String, { optional: true, openApi: { enum: ARTICLE_FORMATS }, description: 'Required with content; with url, the default is read from the answer\'s Content-Type' })
  @ValidateIf((input: ExtractArticleInput) => given(input.format) || !given(input.url))
  @IsIn(ARTICLE_FORMATS, { message: `format must be one of ${ARTICLE_FORMATS.join(', ')}` })
  format?: ArticleFormat | null;

  @ApiField(() => String, { optional: true, description: 'Slug for the draft source (default: from the title)' })
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: 'slug must be lowercase kebab-case' })
  @Length(1, 120)
  slug?: string;
}
