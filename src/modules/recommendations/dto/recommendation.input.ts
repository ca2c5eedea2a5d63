import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { applyDecorators } from '@nestjs/common';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, Length, Matches } from 'class-validator';
import { TECHNOLOGY_REFERENCE } from '../../taxonomy/lookup-key.js';

const toList = ({ value }: { value: unknown }) => (typeof value === 'string' ? [value] : value);

/** 1-10 needs of 2-300 characters; a single query parameter arrives as a string. */
const AreNeeds = () =>
  applyDecorators(Transform(toList), IsArray(), ArrayMinSize(1, { message: 'give at least one need' }), ArrayMaxSize(10), IsString({ each: true }), Length(2, 300, { each: true }));
const toCommaList = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').map((v) => v.trim()).filter(Boolean) : value);
/** Restricts the candidates to 2-10 technologies. */
const AreCandidates = () =>
  applyDecorators(IsOptional(), Transform(toCommaList), IsArray(), ArrayMinSize(1), ArrayMaxSize(10), Matches(TECHNOLOGY_REFERENCE, { each: true, message: 'among must list technology slugs or aliases' }));
const IsPreference = () =>
  applyDecorators(IsOptional(), Matches(TECHNOLOGY_REFERENCE, { message: 'prefer must be a technology slug or alias' }));

/** What a team needs, in its own words: `POST /api/recommendations` and GraphQL `recommend`. */
@InputType('RecommendationInput')
export class RecommendationInput {
  @ApiProperty({ type: String, isArray: true, description: 'Free-text needs, e.g. "real-time chat front end", "machine learning features"' })
  @Field(() => [String], { description: 'Free-text needs, e.g. "real-time chat front end", "machine learning features"' })
  @AreNeeds()
  needs: string[];

  @ApiPropertyOptional({ nullable: true, description: "A technology the team prefers (e.g. its language): a tie-breaker, not an override" })
  @Field({ nullable: true, description: "A technology the team prefers (e.g. its language): a tie-breaker, not an override" })
  @IsPreference()
  prefer?: string;

  @ApiPropertyOptional({ type: String, isArray: true, description: 'Consider only these technologies (slugs or aliases); default: every technology with evidence' })
  @Field(() => [String], { nullable: true, description: 'Consider only these technologies (slugs or aliases); default: every technology with evidence' })
  @AreCandidates()
  among?: string[];
}

/** `GET /api/recommendations?need=...&need=...&prefer=...` */
export class RecommendationQueryDto {
  @ApiProperty({ type: String, isArray: true, description: 'A need in free text; repeat the parameter for several needs' })
  @AreNeeds()
  need: string[];

  @ApiPropertyOptional({ description: 'A technology the team prefers: a tie-breaker' })
  @IsPreference()
  prefer?: string;

  @ApiPropertyOptional({ type: String, description: 'Comma-separated technologies to choose between, e.g. nodejs,python' })
  @AreCandidates()
  among?: string[];
}
