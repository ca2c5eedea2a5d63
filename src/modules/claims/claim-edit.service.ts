import { Injectable } from '@nestjs/common';
import { DataVersionService } from '../../common/cache/data-version.service.js';
import { DomainError, notFound } from '../../common/errors/domain-error.js';
import { TransactionRunner } from '../../infra/database/transaction.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { validateClaim } from './claim-validation.js';
import { resolveClaim, type RejectionItem } from './claim-resolution.js';
import type { ClaimPatchInput } from './dto/claim-patch.input.js';
import type { ClaimInput } from '../ingestion/dto/ingest-source.dto.js';
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

  async update(id: number, patch: ClaimPatchInput): Promise<number> {
    await this.transactions.run(async (tx) => {
      const current = await this.repository.claimForEdit(tx, id);
      if (!current) throw notFound('claim', String(id));
      // a new quote must be unique in the text or name its occurrence; an unchanged one keeps its place
      const kept = patch.quote === undefined || patch.quote === current.claim.quote ? current.claim.occurrence : undefined;
      const merged: ClaimInput = { ...current.claim, occurrence: kept, ...stripUndefined(patch) };
      const errors: RejectionItem[] = [];
      const located = validateClaim(merged, current.body, 'claim', errors) ?? { ...merged, quoteStart: 0, quoteEnd: 0 };
      const resolved = resolveClaim(await this.taxonomy.index(tx), located, 'claim', errors);
      if (errors.length) {
        throw new DomainError(errors[0].code, `claim ${id} was not changed: ${errors.map((e) => `${e.error.field}: ${e.error.message}`).join('; ')}`, errors.map((e) => e.error));
      }
      await this.repository.updateClaim(tx, id, current.sourceId, resolved);
    });
    this.dataVersion.bump();
    return id;
  }

  async delete(id: number): Promise<void> {
    const deleted = await this.transactions.run((tx) => this.repository.deleteClaim(tx, id));
    if (!deleted) throw notFound('claim', String(id));
    this.dataVersion.bump();
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
