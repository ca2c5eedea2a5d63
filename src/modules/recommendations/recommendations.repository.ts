import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/database/prisma.service.js';

export interface MatchedClaimRow {
  id: number;
  useCaseId: number | null;
  criterionId: number | null;
  rank: number;
}

@Injectable()
export class RecommendationsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Claims whose words match any word of a need (OR of its stemmed lexemes), best first.
   * Uses the expression of the claim_search_idx GIN index.
   */
  matchClaims(need: string, limit: number): Promise<MatchedClaimRow[]> {
    return this.prisma.$queryRaw<MatchedClaimRow[]>`
      WITH q AS (SELECT replace(plainto_tsquery('english', ${need})::text, ' & ', ' | ') AS text)
      SELECT c.id, c.use_case_id AS "useCaseId", c.criterion_id AS "criterionId",
             ts_rank_cd(c.search_vector, to_tsquery('english', q.text))::float8 AS rank
      FROM claim c, q
      WHERE q.text <> ''
        AND c.kind IN ('USE_CASE', 'SCENARIO', 'RECOMMENDATION', 'VERDICT', 'PRO', 'CON')
        AND c.search_vector @@ to_tsquery('english', q.text)
      ORDER BY rank DESC, c.id
      LIMIT ${limit}`;
  }

  /** The technologies sources compare: the candidates a recommendation chooses between. */
  async comparedTechnologyIds(): Promise<number[]> {
    const rows = await this.prisma.sourceTechnology.findMany({ distinct: ['technologyId'], select: { technologyId: true } });
    return rows.map((r) => r.technologyId);
  }
}
