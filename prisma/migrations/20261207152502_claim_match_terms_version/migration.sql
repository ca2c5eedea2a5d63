-- The normaliser version (MATCH_TERMS_VERSION, src/common/text/match-terms.ts) that computed each
-- claim's match_terms. Existing rows start NULL: nobody knows which version computed their terms,
-- so the boot pass (ClaimMatchTermsService) and `kb reindex` recompute them once, outside any
-- request; reads never write them any more. Valid on PostgreSQL 15 and 18.
ALTER TABLE "claim" ADD COLUMN     "match_terms_version" INTEGER;
