import { Module } from '@nestjs/common';
import { ComparisonsModule } from '../comparisons/comparisons.module.js';
import { EmbedsController } from './embeds.controller.js';
import { EmbedsService } from './embeds.service.js';
import { OEmbedController } from './oembed.controller.js';
import { StaticAssetsService } from './static-assets.service.js';

@Module({
  imports: [ComparisonsModule],
  controllers: [EmbedsController, OEmbedController],
  providers: [EmbedsService, StaticAssetsService],
  exports: [StaticAssetsService],
})
export class EmbedsModule {}
