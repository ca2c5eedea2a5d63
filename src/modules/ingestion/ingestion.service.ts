import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DomainError, ErrorCode, notFound } from '../../common/errors/domain-error.js';
import { DataVersionService } from '../../infra/database/data-version.service.js';
import { TransactionRunner, type Tx } from '../../infra/database/transaction.js';
import { checkIfMatch, sourceEtag, sourceToWrite } from '../sources/source-identity.js';
import { TaxonomyWriteService } from '../taxonomy/taxonomy-write.service.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import type { IngestSourceInput } from './dto/ingest-source.dto.js';
import { ClaimWritesRepository } from '../claims/claim-writes.repository.js';
import { SourceWritesRepository } from '../sources/source-writes.repository.js';
import type { SourceRecord } from '../sources/sources.types.js';
import type { IngestionResult, IngestOptions } from './ingestion.types.js';
import { resolveClaim, resolveRef, type LocatedClaim, type RejectionItem } from '../claims/claim-resolution.js';
import { validateClaim } from '../claims/claim-validation.js';

/**
 * The one write path for sources and their claims (seed loader, REST, GraphQL, CLI):
 * validate, verify every quote verbatim in the body, resolve taxonomy aliases, then write
 * everything in one transaction. Idempotent by content and annotation hashes.
 */
@Injectable()
export class IngestionService {
  private readonly logger = new Logger(IngestionService.name);

  constructor(
    private readonly sources: SourceWritesRepository,
    private readonly claims: ClaimWritesRepository,
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

  /**
   * Deletes one source (its slug, else its externalId) and, with it, its claims. `ifMatch` is
   * checked against the version read under the row lock, in the delete's transaction.
   */
  async deleteSource(key: string, ifMatch?: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      const target = await this.sources.lockByKey(tx, key);
      // If-Match names a version: when the source is gone (a concurrent delete won), that is 412
      checkIfMatch(target, ifMatch, false, false);
      if (!target) throw notFound('source', key);
      await this.sources.deleteSource(tx, target.id);
    });
    this.dataVersion.bump();
  }

  /**
   * Writes one source with its claims. The write changes no source but the one its slug names
   * (409 otherwise); a change of an existing source's text needs If-Match unless `trusted`.
   */
  async ingest(input: IngestSourceInput, body: string, options: IngestOptions = {}): Promise<IngestionResult> {
    return (await this.ingestThen(input, body, options, async () => undefined)).result;
  }

  /**
   * The same write, then `then` in its transaction: a caller whose own rows record the write (a
   * stored draft marks itself published) commits with it or not at all. A DomainError thrown by
   * `then` rolls the whole write back.
   */
  async ingestThen<T>(input: IngestSourceInput, body: string, options: IngestOptions, then: (tx: Tx, result: IngestionResult) => Promise<T>): Promise<{ result: IngestionResult; after: T }> {
    if (input.claims.length === 0) {
      throw new DomainError(ErrorCode.INVALID_ANNOTATION, `source '${input.source.slug}' has no claims; an annotation needs at least one (delete a source with DELETE /api/sources/:slug)`, [
        { field: 'claims', message: 'at least one claim is required' },
      ]);
    }
    const located = this.locateClaims(input, body);
    const { result, taxonomyChanged, after } = await this.transactions.run(async (tx) => {
      const written = await this.write(tx, input, body, located, options);
      return { ...written, after: await then(tx, written.result) };
    });
    if (result.status !== 'unchanged' || taxonomyChanged) this.dataVersion.bump();
    return { result, after };
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
      const checked = validateClaim(claim, body, field, errors);
      if (checked) located.push(checked);
    });
    if (errors.length) throw this.rejection(input, errors);
    return located;
  }

  private async write(tx: Tx, input: IngestSourceInput, body: string, located: LocatedClaim[], options: IngestOptions): Promise<{ result: IngestionResult; taxonomyChanged: boolean }> {
    const taxonomyChanged = await this.taxonomyWrites.applyAdditions(tx, input.taxonomy, !options.seed);
    const index = await this.taxonomy.index(tx);
    const errors: RejectionItem[] = [];
    const compareIds = input.source.compares.map((t, i) => resolveRef(index.technologies, t, `source.compares[${i}]`, 'technology', errors));
    const claims = located.map((claim, i) => resolveClaim(index, claim, `claims[${i}] (${claim.key})`, errors));
    if (errors.length) throw this.rejection(input, errors);

    const contentHash = createHash('sha256').update(body).digest('hex');
    const matches = await this.sources.findMatches(tx, { slug: input.source.slug, externalId: input.source.externalId, contentHash });
    const existing = sourceToWrite({ slug: input.source.slug, externalId: input.source.externalId, contentHash }, matches);
    const textChanges = existing !== null && existing.contentHash !== contentHash;
    checkIfMatch(existing, options.ifMatch, textChanges, options.trusted ?? false);

    const record = this.toSourceRecord(input, body, contentHash, existing?.externalId, compareIds.filter((id): id is number => id !== null));
    if (existing && existing.contentHash === record.contentHash && existing.annotationHash === record.annotationHash) {
      const total = await this.claims.countClaims(tx, existing.id);
      const result = { sourceId: existing.id, slug: existing.slug, externalId: existing.externalId, status: 'unchanged', etag: sourceEtag(existing), claims: { total, created: 0, updated: 0, deleted: 0 } } as const;
      return { result, taxonomyChanged };
    }
    if (options.seed && existing?.editedAt) {
      // seed files never overwrite an editor's change: the seed loader reports it and goes on
      throw new DomainError(
        ErrorCode.EDITED_CONFLICT,
        `source '${existing.slug}' was edited through the API or kb ingest (${existing.editedAt.toISOString()}); its seed file was not applied and the source was left as it is`,
      );
    }
    const sourceId = await this.sources.saveSource(tx, existing?.id ?? null, record, !options.seed);
    const counts = await this.claims.syncClaims(tx, sourceId, claims);
    const status = existing ? 'updated' : 'created';
    this.logger.log(`${status} source ${record.slug}${textChanges ? ' (text revised)' : ''}: ${claims.length} claims (+${counts.created} ~${counts.updated} -${counts.deleted})`);
    const etag = sourceEtag({ id: sourceId, version: existing ? existing.version + 1 : 1, contentHash: record.contentHash, annotationHash: record.annotationHash });
    return { result: { sourceId, slug: record.slug, externalId: record.externalId, status, etag, claims: { total: claims.length, ...counts } }, taxonomyChanged };
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
