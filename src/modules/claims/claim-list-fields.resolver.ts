import { Inject, type Type } from '@nestjs/common';
import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DomainError, ErrorCode } from '../../common/errors/domain-error.js';
import { requestLoader } from '../../common/graphql/request-loaders.js';
import { SourceModel, SourceSummaryModel } from '../sources/models/source.model.js';
import { CriterionModel, TechnologyDetailModel, TechnologyModel, UseCaseModel } from '../taxonomy/models/taxonomy.model.js';
import { ClaimsService } from './claims.service.js';
import type { ClaimParent } from './claims.repository.js';
import { CLAIM_KINDS } from './dto/claim.input.js';
import { ClaimModel } from './models/claim.model.js';
import { PAGE_SIZE_POLICY, pageSize } from '../../common/pagination/page-size.js';

/**
 * `claims(first, kind)` on sources, criteria, use cases and technologies. Every parent in a
 * response is served by one batched query per argument set (per-request DataLoader), so the
 * number of SQL statements does not grow with the number of parents or claims.
 */
function claimListField(type: Type<unknown>, parent: ClaimParent): Type<unknown> {
  @Resolver(() => type)
  class ClaimListFieldResolver {
    constructor(@Inject(ClaimsService) private readonly claims: ClaimsService) {}

    @ResolveField('claims', () => [ClaimModel], { description: 'The first claims (stable order)' })
    list(
      @Parent() owner: { slug: string },
      @Context() context: object,
      @Args('first', { type: () => Int, nullable: true, description: PAGE_SIZE_POLICY }) first: number | null | undefined,
      @Args('kind', { type: () => String, nullable: true }) kind?: string,
    ): Promise<ClaimModel[]> {
      if (kind && !(CLAIM_KINDS as readonly string[]).includes(kind)) {
        throw new DomainError(ErrorCode.VALIDATION_FAILED, `kind must be one of ${CLAIM_KINDS.join(', ')}`, [{ field: 'kind', message: 'unknown kind' }]);
      }
      const size = pageSize(first);
      return requestLoader<ClaimModel[]>(context, `${parent}:${size}:${kind ?? ''}`, (slugs) => this.claims.firstPerParent(parent, slugs, size, kind)).load(owner.slug);
    }
  }
  Object.defineProperty(ClaimListFieldResolver, 'name', { value: `${type.name}ClaimsFieldResolver` });
  return ClaimListFieldResolver;
}

export const CLAIM_LIST_FIELD_RESOLVERS = [
  claimListField(SourceSummaryModel, 'source'),
  claimListField(SourceModel, 'source'),
  claimListField(CriterionModel, 'criterion'),
  claimListField(UseCaseModel, 'useCase'),
  claimListField(TechnologyModel, 'technology'),
  claimListField(TechnologyDetailModel, 'technology'),
];
