// bench:scale what-ifs, run on the scratch database after the measurements (they change its
// schema): the evidence for the fixes the results recommend. Each compares the SQL the app sent
// (captured) with the alternative, same parameters, same data:
//   listShape: planning vs execution of the claims page as the app writes it (claim + source + four
//              taxonomy LEFT JOINs + a mentions subquery) and (a) the same with join_collapse_limit = 1,
//              (b) a narrow page (claim + source, taxonomy ids mapped by the app from its cached index);
//   storedTsvector: full text on a stored generated tsvector column with its own GIN index instead
//              of the expression index over to_tsvector(statement || ' ' || quote).
import { performance } from 'node:perf_hooks';

const CLAIM_DOCUMENT = `to_tsvector('english', c.statement || ' ' || c.quote)`;
const SOURCE_DOCUMENT = `to_tsvector('english', s.title || ' ' || s.body)`;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? Math.round(sorted[sorted.length >> 1] * 1000) / 1000 : null;
};

const paramsOf = (statement) => (typeof statement.params === 'string' ? JSON.parse(statement.params) : statement.params ?? []);

/** Median planning and execution time (EXPLAIN ANALYZE, SUMMARY) and median wall time of the statement itself, over `runs`. */
async function timing(db, sql, params, runs, setup = []) {
  for (const s of setup) await db.query(s);
  try {
    const planning = [];
    const execution = [];
    let plan = '';
    for (let i = 0; i < runs; i++) {
      const { rows } = await db.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT TEXT) ${sql}`, params);
      plan = rows.map((r) => r['QUERY PLAN']).join('\n');
      planning.push(Number(/Planning Time: ([\d.]+) ms/.exec(plan)?.[1]));
      execution.push(Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1]));
    }
    const wall = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await db.query(sql, params);
      wall.push(performance.now() - started);
    }
    return { planningMs: median(planning), executionMs: median(execution), wallMs: median(wall), runs, plan };
  } finally {
    if (setup.length) await db.query('RESET ALL');
  }
}

/** The claims page without the taxonomy joins: the app would map the four ids through its cached taxonomy index. */
export function narrowList(where, params, limit) {
  const sql = `SELECT c.id, lower(c.kind::text) AS "kind", c.statement, c.quote, c.quote_start AS "quoteStart", c.quote_end AS "quoteEnd",
         c.rating, c.score, lower(c.outcome::text) AS "outcome", c.question, c.answer, c.qualifiers,
         c.criterion_id AS "criterionId", c.use_case_id AS "useCaseId", c.technology_id AS "technologyId", c.winner_id AS "winnerId",
         s.slug AS "sourceSlug", s.title AS "sourceTitle", s.published_on AS "publishedOn", s.published_precision::text AS "publishedPrecision",
         ARRAY(SELECT m.technology_id FROM claim_mention m WHERE m.claim_id = c.id ORDER BY m.technology_id) AS "relatedIds"
  FROM claim c JOIN source s ON s.id = c.source_id
  ${where ? `WHERE ${where}` : ''}
  ORDER BY c.id
  LIMIT $${params.length + 1}`;
  return { sql, params: [...params, limit] };
}

/**
 * captured: { name: { statements: [{ sql, params }] } } from the app; pages: { filteredPage: {criterionId}, keysetDeep: {afterId} }.
 */
export async function runExperiments(db, captured, { criterionId, deepAfterId, limit, runs = 15, log = () => undefined }) {
  const out = {};
  const first = (name) => captured[name]?.statements?.find((s) => /FROM claim c/.test(s.sql));

  // 1. the list query's shape: planning cost of six relations
  log('  experiment: list query shape (planning vs execution)');
  const cases = [
    ['filteredPage', first('filteredPage'), narrowList('c.criterion_id = ANY($1::int[])', [[criterionId]], limit + 1)],
    ['keysetPage1', first('keysetPage1'), narrowList('', [], limit + 1)],
    ['keysetDeep', first(Object.keys(captured).find((k) => /^keysetPage\d+$/.test(k) && k !== 'keysetPage1')), narrowList('c.id > $1', [deepAfterId], limit + 1)],
  ];
  out.listShape = {};
  for (const [name, statement, narrow] of cases) {
    if (!statement) continue;
    const params = paramsOf(statement);
    const asSent = await timing(db, statement.sql, params, runs);
    const collapse = await timing(db, statement.sql, params, runs, ['SET join_collapse_limit = 1']);
    const narrowed = await timing(db, narrow.sql, narrow.params, runs);
    out.listShape[name] = {
      asSent: { planningMs: asSent.planningMs, executionMs: asSent.executionMs, wallMs: asSent.wallMs },
      joinCollapseLimit1: { planningMs: collapse.planningMs, executionMs: collapse.executionMs, wallMs: collapse.wallMs },
      narrow: { planningMs: narrowed.planningMs, executionMs: narrowed.executionMs, wallMs: narrowed.wallMs, sql: narrow.sql.replace(/\s+/g, ' '), params: narrow.params, plan: narrowed.plan },
    };
  }

  // 2. full text on a stored tsvector column
  const ftsNames = Object.keys(captured).filter((k) => /^fullText\d+$/.test(k) || /^search\d+$/.test(k));
  const before = {};
  for (const name of ftsNames) {
    before[name] = [];
    for (const statement of captured[name].statements) {
      if (!statement.sql.includes(CLAIM_DOCUMENT) && !statement.sql.includes(SOURCE_DOCUMENT)) continue;
      const t = await timing(db, statement.sql, paramsOf(statement), name.startsWith('search') ? 1 : Math.min(runs, 5));
      before[name].push({ statement, t });
    }
  }
  const applied = await db.query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'claim' AND column_name = 'search_vector'`);
  if (applied.rowCount) {
    out.storedTsvector = { skipped: 'the schema already has stored search vectors (migration stored_search_vectors)' };
    return out;
  }
  log('  experiment: stored tsvector columns (ALTER TABLE ... ADD COLUMN ... GENERATED ALWAYS AS (...) STORED, GIN index, ANALYZE)');
  const ddl = [
    `ALTER TABLE claim ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('english', statement || ' ' || quote)) STORED`,
    `CREATE INDEX claim_search_vector_idx ON claim USING GIN (search_vector)`,
    `ALTER TABLE source ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('english', title || ' ' || body)) STORED`,
    `CREATE INDEX source_search_vector_idx ON source USING GIN (search_vector)`,
    'ANALYZE claim',
    'ANALYZE source',
  ];
  const ddlMs = {};
  await db.query(`SET maintenance_work_mem = '1GB'`);
  for (const statement of ddl) {
    const started = Date.now();
    await db.query(statement);
    ddlMs[statement.slice(0, 60)] = Date.now() - started;
  }
  await db.query('RESET maintenance_work_mem');
  out.storedTsvector = { ddl, ddlMs, queries: {} };
  for (const name of ftsNames) {
    out.storedTsvector.queries[name] = [];
    for (const { statement, t } of before[name]) {
      const sql = statement.sql.replaceAll(CLAIM_DOCUMENT, 'c.search_vector').replaceAll(SOURCE_DOCUMENT, 's.search_vector');
      const after = await timing(db, sql, paramsOf(statement), t.runs);
      out.storedTsvector.queries[name].push({
        params: paramsOf(statement),
        asSent: { planningMs: t.planningMs, executionMs: t.executionMs, wallMs: t.wallMs },
        storedColumn: { planningMs: after.planningMs, executionMs: after.executionMs, wallMs: after.wallMs },
        sql: sql.replace(/\s+/g, ' '),
        plan: after.plan,
      });
    }
  }
  return out;
}
