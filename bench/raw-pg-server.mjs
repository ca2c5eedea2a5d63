// The same claims page as GET /api/claims?criterion=<slug>&limit=50 from bare Fastify + pg
// handlers: the floor versus-kb's layers add to. Two floors:
// - /claims: one statement that joins the taxonomy tables for the names (what versus-kb
//   itself ran until it named them from memory);
// - /claims-narrow: versus-kb's own technique without versus-kb: claim and source only, the
//   taxonomy names from maps loaded at start.
import Fastify from 'fastify';
import pg from 'pg';

const { DATABASE_URL, PORT } = process.env;
const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 10 });
const app = Fastify({ logger: false });
app.get('/claims', async (request) => {
  const { criterion, limit = '50' } = request.query;
  const { rows } = await pool.query(
    `SELECT c.id, lower(c.kind::text) AS kind, c.statement, c.quote, c.quote_start AS "quoteStart", c.quote_end AS "quoteEnd",
            c.rating, c.score, lower(c.outcome::text) AS outcome, c.question, c.answer, c.qualifiers,
            json_build_object('slug', s.slug, 'title', s.title, 'publishedAt', s.published_on) AS source,
            json_build_object('slug', cr.slug, 'name', cr.name, 'category', cr.category) AS criterion,
            CASE WHEN t.id IS NULL THEN NULL ELSE json_build_object('slug', t.slug, 'name', t.name) END AS technology,
            CASE WHEN w.id IS NULL THEN NULL ELSE json_build_object('slug', w.slug, 'name', w.name) END AS winner
       FROM claim c JOIN source s ON s.id = c.source_id JOIN criterion cr ON cr.id = c.criterion_id
       LEFT JOIN technology t ON t.id = c.technology_id LEFT JOIN technology w ON w.id = c.winner_id
      WHERE cr.slug = $1 OR $1 = ANY(cr.lookup_keys)
      ORDER BY c.id LIMIT $2`,
    [criterion, Number(limit)],
  );
  return { items: rows, nextCursor: null };
});

const named = async (table) => new Map((await pool.query(`SELECT id, slug, name FROM ${table}`)).rows.map((r) => [r.id, { slug: r.slug, name: r.name }]));
const [technologies, criteria] = await Promise.all([named('technology'), named('criterion')]);
const criterionIds = new Map((await pool.query('SELECT id, slug, lookup_keys FROM criterion')).rows.flatMap((r) => [[r.slug, r.id], ...r.lookup_keys.map((k) => [k, r.id])]));
app.get('/claims-narrow', async (request) => {
  const { criterion, limit = '50' } = request.query;
  const { rows } = await pool.query(
    `SELECT c.id, lower(c.kind::text) AS kind, c.statement, c.quote, c.quote_start AS "quoteStart", c.quote_end AS "quoteEnd",
            c.rating, c.score, lower(c.outcome::text) AS outcome, c.question, c.answer, c.qualifiers,
            s.slug AS "sourceSlug", s.title AS "sourceTitle", s.published_on::text AS "publishedOn",
            c.criterion_id AS "criterionId", c.technology_id AS "technologyId", c.winner_id AS "winnerId"
       FROM claim c JOIN source s ON s.id = c.source_id
      WHERE c.criterion_id = $1
      ORDER BY c.id LIMIT $2`,
    [criterionIds.get(criterion) ?? -1, Number(limit)],
  );
  const items = rows.map(({ sourceSlug, sourceTitle, publishedOn, criterionId, technologyId, winnerId, ...claim }) => ({
    ...claim,
    source: { slug: sourceSlug, title: sourceTitle, publishedAt: publishedOn },
    criterion: criteria.get(criterionId) ?? null,
    technology: technologies.get(technologyId) ?? null,
    winner: technologies.get(winnerId) ?? null,
  }));
  return { items, nextCursor: null };
});
await app.listen({ port: Number(PORT), host: '127.0.0.1' });
process.send?.('ready');
