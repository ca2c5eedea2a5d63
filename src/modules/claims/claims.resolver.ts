import { Args, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { selectedFields } from '../../common/graphql/selected-fields.js';
import { claimFieldsOf } from './claim-fields.js';
import { ClaimEditService } from './claim-edit.service.js';
import { ClaimPatchInput } from './dto/claim-patch.input.js';
import { ClaimsService, type ClaimConnection } from './claims.service.js';
import { ClaimFilterInput } from './dto/claim-filter.input.js';
import { FaqArgs } from './dto/faq-query.dto.js';
import { ClaimConnectionModel } from './models/claim-connection.model.js';
import { ClaimModel } from './models/claim.model.js';
import { PAGE_SIZE_POLICY } from '../../common/pagination/page-size.js';

@Resolver(() => ClaimModel)
export class ClaimsResolver {
  constructor(
    private readonly service: ClaimsService,
    private readonly edits: ClaimEditService,
  ) {}

  @Query(() => ClaimConnectionModel, { description: 'Claims in a stable order (Relay connection); pass pageInfo.endCursor as `after`' })
  claims(
    @Args('filter', { type: () => ClaimFilterInput, nullable: true }) filter: ClaimFilterInput = {},
    @Args('first', { type: () => Int, nullable: true, description: PAGE_SIZE_POLICY }) first: number | null | undefined,
    @Args('after', { type: () => String, nullable: true }) after: string | undefined,
    @Info() info: GraphQLResolveInfo,
  ) {
    // Only the columns of the claim fields the query selects are read.
    return this.service.connection(filter, first, after, claimFieldsOf(selectedFields(info, ['edges', 'node'])));
  }

  @Query(() => ClaimModel)
  claim(@Args('id', { type: () => Int }) id: number) {
    return this.service.get(id);
  }

  @Mutation(() => ClaimModel, { description: 'Change a claim, checked like a new one (editor key)' })
  async updateClaim(@Args('id', { type: () => Int }) id: number, @Args('patch', { type: () => ClaimPatchInput }) patch: ClaimPatchInput) {
    return this.service.get(await this.edits.update(id, patch));
  }

  @Mutation(() => Boolean, { description: 'Delete a claim (editor key)' })
  async deleteClaim(@Args('id', { type: () => Int }) id: number) {
    await this.edits.delete(id);
    return true;
  }

  @Query(() => [ClaimModel], { description: 'FAQ claims, optionally matching text or about technologies' })
  async faqs(@Args() { q, technology, first }: FaqArgs) {
    return (await this.service.list({ kind: 'faq', q, technology }, first)).items;
  }
}

@Resolver(() => ClaimConnectionModel)
export class ClaimConnectionResolver {
  constructor(private readonly service: ClaimsService) {}

  @ResolveField('totalCount', () => Int, { description: 'Claims matching the filter, over all pages' })
  totalCount(@Parent() connection: ClaimConnection): Promise<number> {
    return this.service.count(connection.criteria);
  }
}
