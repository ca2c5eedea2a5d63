-- CreateEnum
CREATE TYPE "DraftStatus" AS ENUM ('OPEN', 'PUBLISHED', 'DISCARDED');

-- CreateEnum
CREATE TYPE "DraftClaimOrigin" AS ENUM ('DRAFTED', 'ADDED');

-- CreateEnum
CREATE TYPE "DraftClaimDecision" AS ENUM ('PENDING', 'ACCEPTED', 'REJECTED');

-- CreateTable
CREATE TABLE "extraction_draft" (
    "id" SERIAL NOT NULL,
    "status" "DraftStatus" NOT NULL DEFAULT 'OPEN',
    "format" TEXT NOT NULL,
    "content" TEXT,
    "body" TEXT NOT NULL,
    "source" JSONB NOT NULL,
    "proposals" JSONB NOT NULL,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "published_at" TIMESTAMPTZ(3),
    "published_slug" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "extraction_draft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "extraction_draft_claim" (
    "draft_id" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "origin" "DraftClaimOrigin" NOT NULL,
    "decision" "DraftClaimDecision" NOT NULL DEFAULT 'PENDING',
    "kind" TEXT NOT NULL,
    "drafted" JSONB,
    "claim" JSONB NOT NULL,
    "edited" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "extraction_draft_claim_pkey" PRIMARY KEY ("draft_id","key")
);

-- CreateIndex
CREATE INDEX "extraction_draft_status_id_idx" ON "extraction_draft"("status", "id");

-- CreateIndex
CREATE INDEX "extraction_draft_published_at_idx" ON "extraction_draft"("published_at");

-- AddForeignKey
ALTER TABLE "extraction_draft_claim" ADD CONSTRAINT "extraction_draft_claim_draft_id_fkey" FOREIGN KEY ("draft_id") REFERENCES "extraction_draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;
