import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';
import type { Environment } from '../../config/environment.js';
import type { Representation } from '../http/cached-representation.js';
import { sendRepresentation } from '../http/cached-representation.js';
import { DataVersionService } from '../../infra/database/data-version.service.js';

/** A cached answer: a rendered REST representation, or a serialized GraphQL result. */
type Entry = { rep: Representation } | { text: string };

/** The data version each GET started at (set by the onRequest hook that calls serve). */
const versionAtStart = new WeakMap<FastifyRequest, number>();

/** Anything that reads request headers: Fastify's object or the Fetch API's Headers (Apollo). */
type HeaderSource = Record<string, string | string[] | undefined> | { get(name: string): string | null | undefined };

function header(headers: HeaderSource, name: string): string | undefined {
  const value = typeof headers.get === 'function' ? (headers as { get(n: string): string | null }).get(name) : (headers as Record<string, unknown>)[name];
  return typeof value === 'string' && value.length ? value : undefined;
}

/**
 * The one response cache: public answers (comparison tables and their exports, GraphQL
 * results), bounded in bytes by `KB_RESPONSE_CACHE_BYTES`, least recently used out first.
 * Every key starts with the data version the answer was computed at, so a write (here or on
 * another replica, through LISTEN/NOTIFY) makes older entries unreachable at once; they age
 * out of the LRU.
 *
 * `shares(...)` is the only credentials check: the cache answers and stores only anonymous
 * safe requests, and only when reads are public. With `KB_PUBLIC_READS=false` it never answers,
 * so every request passes the API key guard.
 */
@Injectable()
export class ResponseCache {
  private readonly entries: LRUCache<string, Entry> | undefined;
  /** Query parameters some route declares; others (utm_source…) are ignored and left out of keys. */
  private knownQuery: ReadonlySet<string> | undefined;

  constructor(
    private readonly dataVersion: DataVersionService,
    config: ConfigService<Environment, true>,
  ) {
    const maxBytes = config.get('KB_RESPONSE_CACHE_BYTES', { infer: true });
    if (config.get('KB_PUBLIC_READS', { infer: true }) && maxBytes > 0) {
      this.entries = new LRUCache<string, Entry>({
        maxSize: maxBytes,
        // An entry's bytes: the body (or text) plus its key; nothing bigger than a tenth of the cache.
        sizeCalculation: (entry, key) => key.length + ('rep' in entry ? entry.rep.body.length : Buffer.byteLength(entry.text)),
        maxEntrySize: Math.max(1, Math.floor(maxBytes / 10)),
      });
    }
  }

  get enabled(): boolean {
    return this.entries !== undefined;
  }

  /** Declares the query parameters the API knows (from the OpenAPI document, at boot). */
  setKnownQueryParameters(names: Iterable<string>): void {
    this.knownQuery = new Set(names);
  }

  /** May this request be answered from, and its answer stored in, the shared cache? */
  shares(method: string, headers: HeaderSource): boolean {
    if (!this.entries || (method !== 'GET' && method !== 'HEAD' && method !== 'POST')) return false;
    if (header(headers, 'authorization') || header(headers, 'x-api-key')) return false;
    return !/no-cache|no-store/i.test(header(headers, 'cache-control') ?? '');
  }

  /** The normalised request: path, known query parameters sorted, and the Accept header. */
  requestKey(request: FastifyRequest): string {
    const [path, search = ''] = request.url.split('?', 2);
    const params = [...new URLSearchParams(search)].filter(([name]) => !this.knownQuery || this.knownQuery.has(name));
    params.sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1));
    return `rest\n${path}?${new URLSearchParams(params).toString()}\n${request.headers.accept ?? ''}`;
  }

  /** Answers a GET from the cache when it can; true if it did. Called before routing. */
  serve(request: FastifyRequest, reply: FastifyReply): boolean {
    if (request.method !== 'GET' || !this.shares(request.method, request.headers)) return false;
    const version = this.dataVersion.current;
    versionAtStart.set(request, version);
    const entry = this.entries!.get(`${version}\n${this.requestKey(request)}`);
    if (!entry || !('rep' in entry)) return false;
    sendRepresentation(request, reply, entry.rep);
    return true;
  }

  /** Stores a rendered answer under the version its request started at (never a newer one). */
  remember(request: FastifyRequest, rep: Representation): void {
    // A write committed while this answer was being read must leave it stale, not file it
    // under the newer version. No version: serve() declined this request, so it is not shared.
    const version = versionAtStart.get(request);
    if (version === undefined) return;
    this.entries!.set(`${version}\n${this.requestKey(request)}`, { rep });
  }

  /** A serialized GraphQL result (Apollo's response-cache plugin keys it, data version included). */
  getText(key: string): string | undefined {
    const entry = this.entries?.get(`gql\n${key}`);
    return entry && 'text' in entry ? entry.text : undefined;
  }

  setText(key: string, text: string): void {
    this.entries?.set(`gql\n${key}`, { text });
  }

  deleteText(key: string): void {
    this.entries?.delete(`gql\n${key}`);
  }

  /** The current data version, for keys built elsewhere (GraphQL). */
  get version(): number {
    return this.dataVersion.current;
  }
}
