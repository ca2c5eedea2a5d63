-- The terms a recommendation matches a need against (src/modules/recommendations/need-matching.ts
-- terms(): its own normalisation, expansions and stemmer, which the english parser of PostgreSQL does
-- not reproduce), stored per claim so that a need is matched through a GIN index instead of
-- every claim being read into the app (bench:scale at 1,000,000 claims: the app ran out of heap).
-- The claim writers store them. NULL means "not computed yet" (rows from before this migration,
-- rows loaded in bulk by SQL): the recommendations repository fills those before it reads.
-- Valid on PostgreSQL 15 and 18.
ALTER TABLE "claim" ADD COLUMN "match_terms" TEXT[];

CREATE INDEX "claim_match_terms_idx" ON "claim" USING GIN ("match_terms");
