import { ReadOnly } from '../auth/api-key.guard.js';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../common/http/problem-details.model.js';
import { RecommendationModel } from './models/recommendation.model.js';
import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { candidatesOf, RecommendationInput, RecommendationQueryDto } from './dto/recommendation.input.js';
import { RecommendationsService } from './recommendations.service.js';
import { METHOD } from './recommendation-scoring.js';

@ApiTags('recommendations')
@ApiProblems()
@Controller('recommendations')
export class RecommendationsController {
  constructor(private readonly recommendations: RecommendationsService) {}

  @Get()
  @ApiProblems(422)
  @ApiOperation({ summary: 'Technologies ranked for free-text needs, with the (hybrid) architecture the sources describe', description: METHOD })
  @ApiOkResponse({ type: RecommendationModel })
  fromQuery(@Query() query: RecommendationQueryDto) {
    return this.recommendations.recommend({ needs: query.need, prefer: query.prefer, among: candidatesOf(query.among), limit: query.limit });
  }

  /** Same as GET, for long or many needs. Computes, stores nothing: 200. */
  @Post()
  @ApiProblems(422)
  @ReadOnly()
  @ApiOperation({ summary: 'Same as GET, with a JSON body', description: METHOD })
  @ApiOkResponse({ type: RecommendationModel })
  @HttpCode(200)
  fromBody(@Body() body: RecommendationInput) {
    return this.recommendations.recommend(body);
  }
}
