-- Taxonomy flags that were constants in code (issue 24, item 6), now data editors can change on
-- each entry: a technology's names that are everyday English words (recommendations' need
-- matching), unspecific criteria (they match no need by themselves) and a criterion's neutral
-- phrases (extraction's polarity reading). Valid on PostgreSQL 15 and 18.

-- AlterTable
ALTER TABLE "criterion" ADD COLUMN     "neutral_phrases" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "unspecific" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "technology" ADD COLUMN     "common_word_names" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- Existing entries keep the treatment the constants gave them (neither version nor edited_at
-- moves: the entries say what the code did). The list is the former COMMON_WORD_NAMES of
-- src/modules/recommendations/need-matching.ts, matched against name and aliases as it was.
UPDATE "technology" t SET "common_word_names" = ARRAY(
  SELECT n FROM unnest(ARRAY[t."name"] || t."aliases") WITH ORDINALITY AS names(n, i)
  WHERE lower(n) = ANY (ARRAY['next', 'nest', 'express', 'react', 'requests', 'flask', 'tornado', 'pyramid', 'node', 'koa', 'hapi', 'pip', 'http', 'rest', 'keras', 'serverless', 'prisma', 'fabric', 'celery'])
  ORDER BY i)
WHERE lower(t."name") = ANY (ARRAY['next', 'nest', 'express', 'react', 'requests', 'flask', 'tornado', 'pyramid', 'node', 'koa', 'hapi', 'pip', 'http', 'rest', 'keras', 'serverless', 'prisma', 'fabric', 'celery'])
   OR EXISTS (SELECT 1 FROM unnest(t."aliases") AS a WHERE lower(a) = ANY (ARRAY['next', 'nest', 'express', 'react', 'requests', 'flask', 'tornado', 'pyramid', 'node', 'koa', 'hapi', 'pip', 'http', 'rest', 'keras', 'serverless', 'prisma', 'fabric', 'celery']));

-- The former UNSPECIFIC_CRITERIA of src/modules/recommendations/recommendations.service.ts.
UPDATE "criterion" SET "unspecific" = true WHERE "slug" IN ('overall', 'best-for', 'language-type');

-- The former "no <feature>" part of NEUTRALISE in src/modules/extraction/drafting/sentence-claims.ts,
-- on the criteria whose domain they name (as seeds/taxonomy/criteria.json has them).
UPDATE "criterion" SET "neutral_phrases" = ARRAY['no garbage collector'] WHERE "slug" = 'memory-usage';
UPDATE "criterion" SET "neutral_phrases" = ARRAY['no virtual DOM', 'no runtime'] WHERE "slug" = 'performance';
UPDATE "criterion" SET "neutral_phrases" = ARRAY['no daemon'] WHERE "slug" = 'architecture';
