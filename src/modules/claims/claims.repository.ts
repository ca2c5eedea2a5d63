import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Environment } from '../../config/environment.js';
import { Prisma } from '../../generated/prisma/client.js';
import { PrismaService } from '../../infra/database/prisma.service.js';
import { textHeadline } from '../../infra/database/text-headline.js';
import { ALL_CLAIM_FIELDS, type ClaimField } from './claim-fields.js';
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

const column = (read: Prisma.Sql, absent: Prisma.Sql) => ({ read, absent });

/**
 * Each claim field's columns in a page's select list, and the typed NULLs of the same names that
 * stand in for them when the reader did not ask for the field: rows keep one shape, and
 * PostgreSQL reads and sends only what a GraphQL query selects (for `id quote source technology`
 * on the seeded data, about a third of the full statement's cost: pgbench). `id` is always read
 * (keys, cursors); `related` is the mentions join and `snippet` the highlighted passage (page()).
 */
const FIELD_COLUMNS: Record<Exclude<ClaimField, 'id' | 'related' | 'snippet'>, { read: Prisma.Sql; absent: Prisma.Sql }> = {
  kind: column(Prisma.sql`lower(c.kind::text) AS "kind"`, Prisma.sql`NULL::text AS "kind"`),
  statement: column(Prisma.sql`c.statement`, Prisma.sql`NULL::text AS statement`),
  quote: column(Prisma.sql`c.quote`, Prisma.sql`NULL::text AS quote`),
  quoteStart: column(Prisma.sql`c.quote_start AS "quoteStart"`, Prisma.sql`NULL::int AS "quoteStart"`),
  quoteEnd: column(Prisma.sql`c.quote_end AS "quoteEnd"`, Prisma.sql`NULL::int AS "quoteEnd"`),
  rating: column(Prisma.sql`c.rating`, Prisma.sql`NULL::text AS rating`),
  score: column(Prisma.sql`c.score`, Prisma.sql`NULL::float8 AS score`),
  outcome: column(Prisma.sql`lower(c.outcome::text) AS "outcome"`, Prisma.sql`NULL::text AS "outcome"`),
  question: column(Prisma.sql`c.question`, Prisma.sql`NULL::text AS question`),
  answer: column(Prisma.sql`c.answer`, Prisma.sql`NULL::text AS answer`),
  qualifiers: column(Prisma.sql`to_json(c.qualifiers) AS qualifiers`, Prisma.sql`NULL::json AS qualifiers`),
  source: column(
    Prisma.sql`s.slug AS "sourceSlug", s.title AS "sourceTitle", ${STATED_PUBLISHED_AT} AS "publishedAt"`,
    Prisma.sql`NULL::text AS "sourceSlug", NULL::text AS "sourceTitle", NULL::text AS "publishedAt"`,
  ),
  criterion: column(Prisma.sql`c.criterion_id AS "criterionId"`, Prisma.sql`NULL::int AS "criterionId"`),
  useCase: column(Prisma.sql`c.use_case_id AS "useCaseId"`, Prisma.sql`NULL::int AS "useCaseId"`),
  technology: column(Prisma.sql`c.technology_id AS "technologyId"`, Prisma.sql`NULL::int AS "technologyId"`),
  winner: column(Prisma.sql`c.winner_id AS "winnerId"`, Prisma.sql`NULL::int AS "winnerId"`),
};
const FIELD_COLUMN_LIST = Object.entries(FIELD_COLUMNS) as [ClaimField, { read: Prisma.Sql; absent: Prisma.Sql }][];

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
  async list(criteria: ClaimCriteria, afterId: number | null, limit: number, fields: ReadonlySet<ClaimField> = ALL_CLAIM_FIELDS): Promise<ClaimRow[]> {
    if (criteria.text) return this.listMatchingText(criteria, afterId, limit, fields);
    const where = this.conditions(criteria);
    if (afterId !== null) where.push(Prisma.sql`c.id > ${afterId}`);
    return this.page(where, limit, undefined, fields);
  }

  /**
   * A full-text page. For common terms PostgreSQL underestimates the matches (974 estimated,
   * 30,286 found at a million claims) and reads every match through the GIN index before
   * sorting for the first 50: ~170 ms. So first walk the next `textWalk` claims in id order and
   * filter them (the page fills after a few hundred rows when the term is common); only if the
   * walk finds too few does the index plan run, from where the walk stopped (cheap exactly
   * when matches are rare). The walk's LIMIT keeps the planner from reordering it.
   */
  private async listMatchingText(criteria: ClaimCriteria, afterId: number | null, limit: number, fields: ReadonlySet<ClaimField>): Promise<ClaimRow[]> {
    const where = this.conditions(criteria);
    const after = afterId ?? 0;
    const [walk] = await this.prisma.readRows<{ ids: number[]; lastId: number | null }>(Prisma.sql`
      SELECT ARRAY(SELECT c.id FROM (SELECT * FROM claim WHERE id > ${after} ORDER BY id LIMIT ${this.textWalk}) c
                   JOIN source s ON s.id = c.source_id
                   WHERE ${Prisma.join(where, ' AND ')} ORDER BY c.id LIMIT ${limit}) AS ids,
             (SELECT max(id) FROM (SELECT id FROM claim WHERE id > ${after} ORDER BY id LIMIT ${this.textWalk}) w) AS "lastId"`);
    const found = walk.ids.length ? await this.page([Prisma.sql`c.id = ANY(${walk.ids}::int[])`], walk.ids.length, criteria.text, fields) : [];
    if (found.length === limit || walk.lastId === null) return found;
    const rest = await this.page([...where, Prisma.sql`c.id > ${walk.lastId}`], limit - found.length, criteria.text, fields);
    return [...found, ...rest];
  }

  /**
   * One round trip per page, reading the columns of `fields` (FIELD_COLUMNS). With `related`,
   * the page's claims are picked first, then their mentions are read for the page at once and
   * grouped: a subquery per row cost PostgreSQL more than the rest of the statement on small
   * tables (the planner scans a small claim_mention per row), and the same at 1M claims. The
   * source's date arrives as text at its stated precision (statedDate's rule, in SQL): no Date
   * parsed and formatted again per row. Arrays arrive as JSON: pg reads JSON with JSON.parse,
   * while its parser of PostgreSQL's array literals made ~15% of a REST page's allocations
   * (sampling heap profile, 50-claim pages), most of them for empty arrays.
   */
  private page(where: Prisma.Sql[], limit: number, text: string | undefined, fields: ReadonlySet<ClaimField>): Promise<ClaimRow[]> {
    const columns = Prisma.join(FIELD_COLUMN_LIST.map(([field, c]) => (fields.has(field) ? c.read : c.absent)), ', ');
    const snippet =
      text && fields.has('snippet')
        ? textHeadline(Prisma.sql`c.quote`, Prisma.sql`websearch_to_tsquery('english', ${text})`)
        : Prisma.sql`NULL::text`;
    const related = fields.has('related');
    const picked = Prisma.sql`
        SELECT c.id, c.version, ${columns}, ${snippet} AS "snippet"${related ? Prisma.empty : Prisma.sql`, '[]'::json AS "mentionIds"`}
        FROM claim c
        JOIN source s ON s.id = c.source_id
        ${where.length ? Prisma.sql`WHERE ${Prisma.join(where, ' AND ')}` : Prisma.empty}
        ORDER BY c.id
        LIMIT ${limit}`;
    if (!related) return this.prisma.readRows<ClaimRow>(picked);
    return this.prisma.readRows<ClaimRow>(Prisma.sql`
      WITH page AS (${picked})
      SELECT page.*, coalesce(to_json(mentions.ids), '[]'::json) AS "mentionIds"
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
    const rows = await this.page([Prisma.sql`c.id = ANY(${ranked.map((r) => r.id)}::int[])`], ranked.length, criteria.text, ALL_CLAIM_FIELDS);
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

  /** The row versions of claims by id (those stored). */
  async versions(ids: number[]): Promise<Map<number, number>> {
    const rows = await this.prisma.claim.findMany({ where: { id: { in: ids } }, select: { id: true, version: true } });
    return new Map(rows.map((r) => [r.id, r.version]));
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
