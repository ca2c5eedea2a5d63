import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Representation } from '../http/cached-representation.js';
import { sendRepresentation } from '../http/cached-representation.js';
import { DataVersionService } from './data-version.service.js';

/**
 * Rendered public answers (comparison tables and their exports) by URL and Accept, served
 * from a Fastify onRequest hook before Nest's routing, guards and pipes: content sites hit
 * these hardest. An entry is valid for the data version it was rendered at; only anonymous
 * GETs are served from here, so authorization never depends on the cache.
 */
/** The data version each request started at (set by the onRequest hook that calls serve). */
const versionAtStart = new WeakMap<FastifyRequest, number>();

@Injectable()
export class ResponseCache {
  private readonly entries = new Map<string, { version: number; rep: Representation }>();
  private bytes = 0;
  /** Bounds by count and by body bytes: the process runs with a bounded heap (package.json start). */
  private static readonly MAX_ENTRIES = 2000;
  private static readonly MAX_BYTES = 16 * 2 ** 20;

  constructor(private readonly dataVersion: DataVersionService) {}

  key(request: FastifyRequest): string {
    return `${request.url}\n${request.headers.accept ?? ''}`;
  }

  remember(request: FastifyRequest, rep: Representation): void {
    if (request.method !== 'GET') return;
    if (this.entries.size >= ResponseCache.MAX_ENTRIES || this.bytes + rep.body.length > ResponseCache.MAX_BYTES) {
      this.entries.clear();
      this.bytes = 0;
    }
    // The version the request started at, not the current one: a write committed while this
    // answer was being read must leave it stale, not file it under the newer version.
    const version = versionAtStart.get(request) ?? -1;
    const key = this.key(request);
    this.bytes += rep.body.length - (this.entries.get(key)?.rep.body.length ?? 0);
    this.entries.set(key, { version, rep });
  }

  /** Answers from the cache when it can; true if it did. */
  serve(request: FastifyRequest, reply: FastifyReply): boolean {
    versionAtStart.set(request, this.dataVersion.current);
    if (request.method !== 'GET' || request.headers.authorization || request.headers['x-api-key']) return false;
    const hit = this.entries.get(this.key(request));
    if (!hit || hit.version !== this.dataVersion.current) return false;
    sendRepresentation(request, reply, hit.rep);
    return true;
  }
}
