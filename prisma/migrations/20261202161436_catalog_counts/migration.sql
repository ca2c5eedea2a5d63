-- CreateTable
CREATE TABLE "claim_technology" (
    "claim_id" INTEGER NOT NULL,
    "technology_id" INTEGER NOT NULL,
    "kind" "ClaimKind" NOT NULL,

    CONSTRAINT "claim_technology_pkey" PRIMARY KEY ("claim_id","technology_id")
);

-- CreateTable
CREATE TABLE "technology_kind_count" (
    "technology_id" INTEGER NOT NULL,
    "kind" "ClaimKind" NOT NULL,
    "claims" INTEGER NOT NULL,

    CONSTRAINT "technology_kind_count_pkey" PRIMARY KEY ("technology_id","kind")
);

-- CreateTable
CREATE TABLE "technology_source_count" (
    "technology_id" INTEGER NOT NULL,
    "sources" INTEGER NOT NULL,

    CONSTRAINT "technology_source_count_pkey" PRIMARY KEY ("technology_id")
);

-- CreateTable
CREATE TABLE "criterion_technology_count" (
    "criterion_id" INTEGER NOT NULL,
    "technology_id" INTEGER NOT NULL,
    "claims" INTEGER NOT NULL,

    CONSTRAINT "criterion_technology_count_pkey" PRIMARY KEY ("criterion_id","technology_id")
);

-- CreateTable
CREATE TABLE "use_case_technology_count" (
    "use_case_id" INTEGER NOT NULL,
    "technology_id" INTEGER NOT NULL,
    "claims" INTEGER NOT NULL,

    CONSTRAINT "use_case_technology_count_pkey" PRIMARY KEY ("use_case_id","technology_id")
);

-- CreateTable
CREATE TABLE "source_claim_count" (
    "source_id" INTEGER NOT NULL,
    "claims" INTEGER NOT NULL,

    CONSTRAINT "source_claim_count_pkey" PRIMARY KEY ("source_id")
);

-- AddForeignKey
ALTER TABLE "source_claim_count" ADD CONSTRAINT "source_claim_count_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Maintenance of the catalog counts. Statement-level triggers with transition tables, so a bulk
-- load of thousands of claims per statement updates the counts once per statement, not per row.
-- Prisma does not model functions or triggers: schema.prisma has the tables only.

-- Claims per source and per (criterion | use case, subject technology) are functions of the claim
-- row alone: each trigger passes its rows with a sign (+1 inserted, -1 deleted, both on update).
CREATE FUNCTION catalog_counts_add_claims(source_ids int[], criterion_ids int[], use_case_ids int[], technology_ids int[], signs int[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  -- A source being deleted is gone before its claims (the FK cascade): its count row went with it.
  -- ORDER BY: concurrent writers take the count rows' locks in one order (no deadlock).
  INSERT INTO source_claim_count AS t (source_id, claims)
  SELECT d.source_id, sum(d.sign)::int FROM unnest(source_ids, signs) AS d(source_id, sign)
  WHERE EXISTS (SELECT 1 FROM source s WHERE s.id = d.source_id)
  GROUP BY d.source_id HAVING sum(d.sign) <> 0 ORDER BY d.source_id
  ON CONFLICT (source_id) DO UPDATE SET claims = t.claims + EXCLUDED.claims;

  INSERT INTO criterion_technology_count AS t (criterion_id, technology_id, claims)
  SELECT d.criterion_id, coalesce(d.technology_id, 0), sum(d.sign)::int FROM unnest(criterion_ids, technology_ids, signs) AS d(criterion_id, technology_id, sign)
  WHERE d.criterion_id IS NOT NULL
  GROUP BY 1, 2 HAVING sum(d.sign) <> 0 ORDER BY 1, 2
  ON CONFLICT (criterion_id, technology_id) DO UPDATE SET claims = t.claims + EXCLUDED.claims;

  INSERT INTO use_case_technology_count AS t (use_case_id, technology_id, claims)
  SELECT d.use_case_id, coalesce(d.technology_id, 0), sum(d.sign)::int FROM unnest(use_case_ids, technology_ids, signs) AS d(use_case_id, technology_id, sign)
  WHERE d.use_case_id IS NOT NULL
  GROUP BY 1, 2 HAVING sum(d.sign) <> 0 ORDER BY 1, 2
  ON CONFLICT (use_case_id, technology_id) DO UPDATE SET claims = t.claims + EXCLUDED.claims;

  -- No zero rows: the lists show only entries with claims, and a deleted entry leaves nothing.
  DELETE FROM source_claim_count WHERE claims = 0 AND source_id = ANY(source_ids);
  DELETE FROM criterion_technology_count WHERE claims = 0 AND criterion_id = ANY(criterion_ids);
  DELETE FROM use_case_technology_count WHERE claims = 0 AND use_case_id = ANY(use_case_ids);
END $$;

-- Which technologies a claim involves depends on the claim (subject, winner, kind) and on its
-- mentions, changed by separate statements whose triggers fire in no fixed order (a cascade
-- deletes mentions after or before their claim's trigger runs). So each trigger reconciles the
-- stored set of the claims it touched with their current state, and counts the difference:
-- the result does not depend on the order, and a claim is counted once per technology.
-- The (claim, technology) pairs below are the rule "a claim involves a technology" (subject,
-- winner or mentioned) the catalog counted per request before; the backfill at the end repeats
-- it over the whole table (an array of every claim id would be slower than a scan).
CREATE FUNCTION catalog_counts_involved(claim_ids int[]) RETURNS TABLE (claim_id int, technology_id int, kind "ClaimKind")
LANGUAGE sql STABLE AS $$
  SELECT c.id, x.technology_id, c.kind FROM claim c CROSS JOIN LATERAL (VALUES (c.technology_id), (c.winner_id)) AS x(technology_id)
  WHERE c.id = ANY(claim_ids) AND x.technology_id IS NOT NULL
  UNION
  SELECT m.claim_id, m.technology_id, c.kind FROM claim_mention m JOIN claim c ON c.id = m.claim_id WHERE m.claim_id = ANY(claim_ids)
$$;

CREATE FUNCTION catalog_counts_reconcile_claims(claim_ids int[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  -- One statement: the wanted and stored sets are read once, and the three writes touch
  -- disjoint (claim, technology) rows (removed, kind changed, added).
  WITH wanted AS MATERIALIZED (SELECT * FROM catalog_counts_involved(claim_ids)),
  stored AS MATERIALIZED (SELECT ct.claim_id, ct.technology_id, ct.kind FROM claim_technology ct WHERE ct.claim_id = ANY(claim_ids)),
  diff AS MATERIALIZED (
    SELECT coalesce(w.claim_id, s.claim_id) AS claim_id, coalesce(w.technology_id, s.technology_id) AS technology_id, s.kind AS old_kind, w.kind AS new_kind
    FROM wanted w FULL JOIN stored s ON s.claim_id = w.claim_id AND s.technology_id = w.technology_id
    WHERE s.kind IS DISTINCT FROM w.kind
  ),
  removed AS (
    DELETE FROM claim_technology ct USING diff d
    WHERE d.new_kind IS NULL AND ct.claim_id = d.claim_id AND ct.technology_id = d.technology_id
  ),
  changed AS (
    UPDATE claim_technology ct SET kind = d.new_kind FROM diff d
    WHERE d.old_kind IS NOT NULL AND d.new_kind IS NOT NULL AND ct.claim_id = d.claim_id AND ct.technology_id = d.technology_id
  ),
  added AS (
    INSERT INTO claim_technology (claim_id, technology_id, kind) SELECT d.claim_id, d.technology_id, d.new_kind FROM diff d WHERE d.old_kind IS NULL
  )
  -- ORDER BY: concurrent writers take the count rows' locks in one order (no deadlock).
  INSERT INTO technology_kind_count AS t (technology_id, kind, claims)
  SELECT x.technology_id, x.kind, sum(x.sign)::int
  FROM (SELECT d.technology_id, d.old_kind AS kind, -1 AS sign FROM diff d WHERE d.old_kind IS NOT NULL
        UNION ALL SELECT d.technology_id, d.new_kind, 1 FROM diff d WHERE d.new_kind IS NOT NULL) x
  GROUP BY 1, 2 HAVING sum(x.sign) <> 0 ORDER BY 1, 2
  ON CONFLICT (technology_id, kind) DO UPDATE SET claims = t.claims + EXCLUDED.claims;
  -- (a statement of its own: it must see the counts just written)
  DELETE FROM technology_kind_count WHERE claims = 0;
END $$;

CREATE FUNCTION catalog_counts_claim_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM catalog_counts_add_claims(array_agg(source_id), array_agg(criterion_id), array_agg(use_case_id), array_agg(technology_id), array_agg(1)) FROM new_rows HAVING count(*) > 0;
  PERFORM catalog_counts_reconcile_claims(array_agg(id)) FROM new_rows HAVING count(*) > 0;
  RETURN NULL;
END $$;

CREATE FUNCTION catalog_counts_claim_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM catalog_counts_add_claims(array_agg(source_id), array_agg(criterion_id), array_agg(use_case_id), array_agg(technology_id), array_agg(-1)) FROM old_rows HAVING count(*) > 0;
  PERFORM catalog_counts_reconcile_claims(array_agg(id)) FROM old_rows HAVING count(*) > 0;
  RETURN NULL;
END $$;

-- Only rows whose counted columns changed: a re-ingested source updates every claim's text.
CREATE FUNCTION catalog_counts_claim_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM catalog_counts_add_claims(array_agg(d.source_id), array_agg(d.criterion_id), array_agg(d.use_case_id), array_agg(d.technology_id), array_agg(d.sign))
  FROM (
    SELECT o.source_id, o.criterion_id, o.use_case_id, o.technology_id, -1 AS sign FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE (o.source_id, o.criterion_id, o.use_case_id, o.technology_id) IS DISTINCT FROM (n.source_id, n.criterion_id, n.use_case_id, n.technology_id)
    UNION ALL
    SELECT n.source_id, n.criterion_id, n.use_case_id, n.technology_id, 1 FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE (o.source_id, o.criterion_id, o.use_case_id, o.technology_id) IS DISTINCT FROM (n.source_id, n.criterion_id, n.use_case_id, n.technology_id)
  ) d HAVING count(*) > 0;
  PERFORM catalog_counts_reconcile_claims(array_agg(n.id)) FROM old_rows o JOIN new_rows n ON n.id = o.id
  WHERE (o.technology_id, o.winner_id, o.kind) IS DISTINCT FROM (n.technology_id, n.winner_id, n.kind) HAVING count(*) > 0;
  RETURN NULL;
END $$;

CREATE FUNCTION catalog_counts_mention_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM catalog_counts_reconcile_claims(array_agg(DISTINCT claim_id)) FROM new_rows HAVING count(*) > 0;
  RETURN NULL;
END $$;

-- Also the FK cascade from claim: one (often empty) statement per deleted claim.
CREATE FUNCTION catalog_counts_mention_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM catalog_counts_reconcile_claims(array_agg(DISTINCT claim_id)) FROM old_rows HAVING count(*) > 0;
  RETURN NULL;
END $$;

CREATE FUNCTION catalog_counts_mention_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM catalog_counts_reconcile_claims(array_agg(DISTINCT claim_id)) FROM (SELECT claim_id FROM old_rows UNION SELECT claim_id FROM new_rows) c HAVING count(*) > 0;
  RETURN NULL;
END $$;

-- Sources per technology: a function of the source_technology row alone.
CREATE FUNCTION catalog_counts_add_sources(technology_ids int[], signs int[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO technology_source_count AS t (technology_id, sources)
  SELECT d.technology_id, sum(d.sign)::int FROM unnest(technology_ids, signs) AS d(technology_id, sign)
  GROUP BY 1 HAVING sum(d.sign) <> 0 ORDER BY 1
  ON CONFLICT (technology_id) DO UPDATE SET sources = t.sources + EXCLUDED.sources;
  DELETE FROM technology_source_count WHERE sources = 0 AND technology_id = ANY(technology_ids);
END $$;

CREATE FUNCTION catalog_counts_source_technology_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM catalog_counts_add_sources(array_agg(technology_id), array_agg(1)) FROM new_rows HAVING count(*) > 0;
  RETURN NULL;
END $$;

CREATE FUNCTION catalog_counts_source_technology_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM catalog_counts_add_sources(array_agg(technology_id), array_agg(-1)) FROM old_rows HAVING count(*) > 0;
  RETURN NULL;
END $$;

CREATE FUNCTION catalog_counts_source_technology_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM catalog_counts_add_sources(array_agg(d.technology_id), array_agg(d.sign))
  FROM (SELECT technology_id, -1 AS sign FROM old_rows UNION ALL SELECT technology_id, 1 FROM new_rows) d HAVING count(*) > 0;
  RETURN NULL;
END $$;

-- A trigger with transition tables serves one event (PostgreSQL refuses several).
CREATE TRIGGER catalog_counts_claim_inserted AFTER INSERT ON claim REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION catalog_counts_claim_inserted();
CREATE TRIGGER catalog_counts_claim_updated AFTER UPDATE ON claim REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION catalog_counts_claim_updated();
CREATE TRIGGER catalog_counts_claim_deleted AFTER DELETE ON claim REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION catalog_counts_claim_deleted();
CREATE TRIGGER catalog_counts_mention_inserted AFTER INSERT ON claim_mention REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION catalog_counts_mention_inserted();
CREATE TRIGGER catalog_counts_mention_updated AFTER UPDATE ON claim_mention REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION catalog_counts_mention_updated();
CREATE TRIGGER catalog_counts_mention_deleted AFTER DELETE ON claim_mention REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION catalog_counts_mention_deleted();
CREATE TRIGGER catalog_counts_source_technology_inserted AFTER INSERT ON source_technology REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION catalog_counts_source_technology_inserted();
CREATE TRIGGER catalog_counts_source_technology_updated AFTER UPDATE ON source_technology REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION catalog_counts_source_technology_updated();
CREATE TRIGGER catalog_counts_source_technology_deleted AFTER DELETE ON source_technology REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION catalog_counts_source_technology_deleted();

-- Backfill from the rows already stored (in this migration's transaction, before any new write).
-- The pairs as catalog_counts_involved defines them, over every claim.
INSERT INTO claim_technology (claim_id, technology_id, kind)
SELECT c.id, c.technology_id, c.kind FROM claim c WHERE c.technology_id IS NOT NULL
UNION
SELECT c.id, c.winner_id, c.kind FROM claim c WHERE c.winner_id IS NOT NULL
UNION
SELECT m.claim_id, m.technology_id, c.kind FROM claim_mention m JOIN claim c ON c.id = m.claim_id;
INSERT INTO technology_kind_count (technology_id, kind, claims) SELECT technology_id, kind, count(*)::int FROM claim_technology GROUP BY 1, 2;
INSERT INTO technology_source_count (technology_id, sources) SELECT technology_id, count(*)::int FROM source_technology GROUP BY 1;
INSERT INTO criterion_technology_count (criterion_id, technology_id, claims)
SELECT criterion_id, coalesce(technology_id, 0), count(*)::int FROM claim WHERE criterion_id IS NOT NULL GROUP BY 1, 2;
INSERT INTO use_case_technology_count (use_case_id, technology_id, claims)
SELECT use_case_id, coalesce(technology_id, 0), count(*)::int FROM claim WHERE use_case_id IS NOT NULL GROUP BY 1, 2;
INSERT INTO source_claim_count (source_id, claims) SELECT source_id, count(*)::int FROM claim GROUP BY 1;
