import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/database/prisma.service.js';

/** Claim kinds a recommendation reads: evidence, and facts that tie a named library to its side. */
const KNOWLEDGE_KINDS = ['VERDICT', 'RATING', 'USE_CASE', 'SCENARIO', 'RECOMMENDATION', 'PRO', 'CON', 'FACT'] as const;

export interface KnowledgeRows {
  technologies: { id: number; slug: string; name: string; aliases: string[]; keywords: string[]; parentId: number | null }[];
  criteria: { id: number; slug: string; name: string; category: string; aliases: string[]; keywords: string[] }[];
  useCases: { id: number; slug: string; name: string; aliases: string[]; keywords: string[] }[];
  claims: {
    id: number;
    sourceId: number;
    kind: string;
    statement: string;
    quote: string;
    technologyId: number | null;
    useCaseId: number | null;
    criterionId: number | null;
    winnerId: number | null;
    outcome: string | null;
    score: number | null;
    qualifiers: string[];
    mentions: { technologyId: number }[];
  }[];
  compares: { sourceId: number; technologyId: number }[];
}

@Injectable()
export class RecommendationsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * What a recommendation reasons over: the taxonomy with its parents and keywords, the claims
   * of the evidence kinds (at most `claimLimit`, newest last) and which technologies each
   * source compares. The taxonomy module's own index does not carry parents and keywords.
   */
  async knowledge(claimLimit: number): Promise<KnowledgeRows> {
    const [technologies, criteria, useCases, claims, compares] = await Promise.all([
      this.prisma.technology.findMany({ select: { id: true, slug: true, name: true, aliases: true, keywords: true, parentId: true }, orderBy: { id: 'asc' } }),
      this.prisma.criterion.findMany({ select: { id: true, slug: true, name: true, category: true, aliases: true, keywords: true }, orderBy: { id: 'asc' } }),
      this.prisma.useCase.findMany({ select: { id: true, slug: true, name: true, aliases: true, keywords: true }, orderBy: { id: 'asc' } }),
      this.prisma.claim.findMany({
        where: { kind: { in: [...KNOWLEDGE_KINDS] } },
        select: {
          id: true, sourceId: true, kind: true, statement: true, quote: true, technologyId: true, useCaseId: true, criterionId: true,
          winnerId: true, outcome: true, score: true, qualifiers: true, mentions: { select: { technologyId: true } },
        },
        orderBy: { id: 'asc' },
        take: claimLimit,
      }),
      this.prisma.sourceTechnology.findMany({ select: { sourceId: true, technologyId: true } }),
    ]);
    return { technologies, criteria, useCases, claims: claims.map((c) => ({ ...c, kind: c.kind.toLowerCase(), outcome: c.outcome?.toLowerCase() ?? null })), compares };
  }
}
