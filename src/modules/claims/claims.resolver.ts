import { Args, Context, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { requestLoader } from '../../common/graphql/request-loaders.js';
import { IF_MATCH_ARG } from '../../common/graphql/if-match.arg.js';
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

/** A claim as a mutation leaves it, with the etag of the version written. */
type VersionedClaim = ClaimModel & { etag?: string };

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

  @Mutation(() => ClaimModel, { description: 'Change a claim, checked like a new one (editor key); ifMatch: its etag, PRECONDITION_FAILED when stale' })
  async updateClaim(
    @Args('id', { type: () => Int }) id: number,
    @Args('patch', { type: () => ClaimPatchInput }) patch: ClaimPatchInput,
    @Args('ifMatch', IF_MATCH_ARG) ifMatch?: string,
  ): Promise<VersionedClaim> {
    const { etag } = await this.edits.update(id, patch, ifMatch ?? undefined);
    return { ...(await this.service.get(id)), etag };
  }

  @Mutation(() => Boolean, { description: 'Delete a claim (editor key); ifMatch: its etag, PRECONDITION_FAILED when stale' })
  async deleteClaim(@Args('id', { type: () => Int }) id: number, @Args('ifMatch', IF_MATCH_ARG) ifMatch?: string) {
    await this.edits.delete(id, ifMatch ?? undefined);
    return true;
  }

  @ResolveField('etag', () => String, { description: 'Strong validator of this version (the ETag of GET /api/claims/:id): pass it as ifMatch to change or delete the claim' })
  etag(@Parent() claim: VersionedClaim, @Context() context: object): Promise<string | null> | string {
    if (claim.etag) return claim.etag;
    return requestLoader<string | null>(context, 'claim:etag', (ids) => this.service.etags(ids.map(Number))).load(String(claim.id));
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
