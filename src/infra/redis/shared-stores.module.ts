import { Global, Module } from '@nestjs/common';
import { SharedStores } from './shared-stores.js';

/** The stores replicas share through Redis (REDIS_URL), for the rate limit and GraphQL's APQ. */
@Global()
@Module({ providers: [SharedStores], exports: [SharedStores] })
export class SharedStoresModule {}
