-- AlterTable
ALTER TABLE "claim" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "criterion" ADD COLUMN     "edited_at" TIMESTAMPTZ(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "source" ADD COLUMN     "edited_at" TIMESTAMPTZ(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "technology" ADD COLUMN     "edited_at" TIMESTAMPTZ(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "use_case" ADD COLUMN     "edited_at" TIMESTAMPTZ(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- Existing data: a source whose claims an editor changed through the API has no annotation hash
-- (PATCH/DELETE /api/claims cleared it); seed files must leave it as it is.
UPDATE "source" SET "edited_at" = "updated_at" WHERE "annotation_hash" IS NULL;
