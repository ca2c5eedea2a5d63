import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, notFound } from '../../common/errors/domain-error.js';
import { pageSize } from '../../common/pagination/page-size.js';
import { rowEtag } from '../../common/preconditions/if-match.js';
import { lookupKey } from './lookup-key.js';
import type { CriterionModel, TechnologyDetailModel, TechnologyModel, UseCaseModel } from './models/taxonomy.model.js';
import { TaxonomyQueryRepository, type EntryTechnologyCount, type ListPage, type TechnologyRow } from './taxonomy-query.repository.js';
import { TaxonomyService } from './taxonomy.service.js';

/** Technologies, criteria and use cases as clients read them, with claim counts. */
@Injectable()
export class TaxonomyQueryService {
  constructor(
    private readonly queries: TaxonomyQueryRepository,
    private readonly taxonomy: TaxonomyService,
  ) {}

  /** All (REST), or one page (GraphQL `first`/`after`, the page-size policy). */
  async technologies(page?: PageRequest): Promise<TechnologyModel[]> {
    return (await this.queries.technologies({ page: page && listPage(page) })).map(toTechnology);
  }

  /** By slug or any alias (`node` -> nodejs). */
  async technology(key: string): Promise<TechnologyDetailModel> {
    const ref = (await this.taxonomy.index()).technologies.get(lookupKey(key));
    if (!ref) throw notFound('technology', key);
    const [[row], children, byKind] = await Promise.all([
      this.queries.technologies({ ids: [ref.id] }),
      this.queries.technologyChildren(ref.id),
      this.queries.technologyKindCounts(ref.id),
    ]);
    return { ...toTechnology(row), children, claimCountsByKind: byKind };
  }

  async criteria(page?: PageRequest): Promise<CriterionModel[]> {
    const selected = page && listPage(page);
    if (selected?.after != null && !(await this.queries.criterionExists(selected.after))) throw unknownAfter('criterion', selected.after);
    const rows = await this.queries.criteria(selected);
    const counts = await this.queries.entryCounts('criterion', selected ? rows.map((r) => r.id) : undefined);
    const byEntry = groupCounts(counts);
    return rows.map((r) => ({
      slug: r.slug,
      name: r.name,
      category: r.category ?? 'overall',
      description: r.description ?? '',
      aliases: r.aliases,
      unspecific: r.unspecific ?? false,
      neutralPhrases: r.neutralPhrases ?? [],
      ...byEntry(r.id),
      etag: rowEtag('criterion', r.id, r.version),
    }));
  }

  async useCases(page?: PageRequest): Promise<UseCaseModel[]> {
    const selected = page && listPage(page);
    const rows = await this.queries.useCases(selected);
    const counts = await this.queries.entryCounts('useCase', selected ? rows.map((r) => r.id) : undefined);
    const byEntry = groupCounts(counts);
    return rows.map((r) => ({ slug: r.slug, name: r.name, aliases: r.aliases, ...byEntry(r.id), etag: rowEtag('useCase', r.id, r.version) }));
  }
}

/** GraphQL's `first` and `after` of a root list. */
export interface PageRequest {
  first?: number | null;
  after?: string | null;
}

function listPage({ first, after }: PageRequest): ListPage {
  return { size: pageSize(first), after: after ?? null };
}

function unknownAfter(what: string, slug: string): DomainError {
  return new DomainError(ErrorCode.INVALID_CURSOR, `after names no ${what} ('${slug}'); start again without it`);
}

function toTechnology(row: TechnologyRow): TechnologyModel {
  return {
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    parent: row.parentSlug && row.parentName ? { slug: row.parentSlug, name: row.parentName } : null,
    aliases: row.aliases,
    commonWordNames: row.commonWordNames,
    claimCount: row.claimCount,
    sourceCount: row.sourceCount,
    etag: rowEtag('technology', row.id, row.version),
  };
}

function groupCounts(counts: EntryTechnologyCount[]) {
  return (entryId: number) => {
    const mine = counts.filter((c) => c.entryId === entryId);
    return {
      claimCount: mine.reduce((n, c) => n + c.count, 0),
      claimCountsByTechnology: mine.map((c) => ({
        technology: c.technologySlug && c.technologyName ? { slug: c.technologySlug, name: c.technologyName } : null,
        count: c.count,
      })),
    };
  };
}
