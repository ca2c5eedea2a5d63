import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { ClaimsService } from './claims.service.js';
import { CLAIM_CSV_HEADER, claimCsvLine, claimNdjsonLine } from './claims-export.js';
import type { ClaimFilterInput } from './dto/claim-filter.input.js';

/** Rows read per statement while exporting: memory stays at one batch whatever the result size. */
export const EXPORT_BATCH = 500;

@Injectable()
export class ClaimsExportService {
  constructor(private readonly claims: ClaimsService) {}

  /**
   * Every claim matching the filter, as CSV or NDJSON, read in keyset batches (id order) and
   * written as they come: the stream pulls the next batch only when the client has taken the
   * last one. Filters are resolved first, so a bad filter is a 400 before any byte is sent.
   */
  async stream(filter: ClaimFilterInput, format: 'csv' | 'ndjson'): Promise<Readable> {
    const criteria = await this.claims.resolve(filter);
    const claims = this.claims;
    async function* lines() {
      if (format === 'csv') yield CLAIM_CSV_HEADER + '\r\n';
      let afterId: number | null = null;
      for (;;) {
        const batch = await claims.listResolved(criteria, EXPORT_BATCH, afterId);
        if (batch.length) yield batch.map((c) => (format === 'csv' ? claimCsvLine(c) + '\r\n' : claimNdjsonLine(c) + '\n')).join('');
        if (batch.length < EXPORT_BATCH) return;
        afterId = batch[batch.length - 1].id;
      }
    }
    return Readable.from(lines(), { objectMode: false });
  }
}
