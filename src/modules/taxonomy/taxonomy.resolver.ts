import { Args, Query, Resolver } from '@nestjs/graphql';
import { ListPageArgs } from '../../common/pagination/list-page.args.js';
import { CriterionModel, TechnologyDetailModel, TechnologyModel, UseCaseModel } from './models/taxonomy.model.js';
import { TaxonomyQueryService } from './taxonomy-query.service.js';
import { TechnologyReferencePipe } from './technology-reference.pipe.js';

@Resolver()
export class TaxonomyResolver {
  constructor(private readonly service: TaxonomyQueryService) {}

  @Query(() => [TechnologyModel], { description: 'By slug, a page at a time: pass the last slug as `after`' })
  technologies(@Args() { first, after }: ListPageArgs) {
    return this.service.technologies({ first, after });
  }

  @Query(() => TechnologyDetailModel, { description: 'By slug or alias' })
  technology(@Args('slug', TechnologyReferencePipe) slug: string) {
    return this.service.technology(slug);
  }

  @Query(() => [CriterionModel], { description: 'By category, then slug, a page at a time: pass the last slug as `after`' })
  criteria(@Args() { first, after }: ListPageArgs) {
    return this.service.criteria({ first, after });
  }

  @Query(() => [UseCaseModel], { description: 'By slug, a page at a time: pass the last slug as `after`' })
  useCases(@Args() { first, after }: ListPageArgs) {
    return this.service.useCases({ first, after });
  }
}
