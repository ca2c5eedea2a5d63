import { ResponseCache } from './response-cache.js';
import { Global, Module } from '@nestjs/common';
import { DataVersionService } from './data-version.service.js';

@Global()
@Module({ providers: [DataVersionService, ResponseCache], exports: [DataVersionService, ResponseCache] })
export class CacheModule {}
