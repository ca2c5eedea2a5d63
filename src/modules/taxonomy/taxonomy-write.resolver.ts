import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { IF_MATCH_ARG } from '../../common/graphql/if-match.arg.js';
import { TaxonomyEntryPatchInput } from './dto/taxonomy-entry-patch.input.js';
import { CriterionEntryDto, TechnologyEntryDto, UseCaseEntryDto } from './dto/taxonomy-files.dto.js';
import { TaxonomyEntryModel, TaxonomyMergeResultModel } from './models/taxonomy-entry.model.js';
import { TaxonomyWriteService } from './taxonomy-write.service.js';

/** The taxonomy writes as GraphQL mutations (editor key), the same service as REST. */
@Resolver()
export class TaxonomyWriteResolver {
  constructor(private readonly taxonomy: TaxonomyWriteService) {}

  @Mutation(() => TaxonomyEntryModel, { description: 'Create a technology (editor key)' })
  createTechnology(@Args('input', { type: () => TechnologyEntryDto }) input: TechnologyEntryDto) {
    return this.taxonomy.create('technology', input);
  }

  @Mutation(() => TaxonomyEntryModel, { description: 'Change a technology (editor key)' })
  updateTechnology(@Args('slug') slug: string, @Args('patch', { type: () => TaxonomyEntryPatchInput }) patch: TaxonomyEntryPatchInput, @Args('ifMatch', IF_MATCH_ARG) ifMatch?: string) {
    return this.taxonomy.update('technology', slug, patch, ifMatch ?? undefined);
  }

  @Mutation(() => Boolean, { description: 'Delete a technology nothing refers to (editor key)' })
  async deleteTechnology(@Args('slug') slug: string, @Args('ifMatch', IF_MATCH_ARG) ifMatch?: string) {
    await this.taxonomy.remove('technology', slug, ifMatch ?? undefined);
    return true;
  }

  @Mutation(() => TaxonomyMergeResultModel, { description: 'Merge a technology into another (editor key)' })
  mergeTechnology(@Args('slug') slug: string, @Args('into') into: string, @Args('ifMatch', IF_MATCH_ARG) ifMatch?: string) {
    return this.taxonomy.merge('technology', slug, into, ifMatch ?? undefined);
  }

  @Mutation(() => TaxonomyEntryModel, { description: 'Create a criterion (editor key)' })
  createCriterion(@Args('input', { type: () => CriterionEntryDto }) input: CriterionEntryDto) {
    return this.taxonomy.create('criterion', input);
  }

  @Mutation(() => TaxonomyEntryModel, { description: 'Change a criterion (editor key)' })
  updateCriterion(@Args('slug') slug: string, @Args('patch', { type: () => TaxonomyEntryPatchInput }) patch: TaxonomyEntryPatchInput, @Args('ifMatch', IF_MATCH_ARG) ifMatch?: string) {
    return this.taxonomy.update('criterion', slug, patch, ifMatch ?? undefined);
  }

  @Mutation(() => Boolean, { description: 'Delete a criterion no claim refers to (editor key)' })
  async deleteCriterion(@Args('slug') slug: string, @Args('ifMatch', IF_MATCH_ARG) ifMatch?: string) {
    await this.taxonomy.remove('criterion', slug, ifMatch ?? undefined);
    return true;
  }

  @Mutation(() => TaxonomyMergeResultModel, { description: 'Merge a criterion into another (editor key)' })
  mergeCriterion(@Args('slug') slug: string, @Args('into') into: string, @Args('ifMatch', IF_MATCH_ARG) ifMatch?: string) {
    return this.taxonomy.merge('criterion', slug, into, ifMatch ?? undefined);
  }

  @Mutation(() => TaxonomyEntryModel, { description: 'Create a use case (editor key)' })
  createUseCase(@Args('input', { type: () => UseCaseEntryDto }) input: UseCaseEntryDto) {
    return this.taxonomy.create('useCase', input);
  }

  @Mutation(() => TaxonomyEntryModel, { description: 'Change a use case (editor key)' })
  updateUseCase(@Args('slug') slug: string, @Args('patch', { type: () => TaxonomyEntryPatchInput }) patch: TaxonomyEntryPatchInput, @Args('ifMatch', IF_MATCH_ARG) ifMatch?: string) {
    return this.taxonomy.update('useCase', slug, patch, ifMatch ?? undefined);
  }

  @Mutation(() => Boolean, { description: 'Delete a use case no claim refers to (editor key)' })
  async deleteUseCase(@Args('slug') slug: string, @Args('ifMatch', IF_MATCH_ARG) ifMatch?: string) {
    await this.taxonomy.remove('useCase', slug, ifMatch ?? undefined);
    return true;
  }

  @Mutation(() => TaxonomyMergeResultModel, { description: 'Merge a use case into another (editor key)' })
  mergeUseCase(@Args('slug') slug: string, @Args('into') into: string, @Args('ifMatch', IF_MATCH_ARG) ifMatch?: string) {
    return this.taxonomy.merge('useCase', slug, into, ifMatch ?? undefined);
  }
}
