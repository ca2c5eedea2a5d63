import { Args, Query, Resolver } from '@nestjs/graphql';
import { RecommendationInput } from './dto/recommendation.input.js';
import { RecommendationModel } from './models/recommendation.model.js';
import { RecommendationsService } from './recommendations.service.js';
import { METHOD } from './recommendation-scoring.js';

@Resolver()
export class RecommendationsResolver {
  constructor(private readonly service: RecommendationsService) {}

  @Query(() => RecommendationModel, { description: `Technologies ranked for free-text needs, with the architecture the sources describe. ${METHOD}` })
  recommend(@Args('input', { type: () => RecommendationInput }) input: RecommendationInput) {
    return this.service.recommend(input);
  }
}
