-- CreateEnum
CREATE TYPE "ClaimKind" AS ENUM ('VERDICT', 'RATING', 'USE_CASE', 'SCENARIO', 'FAQ', 'PRO', 'CON', 'FACT', 'RECOMMENDATION');

-- CreateEnum
CREATE TYPE "VerdictOutcome" AS ENUM ('WIN', 'TIE', 'SPLIT', 'NEITHER');

-- CreateEnum
CREATE TYPE "TechnologyKind" AS ENUM ('LANGUAGE', 'RUNTIME', 'FRAMEWORK', 'LIBRARY', 'DATABASE', 'TOOL', 'PLATFORM', 'PROTOCOL', 'PACKAGE_REGISTRY', 'SERVICE');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- CreateEnum
CREATE TYPE "ApiKeyRole" AS ENUM ('READER', 'EDITOR', 'ADMIN');

-- CreateTable
CREATE TABLE "source" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "external_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "author" TEXT,
    "publisher" TEXT,
    "published_on" DATE,
    "published_precision" "DatePrecision",
    "url" TEXT,
    "body" TEXT NOT NULL,
    "content_hash" CHAR(64) NOT NULL,
    "annotation_hash" CHAR(64),
    "ingested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "technology" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "TechnologyKind" NOT NULL,
    "parent_id" INTEGER,
    "aliases" TEXT[],
    "lookup_keys" TEXT[],

    CONSTRAINT "technology_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "criterion" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "aliases" TEXT[],
    "lookup_keys" TEXT[],

    CONSTRAINT "criterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "use_case" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[],
    "lookup_keys" TEXT[],

    CONSTRAINT "use_case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "source_technology" (
    "source_id" INTEGER NOT NULL,
    "technology_id" INTEGER NOT NULL,

    CONSTRAINT "source_technology_pkey" PRIMARY KEY ("source_id","technology_id")
);

-- CreateTable
CREATE TABLE "claim" (
    "id" SERIAL NOT NULL,
    "source_id" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "ClaimKind" NOT NULL,
    "statement" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "quote_start" INTEGER NOT NULL,
    "quote_end" INTEGER NOT NULL,
    "criterion_id" INTEGER,
    "use_case_id" INTEGER,
    "technology_id" INTEGER,
    "winner_id" INTEGER,
    "outcome" "VerdictOutcome",
    "rating" TEXT,
    "score" DOUBLE PRECISION,
    "question" TEXT,
    "answer" TEXT,
    "qualifiers" TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim_mention" (
    "claim_id" INTEGER NOT NULL,
    "technology_id" INTEGER NOT NULL,

    CONSTRAINT "claim_mention_pkey" PRIMARY KEY ("claim_id","technology_id")
);

-- CreateTable
CREATE TABLE "api_key" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "key_hash" CHAR(64) NOT NULL,
    "prefix" TEXT NOT NULL,
    "role" "ApiKeyRole" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "api_key_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "source_slug_key" ON "source"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "source_external_id_key" ON "source"("external_id");

-- CreateIndex
CREATE UNIQUE INDEX "source_content_hash_key" ON "source"("content_hash");

-- CreateIndex
CREATE INDEX "source_published_on_id_idx" ON "source"("published_on", "id");

-- CreateIndex
CREATE UNIQUE INDEX "technology_slug_key" ON "technology"("slug");

-- CreateIndex
CREATE INDEX "technology_lookup_keys_idx" ON "technology" USING GIN ("lookup_keys");

-- CreateIndex
CREATE UNIQUE INDEX "criterion_slug_key" ON "criterion"("slug");

-- CreateIndex
CREATE INDEX "criterion_lookup_keys_idx" ON "criterion" USING GIN ("lookup_keys");

-- CreateIndex
CREATE UNIQUE INDEX "use_case_slug_key" ON "use_case"("slug");

-- CreateIndex
CREATE INDEX "use_case_lookup_keys_idx" ON "use_case" USING GIN ("lookup_keys");

-- CreateIndex
CREATE INDEX "source_technology_technology_id_idx" ON "source_technology"("technology_id");

-- CreateIndex
CREATE INDEX "claim_criterion_id_id_idx" ON "claim"("criterion_id", "id");

-- CreateIndex
CREATE INDEX "claim_technology_id_id_idx" ON "claim"("technology_id", "id");

-- CreateIndex
CREATE INDEX "claim_winner_id_id_idx" ON "claim"("winner_id", "id");

-- CreateIndex
CREATE INDEX "claim_use_case_id_id_idx" ON "claim"("use_case_id", "id");

-- CreateIndex
CREATE INDEX "claim_kind_id_idx" ON "claim"("kind", "id");

-- CreateIndex
CREATE UNIQUE INDEX "claim_source_id_key_key" ON "claim"("source_id", "key");

-- CreateIndex
CREATE INDEX "claim_mention_technology_id_idx" ON "claim_mention"("technology_id");

-- CreateIndex
CREATE UNIQUE INDEX "api_key_key_hash_key" ON "api_key"("key_hash");

-- CreateIndex
CREATE UNIQUE INDEX "api_key_prefix_key" ON "api_key"("prefix");

-- AddForeignKey
ALTER TABLE "technology" ADD CONSTRAINT "technology_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "technology"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_technology" ADD CONSTRAINT "source_technology_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_technology" ADD CONSTRAINT "source_technology_technology_id_fkey" FOREIGN KEY ("technology_id") REFERENCES "technology"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim" ADD CONSTRAINT "claim_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim" ADD CONSTRAINT "claim_criterion_id_fkey" FOREIGN KEY ("criterion_id") REFERENCES "criterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim" ADD CONSTRAINT "claim_use_case_id_fkey" FOREIGN KEY ("use_case_id") REFERENCES "use_case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim" ADD CONSTRAINT "claim_technology_id_fkey" FOREIGN KEY ("technology_id") REFERENCES "technology"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim" ADD CONSTRAINT "claim_winner_id_fkey" FOREIGN KEY ("winner_id") REFERENCES "technology"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_mention" ADD CONSTRAINT "claim_mention_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_mention" ADD CONSTRAINT "claim_mention_technology_id_fkey" FOREIGN KEY ("technology_id") REFERENCES "technology"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
