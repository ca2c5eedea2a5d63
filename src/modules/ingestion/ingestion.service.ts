import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DomainError, ErrorCode, notFound } from '../../common/errors/domain-error.js';
import { DataVersionService } from '../../common/cache/data-version.service.js';
import { TransactionRunner, type Tx } from '../../infra/database/transaction.js';
import { checkIfMatch, sourceToWrite } from '../sources/source-identity.js';
import { TaxonomyWriteService } from '../taxonomy/taxonomy-write.service.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { checkClaimShape } from './claim-rules.js';
import type { IngestSourceInput } from './dto/ingest-source.dto.js';
import { IngestionRepository } from './ingestion.repository.js';
import type { IngestionResult, IngestOptions, SourceRecord } from './ingestion.types.js';
import { locateQuote } from './quote-locator.js';
import { resolveClaim, resolveRef, type LocatedClaim, type RejectionItem } from './claim-resolution.js';

/**
 * The one write path for sources and their claims (seed loader, REST, GraphQL, CLI):
 * validate, verify every quote verbatim in the body, resolve taxonomy aliases, then write
 * everything in one transaction. Idempotent by content and annotation hashes.
 */
@Injectable()
export class IngestionService {
  private readonly logger = new Logger(IngestionService.name);

  constructor(
    private readonly repository: IngestionRepository,
    private readonly taxonomy: TaxonomyService,
    private readonly taxonomyWrites: TaxonomyWriteService,
    private readonly transactions: TransactionRunner,
    private readonly dataVersion: DataVersionService,
  ) {}

  /** POST /api/sources, GraphQL ingestSource, the CLI: the body travels in the input. */
  async ingestWithBody(input: IngestSourceInput, ifMatch?: string): Promise<IngestionResult> {
    if (input.source.body === undefined) {
      throw new DomainError(ErrorCode.VALIDATION_FAILED, 'source.body (the full text) is required', [{ field: 'source.body', message: 'required' }]);
    }
    return this.ingest(input, input.source.body, { ifMatch });
  }

  /** Deletes a source (slug or externalId) and, with it, its claims. */
  async deleteSource(key: string): Promise<void> {
    const deleted = await this.transactions.run((tx) => this.repository.deleteSource(tx, key));
    if (!deleted) throw notFound('source', key);
    this.dataVersion.bump();
  }

  /**
   * Writes one source with its claims. The write changes no source but the one its slug names
   * (409 otherwise); a change of an existing source's text needs If-Match unless `trusted`.
   */
  async ingest(input: IngestSourceInput, body: string, options: IngestOptions = {}): Promise<IngestionResult> {
    if (input.claims.length === 0) {
      throw new DomainError(ErrorCode.INVALID_ANNOTATION, `source '${input.source.slug}' has no claims; an annotation needs at least one (delete a source with DELETE /api/sources/:slug)`, [
        { field: 'claims', message: 'at least one claim is required' },
      ]);
    }
    const located = this.locateClaims(input, body);
    const { result, taxonomyChanged } = await this.transactions.run((tx) => this.write(tx, input, body, located, options));
    if (result.status !== 'unchanged' || taxonomyChanged) this.dataVersion.bump();
    return result;
  }

  /** Shape rules, unique keys and verbatim quotes, for every claim; all problems reported at once. */
  private locateClaims(input: IngestSourceInput, body: string): LocatedClaim[] {
    const errors: RejectionItem[] = [];
    const keys = new Set<string>();
    const located: LocatedClaim[] = [];
    input.claims.forEach((claim, i) => {
      const field = `claims[${i}] (${claim.key})`;
      if (keys.has(claim.key)) errors.push({ code: ErrorCode.INVALID_ANNOTATION, error: { field: `${field}.key`, message: `duplicate key '${claim.key}'` } });
      keys.add(claim.key);
      for (const error of checkClaimShape(claim, field)) errors.push({ code: ErrorCode.INVALID_ANNOTATION, error });
      if (claim.question && !body.includes(claim.question)) {
        errors.push({ code: ErrorCode.QUOTE_NOT_FOUND, error: { field: `${field}.question`, message: 'question not found verbatim in the source text' } });
      }
      try {
        const span = locateQuote(body, claim.quote, claim.occurrence);
        located.push({ ...claim, quoteStart: span.start, quoteEnd: span.end });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        errors.push({ code: error.code, error: { field: `${field}.quote`, message: error.message } });
      }
    });
    if (errors.length) throw this.rejection(input, errors);
    return located;
  }

  private async write(tx: Tx, input: IngestSourceInput, body: string, located: LocatedClaim[], options: IngestOptions): Promise<{ result: IngestionResult; taxonomyChanged: boolean }> {
    const taxonomyChanged = await this.taxonomyWrites.applyAdditions(tx, input.taxonomy);
    const index = await this.taxonomy.index(tx);
    const errors: RejectionItem[] = [];
    const compareIds = input.source.compares.map((t, i) => resolveRef(index.technologies, t, `source.compares[${i}]`, 'technology', errors));
    const claims = located.map((claim, i) => resolveClaim(index, claim, `claims[${i}] (${claim.key})`, errors));
    if (errors.length) throw this.rejection(input, errors);

    const contentHash = createHash('sha256').update(body).digest('hex');
    const matches = await this.repository.findMatches(tx, { slug: input.source.slug, externalId: input.source.externalId, contentHash });
    const existing = sourceToWrite({ slug: input.source.slug, externalId: input.source.externalId, contentHash }, matches);
    const textChanges = existing !== null && existing.contentHash !== contentHash;
    checkIfMatch(existing, options.ifMatch, textChanges, options.trusted ?? false);

    const record = this.toSourceRecord(input, body, contentHash, existing?.externalId, compareIds.filter((id): id is number => id !== null));
    if (existing && existing.contentHash === record.contentHash && existing.annotationHash === record.annotationHash) {
      const total = await this.repository.countClaims(tx, existing.id);
      const result = { sourceId: existing.id, slug: existing.slug, externalId: existing.externalId, status: 'unchanged', claims: { total, created: 0, updated: 0, deleted: 0 } } as const;
      return { result, taxonomyChanged };
    }
    const sourceId = await this.repository.saveSource(tx, existing?.id ?? null, record);
    const counts = await this.repository.syncClaims(tx, sourceId, claims);
    const status = existing ? 'updated' : 'created';
    this.logger.log(`${status} source ${record.slug}${textChanges ? ' (text revised)' : ''}: ${claims.length} claims (+${counts.created} ~${counts.updated} -${counts.deleted})`);
    return { result: { sourceId, slug: record.slug, externalId: record.externalId, status, claims: { total: claims.length, ...counts } }, taxonomyChanged };
  }

  private toSourceRecord(input: IngestSourceInput, body: string, contentHash: string, storedExternalId: string | undefined, compareIds: number[]): SourceRecord {
    const { body: _inline, ...metadata } = input.source;
    const stated = metadata.publishedAt ?? null;
    const parts = stated?.split('-').map(Number) ?? [];
    return {
      externalId: metadata.externalId ?? storedExternalId ?? `sha256-${contentHash.slice(0, 16)}`,
      slug: metadata.slug,
      title: metadata.title,
      author: metadata.author ?? null,
      publisher: metadata.publisher ?? null,
      publishedOn: stated ? new Date(Date.UTC(parts[0], (parts[1] ?? 1) - 1, parts[2] ?? 1)) : null,
      publishedPrecision: stated ? (['YEAR', 'MONTH', 'DAY'] as const)[parts.length - 1] : null,
      url: metadata.url ?? null,
      body,
      contentHash,
      annotationHash: createHash('sha256').update(JSON.stringify({ source: metadata, claims: input.claims })).digest('hex'),
      compareIds,
    };
  }

  private rejection(input: IngestSourceInput, errors: RejectionItem[]): DomainError {
    const list = errors.map((e) => e.error);
    const head = list.slice(0, 3).map((e) => `${e.field}: ${e.message}`).join('; ');
    return new DomainError(
      errors[0].code,
      `source '${input.source.slug}' was rejected, nothing stored (${errors.length} problem${errors.length > 1 ? 's' : ''}): ${head}${errors.length > 3 ? '; …' : ''}`,
      list,
    );
  }
}
