import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, notFound } from '../../common/errors/domain-error.js';
import { pageSize } from '../../common/pagination/page-size.js';
import type { SourceListModel, SourceModel, SourceSummaryModel } from './models/source.model.js';
import { decodeSourceCursor, encodeSourceCursor } from './source-cursor.js';
import { toSourceModel, toSourceSummary } from './source.mapper.js';
import { SourcesRepository } from './sources.repository.js';

@Injectable()
export class SourcesService {
  constructor(private readonly repository: SourcesRepository) {}

  /** REST: one page (the page-size policy), with the cursor of the next. */
  async page(limit?: number | null, cursor?: string): Promise<SourceListModel> {
    const size = pageSize(limit, 'limit');
    const rows = await this.repository.page(size, cursor ? decodeSourceCursor(cursor) : null);
    const items = rows.slice(0, size);
    const last = items[items.length - 1];
    return { items: items.map(toSourceSummary), nextCursor: rows.length > size ? encodeSourceCursor(last) : null };
  }

  /** GraphQL `sources(first, after)`: one page in the same order, after the source whose slug `after` names. */
  async list(first?: number | null, after?: string | null): Promise<SourceSummaryModel[]> {
    const size = pageSize(first);
    const position = after ? await this.repository.positionOf(after) : null;
    if (after && !position) throw new DomainError(ErrorCode.INVALID_CURSOR, `after names no source ('${after}'); start again without it`);
    return (await this.repository.page(size, position)).slice(0, size).map(toSourceSummary);
  }

  async get(slug: string): Promise<SourceModel> {
    const row = await this.repository.findBySlugOrExternalId(slug);
    if (!row) throw notFound('source', slug);
    return toSourceModel(row);
  }
}
