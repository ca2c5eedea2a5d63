import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/api-key.guard.js';
import { PageQuery } from '../../common/http/page-query.dto.js';
import { DeskDraftParams } from './dto/desk-draft.params.js';
import { DESK_CSP, deskDraftPage, deskHomePage, deskStatsPage } from './desk-pages.js';

/**
 * The editor's desk (outside /api: see PAGE_PATHS). The pages hold no data: their script asks the
 * API with the editor's key. So they are public even when reads are private: a browser cannot
 * send a bearer header when it navigates, and the sign-in form must load to take the key.
 */
@ApiExcludeController()
@Public()
@Controller('desk')
export class DeskController {
  private readonly home = deskHomePage();
  private readonly draft = deskDraftPage();
  private readonly stats = deskStatsPage();

  @Get()
  drafts(@Query() _query: PageQuery, @Res() reply: FastifyReply) {
    sendDeskPage(reply, this.home);
  }

  @Get('drafts/:id')
  review(@Param() _params: DeskDraftParams, @Query() _query: PageQuery, @Res() reply: FastifyReply) {
    sendDeskPage(reply, this.draft);
  }

  @Get('stats')
  acceptance(@Query() _query: PageQuery, @Res() reply: FastifyReply) {
    sendDeskPage(reply, this.stats);
  }
}

function sendDeskPage(reply: FastifyReply, html: string): void {
  void reply.header('Content-Security-Policy', DESK_CSP).header('Cache-Control', 'no-cache').type('text/html; charset=utf-8').send(html);
}
