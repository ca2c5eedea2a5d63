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
@Injectable()
export class ResponseCache {
  private readonly entries = new Map<string, { version: number; rep: Representation }>();
  private static readonly MAX_ENTRIES = 2000;

  constructor(private readonly dataVersion: DataVersionService) {}

  key(request: FastifyRequest): string {
    return `${request.url}\n${request.headers.accept ?? ''}`;
  }

  remember(request: FastifyRequest, rep: Representation): void {
    if (request.method !== 'GET') return;
    if (this.entries.size >= ResponseCache.MAX_ENTRIES) this.entries.clear();
    this.entries.set(this.key(request), { version: this.dataVersion.current, rep });
  }

  /** Answers from the cache when it can; true if it did. */
  serve(request: FastifyRequest, reply: FastifyReply): boolean {
    if (request.method !== 'GET' || request.headers.authorization || request.headers['x-api-key']) return false;
    const hit = this.entries.get(this.key(request));
    if (!hit || hit.version !== this.dataVersion.current) return false;
    sendRepresentation(request, reply, hit.rep);
    return true;
  }
}
