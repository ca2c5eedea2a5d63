import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { ExtractArticleInput } from './dto/extract-article.input.js';
import { ExtractionService } from './extraction.service.js';
import { ExtractionDraftModel } from './models/extraction-draft.model.js';

@Resolver()
export class ExtractionResolver {
  constructor(private readonly extraction: ExtractionService) {}

  @Mutation(() => ExtractionDraftModel, { description: 'Draft an annotation from an article (editor key); stores nothing' })
  extractDraft(@Args('input', { type: () => ExtractArticleInput }) input: ExtractArticleInput) {
    return this.extraction.extract(input);
  }
}
