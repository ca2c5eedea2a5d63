// Bulk load for bench:scale: batched multi-row INSERT ... SELECT FROM unnest(...) (pg-copy-streams
// is not installed), about 5,000 claims per statement (one transaction each), generating the next batch while the
// database writes the previous one. Secondary indexes are dropped first and rebuilt afterwards
// from their own definitions (pg_get_indexdef), then VACUUM ANALYZE.
import { SingleBar } from 'cli-progress';
import { createGenerator, DEFAULT_KIND_WEIGHTS } from './data.mjs';
// The app's own need-matching terms (claim.match_terms) and their normaliser version, stored with
// each claim as the app's claim writes do: otherwise the server's boot pass recomputes every claim.
import { MATCH_TERMS_VERSION, matchTerms } from '../../dist/common/text/match-terms.js';

const TABLES = ['source', 'source_technology', 'claim', 'claim_mention'];
const BATCH_CLAIMS = 5_000;

// One statement per batch (so one transaction): sources, what they compare, claims and mentions.
// The foreign keys are checked at the end of the statement, when every CTE has run.
const INSERT_BATCH = `
  WITH sources AS (
    INSERT INTO source (id, slug, external_id, title, author, publisher, published_on, published_precision, url, body, content_hash, updated_at)
    SELECT id, slug, external_id, title, author, publisher, published_on, published_precision, url, body, content_hash, now()
    FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[], $8::"DatePrecision"[], $9::text[], $10::text[], $11::text[])
      AS t(id, slug, external_id, title, author, publisher, published_on, published_precision, url, body, content_hash)
  ), compared AS (
    INSERT INTO source_technology (source_id, technology_id) SELECT * FROM unnest($12::int[], $13::int[])
  ), mentions AS (
    INSERT INTO claim_mention (claim_id, technology_id) SELECT * FROM unnest($14::int[], $15::int[])
  )
  INSERT INTO claim (id, source_id, key, kind, statement, quote, quote_start, quote_end, criterion_id, use_case_id, technology_id,
                     winner_id, outcome, rating, score, question, answer, qualifiers, match_terms, match_terms_version, updated_at)
  SELECT id, source_id, key, kind, statement, quote, quote_start, quote_end, criterion_id, use_case_id, technology_id,
         winner_id, outcome, rating, score, question, answer, CASE WHEN qualifier IS NULL THEN '{}'::text[] ELSE ARRAY[qualifier] END,
         string_to_array(match_terms, ' '), ${MATCH_TERMS_VERSION}, now()
  FROM unnest($16::int[], $17::int[], $18::text[], $19::"ClaimKind"[], $20::text[], $21::text[], $22::int[], $23::int[], $24::int[], $25::int[], $26::int[],
              $27::int[], $28::"VerdictOutcome"[], $29::text[], $30::float8[], $31::text[], $32::text[], $33::text[], $34::text[])
    AS t(id, source_id, key, kind, statement, quote, quote_start, quote_end, criterion_id, use_case_id, technology_id,
         winner_id, outcome, rating, score, question, answer, qualifier, match_terms)`;

/** The taxonomy the app seeded, with the seed's own mix of kinds and criteria as weights. */
export async function readTaxonomy(db) {
  const technologies = (await db.query('SELECT id, slug, name, kind::text AS kind FROM technology ORDER BY id')).rows;
  const criteria = (
    await db.query(`SELECT cr.id, cr.slug, cr.name, 1 + count(c.id)::int AS weight
                    FROM criterion cr LEFT JOIN claim c ON c.criterion_id = cr.id GROUP BY cr.id ORDER BY cr.id`)
  ).rows;
  const useCases = (await db.query('SELECT id, slug, name FROM use_case ORDER BY id')).rows;
  const kinds = (await db.query('SELECT kind::text AS kind, count(*)::int AS n FROM claim GROUP BY kind')).rows;
  const kindWeights = kinds.length ? Object.fromEntries(kinds.map((k) => [k.kind, k.n])) : DEFAULT_KIND_WEIGHTS;
  if (!technologies.length || !criteria.length || !useCases.length) throw new Error('the taxonomy is empty: did the app seed the database?');
  return { technologies, criteria, useCases, kindWeights };
}

async function secondaryIndexes(db) {
  const { rows } = await db.query(
    `SELECT i.relname AS name, pg_get_indexdef(i.oid) AS definition
     FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
     JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE n.nspname = current_schema() AND t.relname = ANY($1::text[])
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
     ORDER BY t.relname, i.relname`,
    [TABLES],
  );
  return rows;
}

function columnsOf(sources, firstSourceId, firstClaimId) {
  const s = { id: [], slug: [], externalId: [], title: [], author: [], publisher: [], publishedOn: [], precision: [], url: [], body: [], hash: [] };
  const st = { sourceId: [], technologyId: [] };
  const c = Array.from({ length: 19 }, () => []);
  const m = { claimId: [], technologyId: [] };
  let claimId = firstClaimId;
  sources.forEach((src, i) => {
    const sourceId = firstSourceId + i;
    s.id.push(sourceId);
    s.slug.push(src.slug);
    s.externalId.push(src.externalId);
    s.title.push(src.title);
    s.author.push(src.author);
    s.publisher.push(src.publisher);
    s.publishedOn.push(src.publishedOn);
    s.precision.push(src.publishedPrecision);
    s.url.push(src.url);
    s.body.push(src.body);
    s.hash.push(src.contentHash);
    for (const technologyId of src.compares) {
      st.sourceId.push(sourceId);
      st.technologyId.push(technologyId);
    }
    for (const k of src.claims) {
      const row = [claimId, sourceId, k.key, k.kind, k.statement, k.quote, k.quoteStart, k.quoteEnd, k.criterionId, k.useCaseId, k.technologyId,
        k.winnerId, k.outcome, k.rating, k.score, k.question, k.answer, k.qualifier, matchTerms(k.statement, k.quote).join(' ')];
      row.forEach((v, j) => c[j].push(v));
      if (k.mentionId) {
        m.claimId.push(claimId);
        m.technologyId.push(k.mentionId);
      }
      claimId++;
    }
  });
  return { s, st, c, m, claims: claimId - firstClaimId };
}

function insertBatch(db, batch) {
  const { s, st, c, m } = batch;
  return db.query(INSERT_BATCH, [s.id, s.slug, s.externalId, s.title, s.author, s.publisher, s.publishedOn, s.precision, s.url, s.body, s.hash, st.sourceId, st.technologyId, m.claimId, m.technologyId, ...c]);
}

/**
 * Loads `claims` claims over `sources` new sources into the database `db` (a connected pg
 * Client) holds. Returns the load figures.
 */
export async function bulkLoad(db, { claims, sources, seed = 42, keepIndexes = false, log = () => undefined }) {
  const taxonomy = await readTaxonomy(db);
  const generator = createGenerator(taxonomy, seed);
  const counts = generator.claimCounts(claims, sources);
  const [{ maxSource, maxClaim }] = (
    await db.query('SELECT (SELECT coalesce(max(id), 0) FROM source)::int AS "maxSource", (SELECT coalesce(max(id), 0) FROM claim)::int AS "maxClaim"')
  ).rows;
  const figures = { claims, sources, batchClaims: BATCH_CLAIMS, method: 'INSERT ... SELECT FROM unnest($1::text[], ...), one statement (transaction) per ~5,000 claims with their sources' };
  const started = Date.now();

  const dropped = keepIndexes ? [] : await secondaryIndexes(db);
  for (const index of dropped) await db.query(`DROP INDEX "${index.name}"`);
  figures.indexesRebuilt = dropped.map((i) => i.name);

  const bar = new SingleBar({
    format: 'loading |{bar}| {percentage}% | {value}/{total} claims | {rate} claims/s | ETA {eta_formatted}',
    stream: process.stderr,
    noTTYOutput: true,
    notTTYSchedule: 5_000,
    hideCursor: true,
  });
  bar.start(claims, 0, { rate: 0 });
  let done = 0;
  let mentions = 0;
  let nextSource = 0;
  let nextSourceId = maxSource + 1;
  let nextClaimId = maxClaim + 1;
  const nextBatch = () => {
    if (nextSource >= sources) return null;
    const group = [];
    let n = 0;
    while (nextSource < sources && (n < BATCH_CLAIMS || group.length === 0)) {
      group.push(generator.source(nextSource, counts[nextSource]));
      n += counts[nextSource];
      nextSource++;
    }
    const batch = columnsOf(group, nextSourceId, nextClaimId);
    nextSourceId += group.length;
    nextClaimId += batch.claims;
    return batch;
  };
  try {
    let batch = nextBatch();
    while (batch) {
      const writing = insertBatch(db, batch);
      const following = nextBatch(); // generated while the database writes `batch`
      await writing;
      done += batch.claims;
      mentions += batch.m.claimId.length;
      bar.update(done, { rate: Math.round(done / Math.max((Date.now() - started) / 1000, 0.001)) });
      batch = following;
    }
  } finally {
    bar.stop();
  }
  figures.insertMs = Date.now() - started;
  figures.claimMentions = mentions;
  await db.query(`SELECT setval(pg_get_serial_sequence('source', 'id'), (SELECT max(id) FROM source))`);
  await db.query(`SELECT setval(pg_get_serial_sequence('claim', 'id'), (SELECT max(id) FROM claim))`);

  const indexStarted = Date.now();
  await db.query(`SET maintenance_work_mem = '1GB'`);
  figures.indexMs = {};
  for (const index of dropped) {
    const t = Date.now();
    log(`  rebuilding ${index.name}`);
    await db.query(index.definition);
    figures.indexMs[index.name] = Date.now() - t;
  }
  await db.query('RESET maintenance_work_mem');
  figures.indexesTotalMs = Date.now() - indexStarted;

  const vacuumStarted = Date.now();
  log('  VACUUM ANALYZE');
  await db.query('VACUUM ANALYZE');
  figures.vacuumAnalyzeMs = Date.now() - vacuumStarted;
  figures.totalMs = Date.now() - started;
  figures.claimsPerSecond = Math.round(claims / (figures.totalMs / 1000));
  figures.claimsPerSecondInsertOnly = Math.round(claims / (figures.insertMs / 1000));
  const sizes = (
    await db.query(`SELECT relname AS name, pg_total_relation_size(oid) AS bytes FROM pg_class WHERE relname = ANY($1::text[]) ORDER BY relname`, [TABLES])
  ).rows;
  figures.tableMb = Object.fromEntries(sizes.map((r) => [r.name, Math.round(Number(r.bytes) / 2 ** 20)]));
  return figures;
}
