import { Injectable } from '@nestjs/common';
import { Prisma } from '../../generated/prisma/client.js';
import { PrismaService } from '../../infra/database/prisma.service.js';
import { ClaimsRepository } from '../claims/claims.repository.js';
import type { ClaimCriteria } from '../claims/claims.types.js';
import type { StatDimension } from './dto/claim-stats-query.dto.js';

/** Each dimension's columns; only these fixed fragments ever reach the SQL (source is always joined: the filters read it). */
const DIMENSIONS: Record<StatDimension, { select: Prisma.Sql; join: Prisma.Sql; group: Prisma.Sql }> = {
  criterion: { select: Prisma.sql`cr.slug AS "criterionSlug", cr.name AS "criterionName"`, join: Prisma.sql`LEFT JOIN criterion cr ON cr.id = c.criterion_id`, group: Prisma.sql`cr.slug, cr.name` },
  technology: { select: Prisma.sql`t.slug AS "technologySlug", t.name AS "technologyName"`, join: Prisma.sql`LEFT JOIN technology t ON t.id = c.technology_id`, group: Prisma.sql`t.slug, t.name` },
  source: { select: Prisma.sql`s.slug AS "sourceSlug", s.title AS "sourceName"`, join: Prisma.empty, group: Prisma.sql`s.slug, s.title` },
  kind: { select: Prisma.sql`lower(c.kind::text) AS "kind"`, join: Prisma.empty, group: Prisma.sql`c.kind` },
  useCase: { select: Prisma.sql`u.slug AS "useCaseSlug", u.name AS "useCaseName"`, join: Prisma.sql`LEFT JOIN use_case u ON u.id = c.use_case_id`, group: Prisma.sql`u.slug, u.name` },
  winner: { select: Prisma.sql`w.slug AS "winnerSlug", w.name AS "winnerName"`, join: Prisma.sql`LEFT JOIN technology w ON w.id = c.winner_id`, group: Prisma.sql`w.slug, w.name` },
  outcome: { select: Prisma.sql`lower(c.outcome::text) AS "outcome"`, join: Prisma.empty, group: Prisma.sql`c.outcome` },
  year: { select: Prisma.sql`to_char(s.published_on, 'YYYY') AS "year"`, join: Prisma.empty, group: Prisma.sql`to_char(s.published_on, 'YYYY')` },
  month: {
    select: Prisma.sql`CASE WHEN s.published_precision::text = 'YEAR' THEN NULL ELSE to_char(s.published_on, 'YYYY-MM') END AS "month"`,
    join: Prisma.empty,
    group: Prisma.sql`CASE WHEN s.published_precision::text = 'YEAR' THEN NULL ELSE to_char(s.published_on, 'YYYY-MM') END`,
  },
};

@Injectable()
export class StatsRepository {
  constructor(
    private readonly prisma: PrismaService,
    private readonly claims: ClaimsRepository,
  ) {}

  claimCounts(dimensions: StatDimension[], criteria: ClaimCriteria): Promise<Record<string, string | number | null>[]> {
    const parts = dimensions.map((d) => DIMENSIONS[d]);
    const joins = parts.map((p) => p.join).filter((j) => j !== Prisma.empty);
    const where = this.claims.conditions(criteria);
    return this.prisma.$queryRaw`
      SELECT ${Prisma.join(parts.map((p) => p.select), ', ')}, count(*)::int AS count
      FROM claim c JOIN source s ON s.id = c.source_id ${joins.length ? Prisma.join(joins, ' ') : Prisma.empty}
      ${where.length ? Prisma.sql`WHERE ${Prisma.join(where, ' AND ')}` : Prisma.empty}
      GROUP BY ${Prisma.join(parts.map((p) => p.group), ', ')}
      ORDER BY count DESC, 1`;
  }
}
