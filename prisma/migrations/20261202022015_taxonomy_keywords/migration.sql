-- AlterTable
ALTER TABLE "criterion" ADD COLUMN     "keywords" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "technology" ADD COLUMN     "keywords" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "use_case" ADD COLUMN     "keywords" TEXT[] DEFAULT ARRAY[]::TEXT[];
