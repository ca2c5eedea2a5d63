import { Injectable } from '@nestjs/common';
import { Prisma } from '../../generated/prisma/client.js';
import { PrismaService } from '../../infra/database/prisma.service.js';

export interface ClaimText {
  id: number;
  statement: string;
  quote: string;
}

/** The stored match terms of claims (`claim.match_terms`, `claim.match_terms_version`): what `kb reindex` reads and writes. */
@Injectable()
export class ClaimMatchTermsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Claims after `afterId` whose terms were computed by another normaliser version, or never (NULL), in id order. */
  staleClaims(version: number, afterId: number, limit: number): Promise<ClaimText[]> {
    return this.prisma.readRows(Prisma.sql`
      SELECT id, statement, quote FROM claim
      WHERE id > ${afterId} AND (match_terms IS NULL OR match_terms_version IS DISTINCT FROM ${version}::int)
      ORDER BY id LIMIT ${limit}`);
  }

  /**
   * Stores recomputed terms with their version (terms hold no spaces: each list travels as one
   * space-joined string). A row a claim write changed meanwhile already carries `version` and is
   * left as that write stored it. Returns the rows written.
   */
  async store(version: number, rows: { id: number; terms: string[] }[]): Promise<number> {
    if (!rows.length) return 0;
    return this.prisma.$executeRaw(Prisma.sql`
      UPDATE claim SET match_terms = string_to_array(t.terms, ' '), match_terms_version = ${version}::int
      FROM unnest(${rows.map((r) => r.id)}::int[], ${rows.map((r) => r.terms.join(' '))}::text[]) AS t(id, terms)
      WHERE claim.id = t.id AND (claim.match_terms IS NULL OR claim.match_terms_version IS DISTINCT FROM ${version}::int)`);
  }
}
