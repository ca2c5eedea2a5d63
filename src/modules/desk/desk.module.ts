import { Module } from '@nestjs/common';
import { DeskController } from './desk.controller.js';

/** The editor's desk: pages served by the app; their script (public/desk*.js) calls /api/extractions. */
@Module({ controllers: [DeskController] })
export class DeskModule {}
