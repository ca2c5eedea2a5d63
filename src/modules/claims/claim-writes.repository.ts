import { Injectable } from '@nestjs/common';
import { Prisma, type ClaimKind, type VerdictOutcome } from '../../generated/prisma/client.js';
import { PrismaService } from '../../infra/database/prisma.service.js';
import { clientOf, type Tx } from '../../infra/database/transaction.js';
import type { ClaimInput } from './dto/claim.input.js';
import { occurrenceAt } from './quote-locator.js';
import { MATCH_TERMS_VERSION, matchTerms } from '../../common/text/match-terms.js';
import type { ResolvedClaim } from './claims.types.js';

const toKind = (kind: ResolvedClaim['kind']) => kind.toUpperCase() as ClaimKind;
const toOutcome = (outcome: ResolvedClaim['outcome']) => (outcome ? (outcome.toUpperCase() as VerdictOutcome) : null);

/** A claim row for editing, its relations as slugs. */
interface EditRow {
  key: string;
  kind: string;
  statement: string;
  quote: string;
  quoteStart: number;
  outcome: string | null;
  rating: string | null;
  score: number | null;
  question: string | null;
  answer: string | null;
  qualifiers: string[];
  version: number;
  sourceId: number;
  body: string;
  technology: string | null;
  criterion: string | null;
  useCase: string | null;
  winner: string | null;
  related: string[];
}

@Injectable()
/** Every statement that writes `claim` and `claim_mention` (reads for clients: ClaimsRepository). */
export class ClaimWritesRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Locks the source of claim `id` (FOR UPDATE) until the transaction ends; false when there is
   * no such claim. Every write to a source's claims (ingestion, a claim's edit or deletion) takes
   * this lock first, always source before claims, so writers of one source queue instead of
   * overwriting each other, and never deadlock.
   */
  async lockSourceOfClaim(tx: Tx, id: number): Promise<boolean> {
    const rows = await clientOf(this.prisma, tx).$queryRaw<{ id: number }[]>(Prisma.sql`
      SELECT s.id FROM source s WHERE s.id = (SELECT c.source_id FROM claim c WHERE c.id = ${id}) FOR UPDATE OF s`);
    return rows.length > 0;
  }

  /** A claim in annotation form (slugs), with its source's text and its row version, for editing. */
  async claimForEdit(tx: Tx, id: number): Promise<{ claim: ClaimInput; sourceId: number; body: string; version: number } | null> {
    // One statement with joins: a findUnique with include runs its relation reads concurrently,
    // and inside a transaction (one connection) pg then queues queries on a busy client.
    const [row] = await clientOf(this.prisma, tx).$queryRaw<EditRow[]>(Prisma.sql`
      SELECT c.key, c.kind::text AS kind, c.statement, c.quote, c.quote_start AS "quoteStart", c.outcome::text AS outcome,
             c.rating, c.score, c.question, c.answer, c.qualifiers, c.version, c.source_id AS "sourceId", s.body,
             t.slug AS technology, cr.slug AS criterion, u.slug AS "useCase", w.slug AS winner,
             COALESCE((SELECT array_agg(mt.slug ORDER BY m.technology_id) FROM claim_mention m JOIN technology mt ON mt.id = m.technology_id WHERE m.claim_id = c.id), '{}') AS related
      FROM claim c
      JOIN source s ON s.id = c.source_id
      LEFT JOIN technology t ON t.id = c.technology_id
      LEFT JOIN criterion cr ON cr.id = c.criterion_id
      LEFT JOIN use_case u ON u.id = c.use_case_id
      LEFT JOIN technology w ON w.id = c.winner_id
      WHERE c.id = ${id}`);
    if (!row) return null;
    // occurrence is not stored: the offsets say which occurrence of the quote it is
    const claim: ClaimInput = {
      key: row.key,
      occurrence: occurrenceAt(row.body, row.quote, row.quoteStart),
      kind: row.kind.toLowerCase() as ClaimInput['kind'],
      statement: row.statement,
      quote: row.quote,
      technology: row.technology,
      criterion: row.criterion,
      useCase: row.useCase,
      winner: row.winner,
      outcome: (row.outcome?.toLowerCase() ?? null) as ClaimInput['outcome'],
      rating: row.rating,
      score: row.score,
      question: row.question,
      answer: row.answer,
      related: row.related,
      qualifiers: row.qualifiers,
    };
    return { claim, sourceId: row.sourceId, body: row.body, version: row.version };
  }

  /**
   * Replaces one claim's content. The source's annotation hash is cleared: the stored claims
   * no longer equal any annotation file, so the next load of one re-syncs them.
   */
  async updateClaim(tx: Tx, id: number, sourceId: number, claim: ResolvedClaim): Promise<number> {
    const db = clientOf(this.prisma, tx);
    const { version } = await db.claim.update({ where: { id }, data: { ...columns(claim), version: { increment: 1 } }, select: { version: true } });
    await db.claimMention.deleteMany({ where: { claimId: id } });
    if (claim.mentionIds.length) await db.claimMention.createMany({ data: claim.mentionIds.map((technologyId) => ({ claimId: id, technologyId })) });
    await this.markSourceEdited(tx, sourceId);
    return version;
  }

  /** Deletes a claim whose source the caller locked (claimForEdit read it). */
  async deleteClaim(tx: Tx, id: number, sourceId: number): Promise<void> {
    await clientOf(this.prisma, tx).claim.delete({ where: { id } });
    await this.markSourceEdited(tx, sourceId);
  }

  /**
   * A claim of the source changed: the source is a new version (its ETag changes), edited by an
   * editor (seed files leave it as it is), and its annotation hash is cleared.
   */
  private async markSourceEdited(tx: Tx, sourceId: number): Promise<void> {
    await clientOf(this.prisma, tx).source.update({ where: { id: sourceId }, data: { annotationHash: null, editedAt: new Date(), version: { increment: 1 } } });
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
        (Object.keys(after) as (keyof typeof after)[]).some((k) => !DERIVED_COLUMNS.has(k) && JSON.stringify(after[k]) !== JSON.stringify(before[k])) ||
        JSON.stringify(beforeMentions) !== JSON.stringify([...claim.mentionIds].sort((a, b) => a - b));
      if (!changed) continue;
      changedIds.push(before.id);
      await db.claim.update({ where: { id: before.id }, data: { ...after, version: { increment: 1 } } });
      mentions.push(...claim.mentionIds.map((technologyId) => ({ claimId: before.id, technologyId })));
    }
    // the changed claims' mentions are replaced: one delete for all of them
    if (changedIds.length) await db.claimMention.deleteMany({ where: { claimId: { in: changedIds } } });
    if (mentions.length) await db.claimMention.createMany({ data: mentions });
    return { created: created.length, updated: changedIds.length, deleted: removed.length };
  }
}

/** Columns derived from the others: a claim whose only difference is one of these is not a new version (stale terms are `kb reindex`'s work). */
const DERIVED_COLUMNS = new Set<string>(['matchTerms', 'matchTermsVersion']);

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
    // derived from statement and quote, stored beside them so that recommendations match needs through an index
    matchTerms: matchTerms(c.statement, c.quote),
    matchTermsVersion: MATCH_TERMS_VERSION,
  };
}
