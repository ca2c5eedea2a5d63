import { Injectable } from '@nestjs/common';
import { Prisma } from '../../generated/prisma/client.js';
import type { DraftClaimDecision, DraftClaimOrigin, DraftStatus as StatusColumn } from '../../generated/prisma/client.js';
import { PrismaService } from '../../infra/database/prisma.service.js';
import { clientOf, type Tx } from '../../infra/database/transaction.js';
import type {
  ClaimDecision,
  ClaimFields,
  DraftClaimRecord,
  DraftProposals,
  DraftSourceFields,
  DraftStatsRow,
  DraftStatus,
  NewDraft,
  StatsBucket,
  StoredDraft,
  StoredDraftSummary,
} from './drafts.types.js';

const STATUS_COLUMN: Record<DraftStatus, StatusColumn> = { open: 'OPEN', published: 'PUBLISHED', discarded: 'DISCARDED' };
const DECISION_COLUMN: Record<ClaimDecision, DraftClaimDecision> = { pending: 'PENDING', accepted: 'ACCEPTED', rejected: 'REJECTED' };
const ORIGIN_COLUMN: Record<DraftClaimRecord['origin'], DraftClaimOrigin> = { drafted: 'DRAFTED', added: 'ADDED' };
const lower = <T extends string>(value: string) => value.toLowerCase() as T;

type DraftRow = Prisma.ExtractionDraftGetPayload<{ include: { claims: true } }>;
type ClaimRow = DraftRow['claims'][number];

/** Every statement that reads or writes `extraction_draft` and `extraction_draft_claim`. */
@Injectable()
export class DraftsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async create(tx: Tx, draft: NewDraft): Promise<number> {
    const db = clientOf(this.prisma, tx);
    const row = await db.extractionDraft.create({
      data: {
        format: draft.format,
        content: draft.content,
        body: draft.body,
        source: draft.source as unknown as Prisma.InputJsonValue,
        proposals: draft.proposals as unknown as Prisma.InputJsonValue,
        createdBy: draft.createdBy,
      },
      select: { id: true },
    });
    if (draft.claims.length) await db.extractionDraftClaim.createMany({ data: draft.claims.map((c) => claimData(row.id, c)) });
    return row.id;
  }

  async find(id: number, tx?: Tx): Promise<StoredDraft | null> {
    const row = await clientOf(this.prisma, tx).extractionDraft.findUnique({ where: { id }, include: { claims: { orderBy: { position: 'asc' } } } });
    return row ? toDraft(row) : null;
  }

  /** The draft's version, its row locked until the transaction ends (writers of one draft queue here). */
  async lockVersion(tx: Tx, id: number): Promise<{ version: number; status: DraftStatus } | null> {
    const rows = await clientOf(this.prisma, tx).$queryRaw<{ version: number; status: StatusColumn }[]>(
      Prisma.sql`SELECT version, status FROM extraction_draft WHERE id = ${id} FOR UPDATE`,
    );
    return rows[0] ? { version: rows[0].version, status: lower<DraftStatus>(rows[0].status) } : null;
  }

  /** A new version of the draft: its own fields as given, and the claims named replaced. */
  async save(tx: Tx, id: number, change: { status?: DraftStatus; proposals?: DraftProposals; publishedAt?: Date; publishedSlug?: string; claims?: DraftClaimRecord[] }): Promise<void> {
    const db = clientOf(this.prisma, tx);
    for (const claim of change.claims ?? []) {
      await db.extractionDraftClaim.upsert({ where: { draftId_key: { draftId: id, key: claim.key } }, create: claimData(id, claim), update: claimData(id, claim) });
    }
    await db.extractionDraft.update({
      where: { id },
      data: {
        version: { increment: 1 },
        ...(change.status ? { status: STATUS_COLUMN[change.status] } : {}),
        ...(change.proposals ? { proposals: change.proposals as unknown as Prisma.InputJsonValue } : {}),
        ...(change.publishedAt ? { publishedAt: change.publishedAt, publishedSlug: change.publishedSlug } : {}),
      },
    });
  }

  /** A page of drafts, newest first, after the draft `after` (a keyset on id). One more than asked tells whether another page follows. */
  async list(status: DraftStatus | undefined, size: number, after: number | null): Promise<StoredDraftSummary[]> {
    const db = this.prisma;
    const rows = await db.extractionDraft.findMany({
      where: { ...(status ? { status: STATUS_COLUMN[status] } : {}), ...(after !== null ? { id: { lt: after } } : {}) },
      orderBy: { id: 'desc' },
      take: size,
      select: { id: true, version: true, status: true, format: true, createdBy: true, createdAt: true, updatedAt: true, publishedAt: true, publishedSlug: true, source: true, proposals: true },
    });
    const counts = rows.length
      ? await db.extractionDraftClaim.groupBy({ by: ['draftId', 'decision'], where: { draftId: { in: rows.map((r) => r.id) } }, _count: { _all: true } })
      : [];
    return rows.map((row) => {
      const mine = counts.filter((c) => c.draftId === row.id);
      const count = (decision?: DraftClaimDecision) => mine.filter((c) => !decision || c.decision === decision).reduce((n, c) => n + c._count._all, 0);
      return {
        ...row,
        status: lower<DraftStatus>(row.status),
        source: row.source as unknown as DraftSourceFields,
        proposals: row.proposals as unknown as DraftProposals,
        counts: { claims: count(), pending: count('PENDING'), accepted: count('ACCEPTED'), rejected: count('REJECTED') },
      };
    });
  }

  /**
   * Published drafts' claims counted per draft and kind, with the draft's format and the start
   * of its publication period (UTC). Added claims count only when kept (accepted).
   */
  statsRows(from: Date | null, to: Date | null, bucket: StatsBucket): Promise<DraftStatsRow[]> {
    return this.prisma.$queryRaw<DraftStatsRow[]>(Prisma.sql`
      SELECT d.id AS "draftId", d.format, c.kind,
        to_char(date_trunc(${bucket}, d.published_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS period,
        (count(*) FILTER (WHERE c.origin = 'DRAFTED'))::int AS drafted,
        (count(*) FILTER (WHERE c.origin = 'DRAFTED' AND c.decision = 'ACCEPTED' AND cardinality(c.edited) = 0))::int AS "acceptedUnchanged",
        (count(*) FILTER (WHERE c.origin = 'DRAFTED' AND c.decision = 'ACCEPTED' AND cardinality(c.edited) > 0))::int AS "acceptedEdited",
        (count(*) FILTER (WHERE c.origin = 'DRAFTED' AND c.decision = 'REJECTED'))::int AS rejected,
        (count(*) FILTER (WHERE c.origin = 'ADDED' AND c.decision = 'ACCEPTED'))::int AS added
      FROM extraction_draft d JOIN extraction_draft_claim c ON c.draft_id = d.id
      WHERE d.status = 'PUBLISHED' ${window(from, to)}
      GROUP BY d.id, d.format, c.kind, period
      ORDER BY d.id, c.kind`);
  }

  /** How often each field was changed on drafted claims the editor accepted, most first. */
  editedFieldCounts(from: Date | null, to: Date | null): Promise<{ field: string; count: number }[]> {
    return this.prisma.$queryRaw<{ field: string; count: number }[]>(Prisma.sql`
      SELECT field, count(*)::int AS count
      FROM extraction_draft d JOIN extraction_draft_claim c ON c.draft_id = d.id, unnest(c.edited) AS field
      WHERE d.status = 'PUBLISHED' AND c.origin = 'DRAFTED' AND c.decision = 'ACCEPTED' ${window(from, to)}
      GROUP BY field
      ORDER BY count DESC, field`);
  }
}

function window(from: Date | null, to: Date | null): Prisma.Sql {
  return Prisma.sql`${from ? Prisma.sql`AND d.published_at >= ${from}` : Prisma.empty} ${to ? Prisma.sql`AND d.published_at < ${to}` : Prisma.empty}`;
}

function claimData(draftId: number, claim: DraftClaimRecord) {
  return {
    draftId,
    key: claim.key,
    position: claim.position,
    origin: ORIGIN_COLUMN[claim.origin],
    decision: DECISION_COLUMN[claim.decision],
    kind: claim.drafted?.kind ?? claim.claim.kind,
    drafted: claim.drafted === null ? Prisma.DbNull : (claim.drafted as unknown as Prisma.InputJsonValue),
    claim: claim.claim as unknown as Prisma.InputJsonValue,
    edited: claim.edited,
  };
}

function toDraft(row: DraftRow): StoredDraft {
  return {
    id: row.id,
    version: row.version,
    status: lower<DraftStatus>(row.status),
    format: row.format,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    publishedAt: row.publishedAt,
    publishedSlug: row.publishedSlug,
    source: row.source as unknown as DraftSourceFields,
    body: row.body,
    proposals: row.proposals as unknown as DraftProposals,
    claims: row.claims.map(toClaim),
  };
}

function toClaim(row: ClaimRow): DraftClaimRecord {
  return {
    key: row.key,
    position: row.position,
    origin: lower<DraftClaimRecord['origin']>(row.origin),
    decision: lower<ClaimDecision>(row.decision),
    edited: row.edited,
    claim: row.claim as unknown as ClaimFields,
    drafted: (row.drafted as unknown as ClaimFields | null) ?? null,
  };
}
