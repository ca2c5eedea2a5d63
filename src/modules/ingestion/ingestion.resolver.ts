import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { IngestSourceInput } from './dto/ingest-source.dto.js';
import { IngestionService } from './ingestion.service.js';
import { IngestionResultModel } from './models/ingestion-result.model.js';

/** The source writes of the GraphQL API (its source reads: SourcesResolver). */
@Resolver()
export class IngestionResolver {
  constructor(private readonly ingestion: IngestionService) {}

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
