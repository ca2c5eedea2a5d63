import { Controller, Get, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendRepresentation } from '../../common/http/cached-representation.js';
import { publicBase } from '../../common/http/public-url.js';
import { PageErrorFilter } from '../../common/pages/page-error.filter.js';
import type { Environment } from '../../config/environment.js';
import { Public } from '../auth/api-key.guard.js';
import { ComparisonParams } from '../comparisons/dto/comparison.params.js';
import { AssetParams } from './dto/asset.params.js';
import { PageQuery } from '../../common/http/page-query.dto.js';
import { EmbedQuery } from './dto/page-query.dto.js';
import { frameAncestors } from './embed-page.js';
import { EmbedsService } from './embeds.service.js';
import { StaticAssetsService } from './static-assets.service.js';

/** The widget script, the front-end assets and the iframe page (outside /api: see PAGE_PATHS). */
@ApiExcludeController()
@Controller()
export class EmbedsController {
  constructor(
    private readonly embeds: EmbedsService,
    private readonly assets: StaticAssetsService,
    private readonly config: ConfigService<Environment, true>,
  ) {}

  @Get('embed.js')
  script(@Query() _query: PageQuery, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    sendRepresentation(request, reply, this.assets.get('embed.js'), 300);
  }

  /** The app's own scripts and styles hold no data: public even when reads are private, or the desk's sign-in page could not load its script. */
  @Public()
  @Get('assets/:file')
  asset(@Param() params: AssetParams, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    sendRepresentation(request, reply, this.assets.get(params.file), 300);
  }

  /**
   * Frameable by the configured origins (any by default): helmet's X-Frame-Options is taken
   * off this route only, and CSP frame-ancestors says who may frame it. Bad input (an unknown
   * technology, criteria or theme) is answered as an HTML error page, as on the explorer.
   */
  @UseFilters(PageErrorFilter)
  @Get('embed/:a/:b')
  async page(@Param() params: ComparisonParams, @Query() query: EmbedQuery, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const { base } = publicBase(request, this.config.get('KB_PUBLIC_URL', { infer: true }));
    const html = await this.embeds.page(params.a, params.b, query, base);
    void reply
      .removeHeader('x-frame-options')
      .header('Content-Security-Policy', frameAncestors(this.config.get('KB_EMBED_ORIGINS', { infer: true })))
      .header('Cache-Control', 'public, max-age=60')
      .type('text/html; charset=utf-8')
      .send(html);
  }
}
