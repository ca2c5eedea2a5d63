-- Full-text search over claims. The Prisma schema language cannot express an expression
-- index, so it lives here only, and queries must use the same expression to hit it
-- (see the claims repository). Valid on PostgreSQL 15 and 18 (PGlite).
CREATE INDEX "claim_search_idx" ON "claim" USING GIN (to_tsvector('english', "statement" || ' ' || "quote"));

-- Full-text search over sources (title and body) for /api/search.
CREATE INDEX "source_search_idx" ON "source" USING GIN (to_tsvector('english', "title" || ' ' || "body"));
