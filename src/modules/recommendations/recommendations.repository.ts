import { Injectable } from '@nestjs/common';
import { Prisma } from '../../generated/prisma/client.js';
import { PrismaService } from '../../infra/database/prisma.service.js';
import type { RelevantClaimRow } from './claim-evidence.js';
import type { WordHits } from './source-ranking.js';
import { DENIAL_SQL_PATTERN } from './denial-words.js';


/** The column naming each kind of topic (fixed fragments only). */
const TOPIC_COLUMNS = { use_case: Prisma.sql`c.use_case_id`, criterion: Prisma.sql`c.criterion_id` };

/** Claim kinds a recommendation reads: evidence, and facts that tie a named library to its side. */
const KNOWLEDGE_KINDS = ['VERDICT', 'RATING', 'USE_CASE', 'SCENARIO', 'RECOMMENDATION', 'PRO', 'CON', 'FACT'];

/** The sources' count and mean length (distinct words of their full-text vectors). */
export interface SourceStatistics {
  count: number;
  meanLength: number;
}

export interface VocabularyRows {
  technologies: { id: number; slug: string; name: string; aliases: string[]; keywords: string[]; commonWordNames: string[]; parentId: number | null }[];
  criteria: { id: number; slug: string; name: string; category: string; aliases: string[]; keywords: string[]; unspecific: boolean }[];
  useCases: { id: number; slug: string; name: string; aliases: string[]; keywords: string[] }[];
}

/** Per-dataset facts about the claims, aggregated by the database (a few rows per technology pair). */
export interface ClaimFactsRows {
  /** Claims of the knowledge kinds: the documents term rarity is counted over. */
  claimCount: number;
  /** Technologies some source compares. */
  comparedIds: number[];
  /** How often claims about `subjectId` name `technologyId`, and the first such claim; `technologyId = subjectId` for claims about it. */
  ties: { technologyId: number; subjectId: number; mentions: number; firstClaimId: number }[];
}

/** How the database weighs evidence: the scoring module's constants, passed in (one home for them). */
export interface EvidenceWeighing {
  kindWeights: Record<string, number>;
  qualifiedFactor: number;
  /** Technology -> the compared technology it counts for (technologies that count for none are left out). */
  candidates: Map<number, number>;
  /** Claims kept per topic, technology and side for citing. */
  citedPerSide: number;
}

export interface TopicEvidenceRow {
  topicKind: 'use_case' | 'criterion';
  topicId: number;
  technologyId: number;
  supports: boolean;
  kind: string;
  qualified: boolean;
  /** null for a group row; the claim for a cited row */
  claimId: number | null;
  repeat: boolean;
  /** claims in the group (1 for a cited row) */
  count: number;
}

@Injectable()
export class RecommendationsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The taxonomy with its parents and keywords (the taxonomy module's own index carries neither). */
  async vocabulary(): Promise<VocabularyRows> {
    const [technologies, criteria, useCases] = await Promise.all([
      this.prisma.technology.findMany({ select: { id: true, slug: true, name: true, aliases: true, keywords: true, commonWordNames: true, parentId: true }, orderBy: { id: 'asc' } }),
      this.prisma.criterion.findMany({ select: { id: true, slug: true, name: true, category: true, aliases: true, keywords: true, unspecific: true }, orderBy: { id: 'asc' } }),
      this.prisma.useCase.findMany({ select: { id: true, slug: true, name: true, aliases: true, keywords: true }, orderBy: { id: 'asc' } }),
    ]);
    return { technologies, criteria, useCases };
  }

  async claimFacts(): Promise<ClaimFactsRows> {
    const [[{ claimCount }], compared, ties] = await Promise.all([
      this.prisma.readRows<{ claimCount: number }>(Prisma.sql`SELECT count(*)::int AS "claimCount" FROM claim WHERE kind::text = ANY(${KNOWLEDGE_KINDS}::text[])`),
      this.prisma.readRows<{ id: number }>(Prisma.sql`SELECT DISTINCT technology_id AS id FROM source_technology`),
      // a claim ties the technologies it names (and its own) to the side of its subject
      this.prisma.readRows<ClaimFactsRows['ties'][number]>(Prisma.sql`
        SELECT named AS "technologyId", subject AS "subjectId", count(*) FILTER (WHERE mention)::int AS mentions, min(id)::int AS "firstClaimId"
        FROM (
          SELECT c.id, c.technology_id AS subject, c.technology_id AS named, false AS mention FROM claim c
          WHERE c.technology_id IS NOT NULL AND c.kind::text = ANY(${KNOWLEDGE_KINDS}::text[])
          UNION ALL
          SELECT c.id, c.technology_id, m.technology_id, true FROM claim_mention m JOIN claim c ON c.id = m.claim_id
          WHERE c.technology_id IS NOT NULL AND c.kind::text = ANY(${KNOWLEDGE_KINDS}::text[])
        ) t
        GROUP BY named, subject`),
    ]);
    return { claimCount, comparedIds: compared.map((r) => r.id), ties };
  }

  /**
   * The evidence on every topic, aggregated: which technology each evidence claim counts for and
   * on which side (a verdict for its winner and against the other technologies its source
   * compares; a source's highest rating for, its lowest against; other kinds for their subject,
   * a con against), grouped by kind and qualification into the first (heaviest) claim per source,
   * topic, technology and side and its repeats; plus the heaviest few claims per topic,
   * technology and side to cite. One pass over the evidence claims per kind of topic, per
   * dataset (the two kinds in two statements: at 1,000,000 claims one statement for both took
   * over the 10 s query timeout on a loaded machine).
   */
  topicEvidence(w: EvidenceWeighing, topicKind: 'use_case' | 'criterion'): Promise<TopicEvidenceRow[]> {
    const topicColumn = TOPIC_COLUMNS[topicKind];
    const kinds = Object.keys(w.kindWeights);
    // technology id -> the technology it counts for, as an array indexed by id: a lookup per row
    // instead of a join the planner misjudges (it estimated 1 row for 490,000 at 1M claims)
    const candidateOf = Array.from({ length: Math.max(0, ...w.candidates.keys()) }, (_, i) => w.candidates.get(i + 1) ?? null);
    const cand = (column: Prisma.Sql) => Prisma.sql`(${candidateOf}::int[])[${column}]`;
    return this.prisma.readRows<TopicEvidenceRow>(Prisma.sql`
      WITH ev AS (
        SELECT c.id, c.source_id, lower(c.kind::text) AS kind, c.technology_id, c.winner_id, c.outcome::text AS outcome, c.score,
               cardinality(c.qualifiers) > 0 AS qualified, c.use_case_id, c.criterion_id
        FROM claim c WHERE lower(c.kind::text) = ANY(${kinds}::text[]) AND ${topicColumn} IS NOT NULL
      ),
      topical AS (SELECT c.*, ${topicKind}::text AS topic_kind, ${topicColumn} AS topic_id FROM ev c),
      rated AS (
        SELECT t.*, max(score) OVER s AS best, min(score) OVER s AS worst FROM topical t
        WHERE kind = 'rating' AND score IS NOT NULL AND technology_id IS NOT NULL
        WINDOW s AS (PARTITION BY topic_kind, topic_id, source_id)
      ),
      raw AS (
        SELECT id, source_id, topic_kind, topic_id, kind, qualified, winner_id AS subject, true AS supports FROM topical
        WHERE kind = 'verdict' AND outcome = 'WIN' AND winner_id IS NOT NULL
        UNION ALL
        SELECT t.id, t.source_id, t.topic_kind, t.topic_id, t.kind, t.qualified, st.technology_id, false FROM topical t
        JOIN source_technology st ON st.source_id = t.source_id
        WHERE t.kind = 'verdict' AND t.outcome = 'WIN' AND t.winner_id IS NOT NULL AND ${cand(Prisma.sql`st.technology_id`)} IS DISTINCT FROM ${cand(Prisma.sql`t.winner_id`)}
        UNION ALL
        SELECT id, source_id, topic_kind, topic_id, kind, qualified, technology_id, score = best FROM rated WHERE best <> worst AND (score = best OR score = worst)
        UNION ALL
        SELECT id, source_id, topic_kind, topic_id, kind, qualified, technology_id, kind <> 'con' FROM topical WHERE kind NOT IN ('verdict', 'rating')
      ),
      weighed AS (
        SELECT id, source_id, topic_kind, topic_id, kind, qualified, supports, ${cand(Prisma.sql`subject`)} AS technology_id,
               (${kinds.map((k) => w.kindWeights[k])}::float8[])[array_position(${kinds}::text[], kind)] * CASE WHEN qualified THEN ${w.qualifiedFactor}::float8 ELSE 1 END AS weight
        FROM raw WHERE ${cand(Prisma.sql`subject`)} IS NOT NULL
      ),
      -- per source group (source, topic, technology, side) and weight: how many claims, the first of them
      classes AS (
        SELECT source_id, topic_kind, topic_id, technology_id, supports, weight, min(kind) AS kind, bool_or(qualified) AS qualified, count(*) AS n, min(id) AS first_id
        FROM weighed GROUP BY source_id, topic_kind, topic_id, technology_id, supports, weight
      ),
      -- the heaviest claim of each source group counts fully (equal weights mean equal kind weight and qualification: any of them)
      firsts AS (
        SELECT DISTINCT ON (source_id, topic_kind, topic_id, technology_id, supports) *
        FROM classes ORDER BY source_id, topic_kind, topic_id, technology_id, supports, weight DESC, first_id
      ),
      totals AS (
        SELECT topic_kind, topic_id, technology_id, supports, weight, min(kind) AS kind, bool_or(qualified) AS qualified, sum(n)::int AS n
        FROM classes GROUP BY topic_kind, topic_id, technology_id, supports, weight
      ),
      first_counts AS (
        SELECT topic_kind, topic_id, technology_id, supports, weight, count(*)::int AS n FROM firsts GROUP BY topic_kind, topic_id, technology_id, supports, weight
      ),
      -- a first claim always outweighs a repeat (the lightest first, a qualified pro: 0.35; the heaviest repeat, a verdict: 0.25)
      cited AS (
        SELECT firsts.*, row_number() OVER (PARTITION BY topic_kind, topic_id, technology_id, supports ORDER BY weight DESC, first_id) AS nth FROM firsts
      )
      SELECT t.topic_kind AS "topicKind", t.topic_id AS "topicId", t.technology_id AS "technologyId", t.supports, t.kind, t.qualified,
             NULL::int AS "claimId", false AS repeat, coalesce(f.n, 0) AS count
      FROM totals t LEFT JOIN first_counts f USING (topic_kind, topic_id, technology_id, supports, weight)
      UNION ALL
      SELECT t.topic_kind, t.topic_id, t.technology_id, t.supports, t.kind, t.qualified, NULL, true, t.n - coalesce(f.n, 0)
      FROM totals t LEFT JOIN first_counts f USING (topic_kind, topic_id, technology_id, supports, weight)
      UNION ALL
      SELECT topic_kind, topic_id, technology_id, supports, kind, qualified, first_id, false, 1 FROM cited WHERE nth <= ${w.citedPerSide}`);
  }

  /** In how many knowledge claims each term occurs (the GIN index on match_terms answers each). */
  termFrequencies(terms: string[]): Promise<{ term: string; count: number }[]> {
    if (!terms.length) return Promise.resolve([]);
    return this.prisma.readRows(Prisma.sql`
      SELECT t.term, (SELECT count(*)::int FROM claim c WHERE c.match_terms @> ARRAY[t.term] AND c.kind::text = ANY(${KNOWLEDGE_KINDS}::text[])) AS count
      FROM unnest(${terms}::text[]) AS t(term)`);
  }

  /**
   * The topics of evidence claims (of `kinds`) containing all the terms of one of `termSets`,
   * grouped by topic and by which of `terms` they contain: a few rows per topic. Without sets
   * (a need too long to enumerate them), claims sharing any two of `terms`. At most `limit`
   * matching claims are read (in the order the index yields them): `cut` says when there were more.
   */
  async claimTextMatches(kinds: string[], terms: string[], termSets: string[][] | null, limit: number): Promise<{ matches: { useCaseId: number | null; criterionId: number | null; terms: string[] }[]; cut: boolean }> {
    if (termSets && !termSets.length) return { matches: [], cut: false };
    const matching = termSets
      ? Prisma.join(termSets.map((set) => Prisma.sql`c.match_terms @> ${set}::text[]`), ' OR ')
      : Prisma.sql`c.match_terms && ${terms}::text[] AND cardinality(ARRAY(SELECT unnest(c.match_terms) INTERSECT SELECT unnest(${terms}::text[]))) >= 2`;
    const rows = await this.prisma.readRows<{ useCaseId: number | null; criterionId: number | null; terms: string[]; claims: number }>(Prisma.sql`
      SELECT m.use_case_id AS "useCaseId", m.criterion_id AS "criterionId",
             ARRAY(SELECT t FROM unnest(${terms}::text[]) AS t WHERE t = ANY(m.match_terms) ORDER BY t) AS terms, count(*)::int AS claims
      FROM (SELECT c.use_case_id, c.criterion_id, c.match_terms FROM claim c
            WHERE (${matching}) AND lower(c.kind::text) = ANY(${kinds}::text[]) AND (c.use_case_id IS NOT NULL OR c.criterion_id IS NOT NULL)
            LIMIT ${limit + 1}) m
      GROUP BY 1, 2, 3`);
    const read = rows.reduce((n, r) => n + r.claims, 0);
    return { matches: rows.map(({ claims: _claims, ...r }) => r), cut: read > limit };
  }

  /**
   * Claims of `kinds` that contain one of `terms` (the GIN index on match_terms) or sit on one of
   * the topics: what claim-text evidence is weighed over; with `comparing`, only claims of sources
   * comparing one of those technologies. At most `limit` are read, in the order the index yields
   * them; `cut` says when there were more.
   */
  async relevantClaims(kinds: string[], terms: string[], topics: { useCaseIds: number[]; criterionIds: number[] }, limit: number, comparing: number[] | null = null): Promise<{ rows: RelevantClaimRow[]; cut: boolean }> {
    if (!terms.length && !topics.useCaseIds.length && !topics.criterionIds.length) return { rows: [], cut: false };
    const rows = await this.prisma.readRows<RelevantClaimRow>(Prisma.sql`
      SELECT c.id, c.source_id AS "sourceId", lower(c.kind::text) AS kind, c.technology_id AS "technologyId", c.winner_id AS "winnerId",
             c.outcome::text AS outcome, cardinality(c.qualifiers) > 0 AS qualified, c.quote ~* ${DENIAL_SQL_PATTERN} AS negated,
             c.use_case_id AS "useCaseId", c.criterion_id AS "criterionId", c.match_terms AS terms,
             ARRAY(SELECT st.technology_id FROM source_technology st WHERE st.source_id = c.source_id ORDER BY 1) AS compared
      FROM claim c
      WHERE (c.match_terms && ${terms}::text[] OR c.use_case_id = ANY(${topics.useCaseIds}::int[]) OR c.criterion_id = ANY(${topics.criterionIds}::int[]))
        AND lower(c.kind::text) = ANY(${kinds}::text[])
        ${comparing ? Prisma.sql`AND EXISTS (SELECT 1 FROM source_technology st WHERE st.source_id = c.source_id AND st.technology_id = ANY(${comparing}::int[]))` : Prisma.empty}
      LIMIT ${limit + 1}`);
    return { rows: rows.slice(0, limit).map((r) => ({ ...r, terms: r.terms ?? [] })), cut: rows.length > limit };
  }

  /** How many sources there are and their mean length (distinct words of the stored full-text vector): per data version. */
  async sourceStatistics(): Promise<SourceStatistics> {
    const [row] = await this.prisma.readRows<SourceStatistics>(Prisma.sql`SELECT count(*)::int AS count, coalesce(avg(length(search_vector)), 0)::float8 AS "meanLength" FROM source`);
    return row;
  }

  /**
   * Per word, as `plainto_tsquery('english', word)` queries the sources' stored full-text vectors
   * (title and body, GIN-indexed): whether it makes a query, its rarity over the `sourceCount`
   * sources (BM25's ln(1 + (N - n + 0.5) / (n + 0.5)), n the sources using it), and each source
   * using it with `ts_rank_cd` of the word (0.1 per occurrence: a float4, read exactly as float8)
   * and the vector's length. What rankByBm25 (source-ranking.ts) ranks sources from; read once per
   * word and data version.
   */
  async sourceWordHits(words: string[], sourceCount: number): Promise<(WordHits & { word: string })[]> {
    if (!words.length) return [];
    const rows = await this.prisma.readRows<{ word: string; usable: boolean; rarity: number; ids: number[] | null; ranks: number[] | null; lengths: number[] | null }>(Prisma.sql`
      SELECT t.word, numnode(q.query) > 0 AS usable, ln(1 + (${sourceCount}::float8 - h.n + 0.5) / (h.n + 0.5))::float8 AS rarity, h.ids, h.ranks, h.lengths
      FROM unnest(${words}::text[]) AS t(word)
      CROSS JOIN LATERAL (SELECT plainto_tsquery('english', t.word) AS query) q
      CROSS JOIN LATERAL (
        SELECT count(*)::float8 AS n, array_agg(s.id ORDER BY s.id) AS ids,
               array_agg(ts_rank_cd(s.search_vector, q.query, 0)::float8 ORDER BY s.id) AS ranks, array_agg(length(s.search_vector) ORDER BY s.id) AS lengths
        FROM source s WHERE numnode(q.query) > 0 AND s.search_vector @@ q.query
      ) h`);
    return rows.map((r) => ({
      word: r.word, usable: r.usable, rarity: r.rarity,
      sourceIds: Int32Array.from(r.ids ?? []), ranks: Float32Array.from(r.ranks ?? []), lengths: Int32Array.from(r.lengths ?? []),
    }));
  }

  /** The technologies each of `sourceIds` compares, ascending (none: an empty list). */
  async comparedBy(sourceIds: number[]): Promise<Map<number, number[]>> {
    if (!sourceIds.length) return new Map();
    const rows = await this.prisma.readRows<{ sourceId: number; compared: number[] }>(Prisma.sql`
      SELECT st.source_id AS "sourceId", array_agg(st.technology_id ORDER BY st.technology_id) AS compared
      FROM source_technology st WHERE st.source_id = ANY(${sourceIds}::int[]) GROUP BY st.source_id`);
    const found = new Map(rows.map((r) => [r.sourceId, r.compared]));
    return new Map(sourceIds.map((id) => [id, found.get(id) ?? []]));
  }

  /** The title and body of each of `sourceIds`: what the sentences a need is matched to are read from. */
  sourceTexts(sourceIds: number[]): Promise<{ id: number; title: string; body: string }[]> {
    if (!sourceIds.length) return Promise.resolve([]);
    return this.prisma.source.findMany({ where: { id: { in: sourceIds } }, select: { id: true, title: true, body: true } });
  }

  /**
   * Recommendation and FAQ claims about one of `technologyIds` that name all of them, or FAQs
   * asking about combining technologies: the sources' advice on a hybrid, oldest first, at most `limit`.
   */
  async adviceClaimIds(technologyIds: number[], limit: number): Promise<number[]> {
    const rows = await this.prisma.readRows<{ id: number }>(Prisma.sql`
      SELECT c.id FROM claim c
      WHERE c.kind IN ('RECOMMENDATION', 'FAQ')
        AND (c.technology_id = ANY(${technologyIds}::int[]) OR c.winner_id = ANY(${technologyIds}::int[])
             OR EXISTS (SELECT 1 FROM claim_mention m WHERE m.claim_id = c.id AND m.technology_id = ANY(${technologyIds}::int[])))
        AND ((SELECT count(DISTINCT t) FROM (SELECT c.technology_id AS t UNION ALL SELECT m.technology_id FROM claim_mention m WHERE m.claim_id = c.id) named
              WHERE t = ANY(${technologyIds}::int[])) = cardinality(${technologyIds}::int[])
             OR (c.kind = 'FAQ' AND c.question ~* 'both|together|polyglot|hybrid'))
      ORDER BY c.id LIMIT ${limit}`);
    return rows.map((r) => r.id);
  }
}
