import { Args, Query, Resolver } from '@nestjs/graphql';
import { ListPageArgs } from '../../common/pagination/list-page.args.js';
import { SourceModel, SourceSummaryModel } from './models/source.model.js';
import { SourcesService } from './sources.service.js';

@Resolver(() => SourceModel)
export class SourcesResolver {
  constructor(private readonly service: SourcesService) {}

  @Query(() => [SourceSummaryModel], { description: 'Sources newest first (undated last), a page at a time: pass the last slug as `after`' })
  sources(@Args() { first, after }: ListPageArgs) {
    return this.service.list(first, after);
  }

  @Query(() => SourceModel)
  source(@Args('slug') slug: string) {
    return this.service.get(slug);
  }
}
