import { Args, Query, Resolver } from '@nestjs/graphql';
import { CriterionModel, TechnologyDetailModel, TechnologyModel, UseCaseModel } from './models/taxonomy.model.js';
import { TaxonomyQueryService } from './taxonomy-query.service.js';
import { TechnologyReferencePipe } from './technology-reference.pipe.js';

@Resolver()
export class TaxonomyResolver {
  constructor(private readonly service: TaxonomyQueryService) {}

  @Query(() => [TechnologyModel])
  technologies() {
    return this.service.technologies();
  }

  @Query(() => TechnologyDetailModel, { description: 'By slug or alias' })
  technology(@Args('slug', TechnologyReferencePipe) slug: string) {
    return this.service.technology(slug);
  }

  @Query(() => [CriterionModel])
  criteria() {
    return this.service.criteria();
  }

  @Query(() => [UseCaseModel])
  useCases() {
    return this.service.useCases();
  }
}
