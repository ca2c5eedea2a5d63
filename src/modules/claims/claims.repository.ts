import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Environment } from '../../config/environment.js';
import { Prisma } from '../../generated/prisma/client.js';
import { PrismaService } from '../../infra/database/prisma.service.js';
import type { ClaimCriteria, ClaimRow } from './claims.types.js';

export type ClaimParent = 'source' | 'criterion' | 'useCase' | 'technology';

/** How claims hang off each parent kind (fixed fragments only). */
const PARENT_JOINS: Record<ClaimParent, Prisma.Sql> = {
  source: Prisma.sql`JOIN source p ON p.id = c.source_id`,
  criterion: Prisma.sql`JOIN criterion p ON p.id = c.criterion_id`,
  useCase: Prisma.sql`JOIN use_case p ON p.id = c.use_case_id`,
  technology: Prisma.sql`JOIN technology p ON p.id = c.technology_id`,
};

/** The text a claim is searched by: a stored generated column with a GIN index. */
const CLAIM_DOCUMENT = Prisma.sql`c.search_vector`;

/** `source s`'s date as text at the precision the source stated it: statedDate's rule (refs.model.ts), in SQL. */
const STATED_PUBLISHED_AT = Prisma.sql`CASE s.published_precision WHEN 'YEAR' THEN to_char(s.published_on, 'YYYY') WHEN 'MONTH' THEN to_char(s.published_on, 'YYYY-MM') ELSE to_char(s.published_on, 'YYYY-MM-DD') END`;

@Injectable()
export class ClaimsRepository {
  /** How many claims a full-text page walks in id order before it falls back to the GIN index. */
  private readonly textWalk: number;

  constructor(
    private readonly prisma: PrismaService,
    config: ConfigService<Environment, true>,
  ) {
    this.textWalk = config.get('KB_TEXT_WALK_ROWS', { infer: true });
  }

  /**
   * One page in id order (keyset: ids after `afterId`). Taxonomy references come back as ids
   * (the service names them from its in-memory taxonomy index): joining the four taxonomy
   * lookups made planning this statement cost 7-8 ms at a million claims against ~1 ms to run
   * it (bench:scale); claim and source alone plan in ~0.3 ms.
   */
  async list(criteria: ClaimCriteria, afterId: number | null, limit: number): Promise<ClaimRow[]> {
    if (criteria.text) return this.listMatchingText(criteria, afterId, limit);
    const where = this.conditions(criteria);
    if (afterId !== null) where.push(Prisma.sql`c.id > ${afterId}`);
    return this.page(where, limit, undefined);
  }

  /**
   * A full-text page. For common terms PostgreSQL underestimates the matches (974 estimated,
   * 30,286 found at a million claims) and reads every match through the GIN index before
   * sorting for the first 50: ~170 ms. So first walk the next `textWalk` claims in id order and
   * filter them (the page fills after a few hundred rows when the term is common); only if the
   * walk finds too few does the index plan run, from where the walk stopped (cheap exactly
   * when matches are rare). The walk's LIMIT keeps the planner from reordering it.
   */
  private async listMatchingText(criteria: ClaimCriteria, afterId: number | null, limit: number): Promise<ClaimRow[]> {
    const where = this.conditions(criteria);
    const after = afterId ?? 0;
    const [walk] = await this.prisma.readRows<{ ids: number[]; lastId: number | null }>(Prisma.sql`
      SELECT ARRAY(SELECT c.id FROM (SELECT * FROM claim WHERE id > ${after} ORDER BY id LIMIT ${this.textWalk}) c
                   JOIN source s ON s.id = c.source_id
                   WHERE ${Prisma.join(where, ' AND ')} ORDER BY c.id LIMIT ${limit}) AS ids,
             (SELECT max(id) FROM (SELECT id FROM claim WHERE id > ${after} ORDER BY id LIMIT ${this.textWalk}) w) AS "lastId"`);
    const found = walk.ids.length ? await this.page([Prisma.sql`c.id = ANY(${walk.ids}::int[])`], walk.ids.length, criteria.text) : [];
    if (found.length === limit || walk.lastId === null) return found;
    const rest = await this.page([...where, Prisma.sql`c.id > ${walk.lastId}`], limit - found.length, criteria.text);
    return [...found, ...rest];
  }

  private page(where: Prisma.Sql[], limit: number, text: string | undefined): Promise<ClaimRow[]> {
    // One round trip per page. The page's claims are picked first, then their mentions are read
    // for the page at once and grouped: a subquery per row cost PostgreSQL more than the rest
    // of the statement on small tables (the planner scans a small claim_mention per row), and
    // the same at 1M claims. The source's date arrives as text at its stated precision
    // (statedDate's rule, in SQL): no Date parsed and formatted again per row.
    return this.prisma.readRows<ClaimRow>(Prisma.sql`
      WITH page AS (
        SELECT c.id, lower(c.kind::text) AS "kind", c.statement, c.quote, c.quote_start AS "quoteStart", c.quote_end AS "quoteEnd",
               c.rating, c.score, lower(c.outcome::text) AS "outcome", c.question, c.answer, c.qualifiers,
               s.slug AS "sourceSlug", s.title AS "sourceTitle", ${STATED_PUBLISHED_AT} AS "publishedAt",
               c.criterion_id AS "criterionId", c.use_case_id AS "useCaseId", c.technology_id AS "technologyId", c.winner_id AS "winnerId",
               ${text ? Prisma.sql`ts_headline('english', c.quote, websearch_to_tsquery('english', ${text}), 'StartSel=<b>, StopSel=</b>, MaxFragments=2')` : Prisma.sql`NULL::text`} AS "snippet"
        FROM claim c
        JOIN source s ON s.id = c.source_id
        ${where.length ? Prisma.sql`WHERE ${Prisma.join(where, ' AND ')}` : Prisma.empty}
        ORDER BY c.id
        LIMIT ${limit}
      )
      SELECT page.*, coalesce(mentions.ids, '{}') AS "mentionIds"
      FROM page
      LEFT JOIN (
        SELECT m.claim_id, array_agg(m.technology_id ORDER BY m.technology_id) AS ids
        FROM claim_mention m
        WHERE m.claim_id IN (SELECT id FROM page)
        GROUP BY m.claim_id
      ) mentions ON mentions.claim_id = page.id
      ORDER BY page.id`);
  }

  /**
   * A page of full-text matches by relevance (ts_rank, then id), from `offset`: the ranking
   * picks the ids, then the page statement reads them (with snippets) and they keep the rank order.
   */
  async rankedPage(criteria: ClaimCriteria & { text: string }, offset: number, limit: number): Promise<ClaimRow[]> {
    const where = this.conditions(criteria);
    const ranked = await this.prisma.readRows<{ id: number }>(Prisma.sql`
      SELECT c.id FROM claim c JOIN source s ON s.id = c.source_id
      WHERE ${Prisma.join(where, ' AND ')}
      ORDER BY ts_rank(${CLAIM_DOCUMENT}, websearch_to_tsquery('english', ${criteria.text})) DESC, c.id
      LIMIT ${limit} OFFSET ${offset}`);
    if (!ranked.length) return [];
    const rows = await this.page([Prisma.sql`c.id = ANY(${ranked.map((r) => r.id)}::int[])`], ranked.length, criteria.text);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ranked.map((r) => byId.get(r.id)).filter((r): r is ClaimRow => r !== undefined);
  }

  async count(criteria: ClaimCriteria): Promise<number> {
    const where = this.conditions(criteria);
    const [row] = await this.prisma.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM claim c JOIN source s ON s.id = c.source_id
      ${where.length ? Prisma.sql`WHERE ${Prisma.join(where, ' AND ')}` : Prisma.empty}`;
    return row.count;
  }

  /**
   * The first `perParent` claims (id order) of each parent, for all parents in one statement:
   * what per-request DataLoaders batch nested list fields into.
   */
  async firstPerParent(parent: ClaimParent, slugs: readonly string[], perParent: number, kinds?: string[]): Promise<(ClaimRow & { parentSlug: string })[]> {
    const ranked = await this.prisma.$queryRaw<{ id: number; parentSlug: string }[]>`
      SELECT id, "parentSlug" FROM (
        SELECT c.id, p.slug AS "parentSlug", row_number() OVER (PARTITION BY p.slug ORDER BY c.id) AS position
        FROM claim c ${PARENT_JOINS[parent]}
        WHERE p.slug = ANY(${[...slugs]}::text[])
        ${kinds ? Prisma.sql`AND c.kind::text = ANY(${kinds.map((k) => k.toUpperCase())}::text[])` : Prisma.empty}
      ) ranked WHERE position <= ${perParent} ORDER BY id`;
    const rows = await this.byIds(ranked.map((r) => r.id));
    const parentOf = new Map(ranked.map((r) => [r.id, r.parentSlug]));
    return rows.map((r) => ({ ...r, parentSlug: parentOf.get(r.id)! }));
  }

  /** Claims by id, in id order (for ranked lists that keep their own order). */
  async byIds(ids: number[]): Promise<ClaimRow[]> {
    return ids.length ? this.list({ ids }, null, ids.length) : [];
  }

  async findById(id: number): Promise<ClaimRow | null> {
    return (await this.byIds([id]))[0] ?? null;
  }

  /** The WHERE conditions of claims matching `c` (claim as `c`, its source joined as `s`); statistics count by the same. */
  conditions(c: ClaimCriteria): Prisma.Sql[] {
    const where: Prisma.Sql[] = [];
    if (c.ids) where.push(Prisma.sql`c.id = ANY(${c.ids}::int[])`);
    if (c.criterionIds) where.push(Prisma.sql`c.criterion_id = ANY(${c.criterionIds}::int[])`);
    if (c.useCaseIds) where.push(Prisma.sql`c.use_case_id = ANY(${c.useCaseIds}::int[])`);
    if (c.winnerIds) where.push(Prisma.sql`c.winner_id = ANY(${c.winnerIds}::int[])`);
    if (c.kinds) where.push(Prisma.sql`c.kind::text = ANY(${c.kinds.map((k) => k.toUpperCase())}::text[])`);
    if (c.sourceKeys) where.push(Prisma.sql`(s.slug = ANY(${c.sourceKeys}::text[]) OR s.external_id = ANY(${c.sourceKeys}::text[]))`);
    if (c.technologyIds) {
      where.push(Prisma.sql`(c.technology_id = ANY(${c.technologyIds}::int[]) OR c.winner_id = ANY(${c.technologyIds}::int[])
        OR EXISTS (SELECT 1 FROM claim_mention m WHERE m.claim_id = c.id AND m.technology_id = ANY(${c.technologyIds}::int[])))`);
    }
    const undated = c.includeUndated ? Prisma.sql`s.published_on IS NULL OR ` : Prisma.empty;
    if (c.publishedFrom) where.push(Prisma.sql`(${undated}s.published_on >= ${c.publishedFrom}::date)`);
    if (c.publishedUntil) where.push(Prisma.sql`(${undated}s.published_on <= ${c.publishedUntil}::date)`);
    for (const id of c.comparingIds ?? []) {
      where.push(Prisma.sql`EXISTS (SELECT 1 FROM source_technology st WHERE st.source_id = c.source_id AND st.technology_id = ${id})`);
    }
    if (c.text) where.push(Prisma.sql`${CLAIM_DOCUMENT} @@ websearch_to_tsquery('english', ${c.text})`);
    return where;
  }
}
