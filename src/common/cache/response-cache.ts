import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Representation } from '../http/cached-representation.js';
import { sendRepresentation } from '../http/cached-representation.js';
import { DataVersionService } from './data-version.service.js';
import { VersionedCache } from './versioned-cache.js';

/** The data version each GET started at (set by the onRequest hook that calls serve). */
const versionAtStart = new WeakMap<FastifyRequest, number>();

/**
 * Rendered public answers (comparison tables and their exports) by URL and Accept, served
 * from a Fastify onRequest hook before Nest's routing, guards and pipes: content sites hit
 * these hardest. An entry is valid for the data version it was rendered at; only anonymous
 * GETs are served from here, so authorization never depends on the cache.
 */
@Injectable()
export class ResponseCache {
  private readonly entries = new VersionedCache<Representation>(2000, 16 * 2 ** 20, (rep) => rep.body.length);

  constructor(private readonly dataVersion: DataVersionService) {}

  key(request: FastifyRequest): string {
    return `${request.url}\n${request.headers.accept ?? ''}`;
  }

  remember(request: FastifyRequest, rep: Representation): void {
    // The version the request started at, not the current one: a write committed while this
    // answer was being read must leave it stale, not file it under the newer version. None:
    // the serving hook is not installed (reads are not public), so nothing would ever read it.
    const version = versionAtStart.get(request);
    if (version === undefined) return;
    this.entries.set(this.key(request), version, rep);
  }

  /** Answers from the cache when it can; true if it did. */
  serve(request: FastifyRequest, reply: FastifyReply): boolean {
    if (request.method !== 'GET') return false;
    versionAtStart.set(request, this.dataVersion.current);
    if (request.headers.authorization || request.headers['x-api-key']) return false;
    const rep = this.entries.get(this.key(request), this.dataVersion.current);
    if (!rep) return false;
    sendRepresentation(request, reply, rep);
    return true;
  }
}
