import { Controller, Get, Query, Req } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ApiProblems } from '../../common/http/problem-details.model.js';
import { publicBase } from '../../common/http/public-url.js';
import type { Environment } from '../../config/environment.js';
import { OEmbedQuery } from './dto/oembed-query.dto.js';
import { EmbedsService } from './embeds.service.js';
import { OEmbedModel } from './models/oembed.model.js';

@ApiTags('embeds')
@ApiProblems(404, 406, 422)
@Controller('oembed')
export class OEmbedController {
  constructor(
    private readonly embeds: EmbedsService,
    private readonly config: ConfigService<Environment, true>,
  ) {}

  @Get()
  @ApiOperation({ summary: 'oEmbed 1.0 (type rich: an iframe of /embed/{a}/{b}) for a comparison page of this server' })
  @ApiOkResponse({ type: OEmbedModel })
  oembed(@Query() query: OEmbedQuery, @Req() request: FastifyRequest) {
    return this.embeds.oembed(query, publicBase(request, this.config.get('KB_PUBLIC_URL', { infer: true })).base, request.headers.accept);
  }
}
