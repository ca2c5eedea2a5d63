import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ListPageArgs } from '../../common/pagination/list-page.args.js';
import { IngestSourceInput } from '../ingestion/dto/ingest-source.dto.js';
import { IngestionService } from '../ingestion/ingestion.service.js';
import { IngestionResultModel } from '../ingestion/models/ingestion-result.model.js';
import { SourceModel, SourceSummaryModel } from './models/source.model.js';
import { SourcesService } from './sources.service.js';

@Resolver(() => SourceModel)
export class SourcesResolver {
  constructor(
    private readonly service: SourcesService,
    private readonly ingestion: IngestionService,
  ) {}

  @Query(() => [SourceSummaryModel], { description: 'Sources newest first (undated last), a page at a time: pass the last slug as `after`' })
  sources(@Args() { first, after }: ListPageArgs) {
    return this.service.list(first, after);
  }

  @Query(() => SourceModel)
  source(@Args('slug') slug: string) {
    return this.service.get(slug);
  }

  @Mutation(() => IngestionResultModel, { description: 'Ingest a source with its claims, all or nothing (editor key)' })
  ingestSource(
    @Args('input', { type: () => IngestSourceInput }) input: IngestSourceInput,
    @Args('ifMatch', { type: () => String, nullable: true, description: 'The source etag, as If-Match on REST: required to change a stored text' }) ifMatch?: string,
  ) {
    return this.ingestion.ingestWithBody(input, ifMatch ?? undefined);
  }

  @Mutation(() => Boolean, { description: 'Delete a source and its claims (editor key)' })
  async deleteSource(
    @Args('slug') slug: string,
    @Args('ifMatch', { type: () => String, nullable: true, description: 'The source etag, as If-Match on REST: deleted only while current (PRECONDITION_FAILED otherwise)' }) ifMatch?: string,
  ) {
    await this.ingestion.deleteSource(slug, ifMatch ?? undefined);
    return true;
  }
}
