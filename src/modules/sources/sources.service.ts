import { Injectable } from '@nestjs/common';
import { notFound } from '../../common/errors/domain-error.js';
import type { SourceListModel, SourceModel } from './models/source.model.js';
import { toSourceModel, toSourceSummary } from './source.mapper.js';
import { SourcesRepository } from './sources.repository.js';

@Injectable()
export class SourcesService {
  constructor(private readonly repository: SourcesRepository) {}

  async list(): Promise<SourceListModel> {
    return { items: (await this.repository.list()).map(toSourceSummary) };
  }

  async get(slug: string): Promise<SourceModel> {
    const row = await this.repository.findBySlugOrExternalId(slug);
    if (!row) throw notFound('source', slug);
    return toSourceModel(row);
  }
}
