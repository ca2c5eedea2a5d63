import { Injectable } from '@nestjs/common';
import type { ClaimKind, VerdictOutcome } from '../../generated/prisma/client.js';
import { PrismaService } from '../../infra/database/prisma.service.js';
import { clientOf, type Tx } from '../../infra/database/transaction.js';
import type { ClaimInput } from './dto/ingest-source.dto.js';
import { occurrenceAt } from './quote-locator.js';
import type { SourceMatches } from '../sources/source-identity.js';
import type { ResolvedClaim, SourceRecord } from './ingestion.types.js';

const toKind = (kind: ResolvedClaim['kind']) => kind.toUpperCase() as ClaimKind;
const toOutcome = (outcome: ResolvedClaim['outcome']) => (outcome ? (outcome.toUpperCase() as VerdictOutcome) : null);

@Injectable()
export class IngestionRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The stored sources a write's slug, externalId (when given) and text each name. */
  async findMatches(tx: Tx, request: { slug: string; externalId?: string; contentHash: string }): Promise<SourceMatches> {
    const db = clientOf(this.prisma, tx);
    const select = { id: true, slug: true, externalId: true, contentHash: true, annotationHash: true, updatedAt: true } as const;
    const or = [{ slug: request.slug }, { contentHash: request.contentHash }, ...(request.externalId === undefined ? [] : [{ externalId: request.externalId }])];
    const rows = await db.source.findMany({ where: { OR: or }, select });
    return {
      bySlug: rows.find((r) => r.slug === request.slug) ?? null,
      byExternalId: request.externalId === undefined ? null : (rows.find((r) => r.externalId === request.externalId) ?? null),
      byContent: rows.find((r) => r.contentHash === request.contentHash) ?? null,
    };
  }

  async saveSource(tx: Tx, existingId: number | null, record: SourceRecord): Promise<number> {
    const db = clientOf(this.prisma, tx);
    const { compareIds, ...data } = record;
    const id = existingId
      ? (await db.source.update({ where: { id: existingId }, data, select: { id: true } })).id
      : (await db.source.create({ data, select: { id: true } })).id;
    await db.sourceTechnology.deleteMany({ where: { sourceId: id } });
    await db.sourceTechnology.createMany({ data: compareIds.map((technologyId) => ({ sourceId: id, technologyId })) });
    return id;
  }

  /** Deletes by slug or externalId (claims cascade); false when there was none. */
  async deleteSource(tx: Tx, key: string): Promise<boolean> {
    const { count } = await clientOf(this.prisma, tx).source.deleteMany({ where: { OR: [{ slug: key }, { externalId: key }] } });
    return count > 0;
  }

  /** A claim in annotation form (slugs), with its source's text, for editing. */
  async claimForEdit(tx: Tx, id: number): Promise<{ claim: ClaimInput; sourceId: number; body: string } | null> {
    const row = await clientOf(this.prisma, tx).claim.findUnique({
      where: { id },
      include: {
        source: { select: { id: true, body: true } },
        technology: { select: { slug: true } },
        criterion: { select: { slug: true } },
        useCase: { select: { slug: true } },
        winner: { select: { slug: true } },
        mentions: { select: { technology: { select: { slug: true } } } },
      },
    });
    if (!row) return null;
    // occurrence is not stored: the offsets say which occurrence of the quote it is
    const claim: ClaimInput = {
      key: row.key,
      occurrence: occurrenceAt(row.source.body, row.quote, row.quoteStart),
      kind: row.kind.toLowerCase() as ClaimInput['kind'],
      statement: row.statement,
      quote: row.quote,
      technology: row.technology?.slug ?? null,
      criterion: row.criterion?.slug ?? null,
      useCase: row.useCase?.slug ?? null,
      winner: row.winner?.slug ?? null,
      outcome: (row.outcome?.toLowerCase() ?? null) as ClaimInput['outcome'],
      rating: row.rating,
      score: row.score,
      question: row.question,
      answer: row.answer,
      related: row.mentions.map((m) => m.technology.slug),
      qualifiers: row.qualifiers,
    };
    return { claim, sourceId: row.source.id, body: row.source.body };
  }

  /**
   * Replaces one claim's content. The source's annotation hash is cleared: the stored claims
   * no longer equal any annotation file, so the next load of one re-syncs them.
   */
  async updateClaim(tx: Tx, id: number, sourceId: number, claim: ResolvedClaim): Promise<void> {
    const db = clientOf(this.prisma, tx);
    await db.claim.update({ where: { id }, data: columns(claim) });
    await db.claimMention.deleteMany({ where: { claimId: id } });
    if (claim.mentionIds.length) await db.claimMention.createMany({ data: claim.mentionIds.map((technologyId) => ({ claimId: id, technologyId })) });
    await db.source.update({ where: { id: sourceId }, data: { annotationHash: null } });
  }

  async deleteClaim(tx: Tx, id: number): Promise<boolean> {
    const db = clientOf(this.prisma, tx);
    const claim = await db.claim.findUnique({ where: { id }, select: { sourceId: true } });
    if (!claim) return false;
    await db.claim.delete({ where: { id } });
    await db.source.update({ where: { id: claim.sourceId }, data: { annotationHash: null } });
    return true;
  }

  countClaims(tx: Tx, sourceId: number): Promise<number> {
    return clientOf(this.prisma, tx).claim.count({ where: { sourceId } });
  }

  /** Makes the source's claims equal to `claims` by key: creates, updates what changed, deletes the rest. */
  async syncClaims(tx: Tx, sourceId: number, claims: ResolvedClaim[]): Promise<{ created: number; updated: number; deleted: number }> {
    const db = clientOf(this.prisma, tx);
    const stored = await db.claim.findMany({ where: { sourceId }, include: { mentions: { select: { technologyId: true } } } });
    const storedByKey = new Map(stored.map((c) => [c.key, c]));
    const wanted = new Set(claims.map((c) => c.key));

    const removed = stored.filter((c) => !wanted.has(c.key)).map((c) => c.id);
    if (removed.length) await db.claim.deleteMany({ where: { id: { in: removed } } });

    const fresh = claims.filter((c) => !storedByKey.has(c.key));
    const created = fresh.length
      ? await db.claim.createManyAndReturn({ data: fresh.map((c) => ({ sourceId, ...columns(c) })), select: { id: true, key: true } })
      : [];
    const createdIds = new Map(created.map((c) => [c.key, c.id]));
    const mentions = fresh.flatMap((c) => c.mentionIds.map((technologyId) => ({ claimId: createdIds.get(c.key)!, technologyId })));

    const changedIds: number[] = [];
    for (const claim of claims) {
      const before = storedByKey.get(claim.key);
      if (!before) continue;
      const after = columns(claim);
      const beforeMentions = before.mentions.map((m) => m.technologyId).sort((a, b) => a - b);
      const changed =
        (Object.keys(after) as (keyof typeof after)[]).some((k) => JSON.stringify(after[k]) !== JSON.stringify(before[k])) ||
        JSON.stringify(beforeMentions) !== JSON.stringify([...claim.mentionIds].sort((a, b) => a - b));
      if (!changed) continue;
      changedIds.push(before.id);
      await db.claim.update({ where: { id: before.id }, data: after });
      mentions.push(...claim.mentionIds.map((technologyId) => ({ claimId: before.id, technologyId })));
    }
    // the changed claims' mentions are replaced: one delete for all of them
    if (changedIds.length) await db.claimMention.deleteMany({ where: { claimId: { in: changedIds } } });
    if (mentions.length) await db.claimMention.createMany({ data: mentions });
    return { created: created.length, updated: changedIds.length, deleted: removed.length };
  }
}

function columns(c: ResolvedClaim) {
  return {
    key: c.key,
    kind: toKind(c.kind),
    statement: c.statement,
    quote: c.quote,
    quoteStart: c.quoteStart,
    quoteEnd: c.quoteEnd,
    technologyId: c.technologyId,
    criterionId: c.criterionId,
    useCaseId: c.useCaseId,
    winnerId: c.winnerId,
    outcome: toOutcome(c.outcome),
    rating: c.rating,
    score: c.score,
    question: c.question,
    answer: c.answer,
    qualifiers: c.qualifiers,
  };
}
