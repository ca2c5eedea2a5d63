import { searchText } from '../../common/text/search-text.js';
import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, notFound, type FieldError } from '../../common/errors/domain-error.js';
import { decodeCursor, encodeCursor } from '../../common/pagination/cursor.js';
import { rowEtag } from '../../common/preconditions/if-match.js';
import { decodeRankCursor, encodeRankCursor } from './relevance-cursor.js';
import { lookupKey } from '../taxonomy/lookup-key.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import type { TaxonomyIndex, TaxonomyRef } from '../taxonomy/taxonomy.types.js';
import { ClaimJsonWriter, refersOnlyTo, toClaimModel } from './claim.mapper.js';
import { ALL_CLAIM_FIELDS, type ClaimField } from './claim-fields.js';
import { ClaimsRepository } from './claims.repository.js';
import type { ClaimCriteria, ClaimRow } from './claims.types.js';
import { type ClaimFilterInput } from './dto/claim-filter.input.js';
import { pageSize } from '../../common/pagination/page-size.js';
import type { ClaimParent } from './claims.repository.js';
import type { ClaimConnectionModel } from './models/claim-connection.model.js';
import type { ClaimModel, ClaimPageModel } from './models/claim.model.js';

/** A connection page with the criteria it was read by (for its total, counted on demand). */
export type ClaimConnection = Omit<ClaimConnectionModel, 'totalCount'> & { criteria: ClaimCriteria };

@Injectable()
export class ClaimsService {
  constructor(
    private readonly repository: ClaimsRepository,
    private readonly taxonomy: TaxonomyService,
  ) {}

  async list(filter: ClaimFilterInput, limit?: number | null, cursor?: string, withTotal = false, sort: 'id' | 'relevance' = 'id'): Promise<ClaimPageModel> {
    const { criteria, items, nextCursor } = sort === 'relevance' ? await this.rankedPage(filter, pageSize(limit, 'limit'), cursor) : await this.page(filter, pageSize(limit, 'limit'), cursor, ALL_CLAIM_FIELDS);
    // The total is a second statement: only on request.
    return withTotal ? { items, nextCursor, totalCount: await this.count(criteria) } : { items, nextCursor };
  }

  /**
   * The same page as a Relay connection (GraphQL). The total over all pages is a second
   * statement, so it is left to `count`, which runs only when a query asks for totalCount.
   */
  async connection(filter: ClaimFilterInput, first: number | null | undefined, after: string | undefined, fields: ReadonlySet<ClaimField>): Promise<ClaimConnection> {
    const { criteria, items, nextCursor } = await this.page(filter, pageSize(first), after, fields);
    const edges = items.map((node) => ({ cursor: encodeCursor(node.id), node }));
    return {
      criteria,
      edges,
      pageInfo: {
        hasNextPage: nextCursor !== null,
        hasPreviousPage: !!after,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
    };
  }

  /**
   * One keyset page (one row more than asked tells whether another page follows). With
   * `fields`, the models hold only those fields (the others are null placeholders): for a
   * reader that reads nothing else (a GraphQL selection).
   */
  private async page(filter: ClaimFilterInput, size: number, cursor: string | undefined, fields: ReadonlySet<ClaimField>) {
    const afterId = cursor ? decodeCursor(cursor) : null;
    const criteria = await this.resolve(filter);
    const rows = await this.repository.list(criteria, afterId, size + 1, fields);
    const items = await this.toModels(rows.slice(0, size));
    return { criteria, items, nextCursor: rows.length > size ? encodeCursor(items[items.length - 1].id) : null };
  }

  /** A page of full-text matches, most relevant first (`q` required); cursors are offsets into the ranking. */
  private async rankedPage(filter: ClaimFilterInput, size: number, cursor: string | undefined) {
    const offset = cursor ? decodeRankCursor(cursor) : 0;
    const criteria = await this.resolve(filter);
    const text = criteria.text;
    if (!text) throw new DomainError(ErrorCode.VALIDATION_FAILED, 'sort=relevance needs a full-text query q', [{ field: 'sort', message: 'sort=relevance needs q' }]);
    const rows = await this.repository.rankedPage({ ...criteria, text }, offset, size + 1);
    const items = await this.toModels(rows.slice(0, size));
    return { criteria, items, nextCursor: rows.length > size ? encodeRankCursor(offset + size) : null };
  }

  /** Claims matching a connection's criteria, over all pages. */
  count(criteria: ClaimCriteria): Promise<number> {
    return this.repository.count(criteria);
  }

  /** For DataLoaders: each parent's first claims, in the order of `slugs` (`perParent` checked by the resolver). */
  async firstPerParent(parent: ClaimParent, slugs: readonly string[], perParent: number, kind?: string): Promise<ClaimModel[][]> {
    const rows = await this.repository.firstPerParent(parent, slugs, perParent, kind ? [kind] : undefined);
    const models = await this.toModels(rows);
    const grouped = new Map<string, ClaimModel[]>();
    rows.forEach((row, i) => {
      const list = grouped.get(row.parentSlug);
      if (list) list.push(models[i]);
      else grouped.set(row.parentSlug, [models[i]]);
    });
    return slugs.map((slug) => grouped.get(slug) ?? []);
  }

  /** Claims matching already-resolved criteria, in id order, after `afterId` (for other services and exports). */
  async listResolved(criteria: ClaimCriteria, limit: number, afterId: number | null = null): Promise<ClaimModel[]> {
    return this.toModels(await this.repository.list(criteria, afterId, limit));
  }

  /**
   * NDJSON lines (without their newline) of claims after `afterId` in id order: the JSON of each
   * claim's model, written without building it (ClaimJsonWriter: the export's hot path).
   */
  async exportLines(criteria: ClaimCriteria, limit: number, afterId: number | null): Promise<{ id: number; line: string }[]> {
    const rows = await this.repository.list(criteria, afterId, limit);
    const writer = new ClaimJsonWriter(await this.taxonomyFor(rows));
    return rows.map((row) => ({ id: row.id, line: writer.line(row) }));
  }

  async byIds(ids: number[]): Promise<ClaimModel[]> {
    return this.toModels(await this.repository.byIds(ids));
  }

  async get(id: number): Promise<ClaimModel> {
    return (await this.getVersioned(id)).claim;
  }

  /** One claim with the ETag of the version read (same statement: the tag names what was sent). */
  async getVersioned(id: number): Promise<{ claim: ClaimModel; etag: string }> {
    const row = await this.repository.findById(id);
    if (!row) throw notFound('claim', String(id));
    return { claim: (await this.toModels([row]))[0], etag: rowEtag('claim', row.id, row.version) };
  }

  /** The current ETags of claims by id (GraphQL `Claim.etag`, batched per request); null for a claim not stored. */
  async etags(ids: readonly number[]): Promise<(string | null)[]> {
    const versions = await this.repository.versions([...ids]);
    return ids.map((id) => (versions.has(id) ? rowEtag('claim', id, versions.get(id)!) : null));
  }

  private async toModels(rows: ClaimRow[]): Promise<ClaimModel[]> {
    const byId = await this.taxonomyFor(rows);
    return rows.map((row) => toClaimModel(row, byId));
  }

  /**
   * Rows name their taxonomy by id; the names come from the cached taxonomy index. A row can
   * refer to an entry newer than that index (written after it was taken): then read it anew.
   */
  private async taxonomyFor(rows: ClaimRow[]): Promise<TaxonomyIndex['byId']> {
    const { byId } = await this.taxonomy.index();
    return rows.every((row) => refersOnlyTo(row, byId)) ? byId : (await this.taxonomy.index(undefined, true)).byId;
  }

  /**
   * Slugs and aliases to ids; a value that names nothing is a 422 (UNKNOWN_REFERENCE), not an
   * empty page: the request is well-formed (no 400), it names what the taxonomy does not hold.
   */
  async resolve(filter: ClaimFilterInput): Promise<ClaimCriteria> {
    const index = await this.taxonomy.index();
    const errors: FieldError[] = [];
    const ids = (map: Map<string, TaxonomyRef>, value: string | undefined, field: string) => {
      if (value === undefined) return undefined;
      return split(value).map((item) => {
        const ref = map.get(lookupKey(item));
        if (!ref) errors.push({ field, message: `unknown ${field} '${item}'` });
        return ref?.id ?? -1;
      });
    };
    const criteria: ClaimCriteria = {
      criterionIds: ids(index.criteria, filter.criterion, 'criterion'),
      technologyIds: ids(index.technologies, filter.technology, 'technology'),
      winnerIds: ids(index.technologies, filter.winner, 'winner'),
      useCaseIds: ids(index.useCases, filter.useCase, 'useCase'),
      kinds: filter.kind ? split(filter.kind).map((k) => k.toLowerCase()) : undefined,
      sourceKeys: filter.source ? split(filter.source) : undefined,
      publishedFrom: filter.publishedAfter ? periodStart(filter.publishedAfter) : undefined,
      publishedUntil: filter.publishedBefore ? periodEnd(filter.publishedBefore) : undefined,
      text: filter.q ? searchText(filter.q).trim() || undefined : undefined,
      includeUndated: filter.undated === 'include' || undefined,
    };
    if (errors.length) throw new DomainError(ErrorCode.UNKNOWN_REFERENCE, errors.map((e) => e.message).join('; '), errors);
    return criteria;
  }
}

const split = (value: string) => value.split(',').map((v) => v.trim()).filter(Boolean);

function periodStart(stated: string): string {
  const [y, m = '01', d = '01'] = stated.split('-');
  return `${y}-${m}-${d}`;
}

/** The last day of the stated period: 2026-05 -> 2026-05-31. */
function periodEnd(stated: string): string {
  const [y, m, d] = stated.split('-').map(Number);
  if (d) return stated;
  const end = m ? new Date(Date.UTC(2000, m, 0)) : new Date(Date.UTC(2000, 11, 31));
  end.setUTCFullYear(y); // Date.UTC reads years 0-99 as 1900-1999
  if (m && end.getUTCMonth() !== m - 1) end.setUTCDate(0); // February of a year that is not leap
  return `${String(y).padStart(4, '0')}${end.toISOString().slice(4, 10)}`;
}
