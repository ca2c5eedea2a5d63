import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { InputType, Int } from '@nestjs/graphql';
import { ApiField } from '../../../common/models/api-field.js';
import { Transform, Type } from 'class-transformer';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, PAGE_SIZE_POLICY } from '../../../common/pagination/page-size.js';
import { applyDecorators } from '@nestjs/common';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { splitReferenceList, TECHNOLOGY_REFERENCE, TECHNOLOGY_REFERENCE_MESSAGE, technologyReferenceList } from '../../taxonomy/lookup-key.js';

const toList = ({ value }: { value: unknown }) => (typeof value === 'string' ? [value] : value);

/** 1-10 needs of 2-300 characters (the explorer's form checks its needs with it too). */
export const AreNeeds = () => applyDecorators(IsArray(), ArrayMinSize(1, { message: 'give at least one need' }), ArrayMaxSize(10), IsString({ each: true }), Length(2, 300, { each: true }));
/**
 * The same in a query string, where one `need=` arrives as a string. Only there: a JSON body
 * whose `needs` is a string breaks the documented array type and is refused.
 */
const AreQueryNeeds = () => applyDecorators(Transform(toList), AreNeeds());
const MAX_CANDIDATES = 10;
/** Restricts the candidates to 1-10 technologies: a JSON array in a body. */
const AreCandidates = () =>
  applyDecorators(IsOptional(), IsArray(), ArrayMinSize(1), ArrayMaxSize(MAX_CANDIDATES), Matches(TECHNOLOGY_REFERENCE, { each: true, message: `among: each ${TECHNOLOGY_REFERENCE_MESSAGE}` }));
/**
 * The same in a query string: one comma-separated value, checked as the documented list pattern
 * before it is split (an empty item, `a,,b`, is refused, not dropped).
 */
const CANDIDATE_LIST = technologyReferenceList(MAX_CANDIDATES);
const AreQueryCandidates = () =>
  applyDecorators(
    IsOptional(),
    IsString({ message: 'among must be one comma-separated value' }),
    Matches(CANDIDATE_LIST, { message: `among must be 1-${MAX_CANDIDATES} comma-separated technologies; each ${TECHNOLOGY_REFERENCE_MESSAGE}` }),
  );
/** How many technologies the ranking holds: the page-size policy of both transports (REST `limit`, GraphQL `first`). */
const IsRankingSize = (field: string) => applyDecorators(IsOptional(), Type(() => Number), IsInt({ message: `${field} must be an integer` }), Min(1), Max(MAX_PAGE_SIZE));
const RANKING_SIZE = `Technologies in the ranking, highest score first (rankingTotal says how many have evidence). ${PAGE_SIZE_POLICY}`;
const IsPreference = () => applyDecorators(IsOptional(), IsString(), Matches(TECHNOLOGY_REFERENCE, { message: `prefer ${TECHNOLOGY_REFERENCE_MESSAGE}` }));

/** What a team needs, in its own words: `POST /api/recommendations` and GraphQL `recommend`. */
@InputType('RecommendationInput')
export class RecommendationInput {
  @ApiField(() => [String], { description: 'Free-text needs, e.g. "real-time chat front end", "machine learning features"' })
  @AreNeeds()
  needs: string[];

  @ApiField({ nullable: true, optional: true, description: "A technology the team prefers (e.g. its language): a tie-breaker, not an override" })
  @IsPreference()
  prefer?: string;

  @ApiField(() => [String], { optional: true, description: 'Consider only these technologies (slugs or aliases); default: every technology with evidence' })
  @AreCandidates()
  among?: string[];

  @ApiField(() => Int, { nullable: true, optional: true, openApi: { minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE }, description: RANKING_SIZE, graphqlName: 'first' })
  @IsRankingSize('first')
  limit?: number | null;
}

/** `GET /api/recommendations?need=...&need=...&prefer=...` */
export class RecommendationQueryDto {
  @ApiProperty({ type: String, isArray: true, description: 'A need in free text; repeat the parameter for several needs' })
  @AreQueryNeeds()
  need: string[];

  @ApiPropertyOptional({ description: 'A technology the team prefers: a tie-breaker' })
  @IsPreference()
  prefer?: string;

  @ApiPropertyOptional({ type: String, description: 'Comma-separated technologies to choose between, e.g. nodejs,python' })
  @AreQueryCandidates()
  among?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE, description: RANKING_SIZE })
  @IsRankingSize('limit')
  limit?: number;
}

/** The query's list as the body's array. */
export function candidatesOf(among: string | undefined): string[] | undefined {
  return among === undefined ? undefined : splitReferenceList(among);
}
