import { Global, Module } from '@nestjs/common';
import { ResponseCache } from './response-cache.js';

/** The shared response cache; it keys on the data version DatabaseModule provides (infra/database). */
@Global()
@Module({ providers: [ResponseCache], exports: [ResponseCache] })
export class CacheModule {}
