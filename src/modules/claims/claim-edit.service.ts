import { Injectable } from '@nestjs/common';
import { DataVersionService } from '../../infra/database/data-version.service.js';
import { DomainError, notFound } from '../../common/errors/domain-error.js';
import { assertIfMatch, rowEtag } from '../../common/preconditions/if-match.js';
import { TransactionRunner, type Tx } from '../../infra/database/transaction.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { validateClaim } from './claim-validation.js';
import { resolveClaim, type RejectionItem } from './claim-resolution.js';
import type { ClaimPatchInput } from './dto/claim-patch.input.js';
import type { ClaimInput } from './dto/claim.input.js';
import { ClaimWritesRepository } from './claim-writes.repository.js';

/** Edits and deletions of single claims, with the same validation as ingestion, in one transaction. */
@Injectable()
export class ClaimEditService {
  constructor(
    private readonly repository: ClaimWritesRepository,
    private readonly taxonomy: TaxonomyService,
    private readonly transactions: TransactionRunner,
    private readonly dataVersion: DataVersionService,
  ) {}

  /**
   * Changes one claim. Its source is locked first (every writer of a source's claims queues
   * there), then the claim is read: `ifMatch` (the claim's ETag, optional) is compared with that
   * version in the same transaction, so of two editors holding one ETag one wins and the other
   * gets 412. Returns the claim id and the ETag of the version written.
   */
  async update(id: number, patch: ClaimPatchInput, ifMatch?: string): Promise<{ id: number; etag: string }> {
    const etag = await this.transactions.run(async (tx) => {
      const current = await this.lockedForEdit(tx, id, ifMatch);
      // a new quote must be unique in the text or name its occurrence; an unchanged one keeps its place
      const kept = patch.quote === undefined || patch.quote === current.claim.quote ? current.claim.occurrence : undefined;
      const merged: ClaimInput = { ...current.claim, occurrence: kept, ...stripUndefined(patch) };
      const errors: RejectionItem[] = [];
      const located = validateClaim(merged, current.body, 'claim', errors) ?? { ...merged, quoteStart: 0, quoteEnd: 0 };
      const resolved = resolveClaim(await this.taxonomy.index(tx), located, 'claim', errors);
      if (errors.length) {
        throw new DomainError(errors[0].code, `claim ${id} was not changed: ${errors.map((e) => `${e.error.field}: ${e.error.message}`).join('; ')}`, errors.map((e) => e.error));
      }
      return rowEtag('claim', id, await this.repository.updateClaim(tx, id, current.sourceId, resolved));
    });
    this.dataVersion.bump();
    return { id, etag };
  }

  async delete(id: number, ifMatch?: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      const current = await this.lockedForEdit(tx, id, ifMatch);
      await this.repository.deleteClaim(tx, id, current.sourceId);
    });
    this.dataVersion.bump();
  }

  /** The claim as stored now, its source locked for this transaction, If-Match checked against it. */
  private async lockedForEdit(tx: Tx, id: number, ifMatch: string | undefined) {
    const current = (await this.repository.lockSourceOfClaim(tx, id)) ? await this.repository.claimForEdit(tx, id) : null;
    if (!current) {
      assertIfMatch(null, ifMatch, `claim ${id}`);
      throw notFound('claim', String(id));
    }
    assertIfMatch(rowEtag('claim', id, current.version), ifMatch, `claim ${id}`);
    return current;
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
