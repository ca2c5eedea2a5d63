import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** A rendered answer with its strong validator, encoded once (a table is ~100 KB). */
export interface Representation {
  body: Buffer;
  contentType: string;
  etag: string;
}

export function represent(text: string, contentType: string): Representation {
  const body = Buffer.from(text, 'utf8');
  return { body, contentType, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"` };
}

/** The opaque part of an entity tag: weak comparison ignores the `W/` prefix (RFC 9110 §8.8.3.2). */
const opaque = (tag: string) => tag.trim().replace(/^W\//, '');

/** If-None-Match uses weak comparison (RFC 9110 §13.1.2): `W/"x"` matches `"x"`, and `*` matches any. */
export function ifNoneMatchHits(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const current = opaque(etag);
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === current);
}

/** Adds names to the Vary header without dropping the ones other hooks set (CORS adds Origin). */
export function appendVary(reply: FastifyReply, ...names: string[]): void {
  const current = String(reply.getHeader('vary') ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  if (current.includes('*')) return;
  const lower = new Set(current.map((v) => v.toLowerCase()));
  for (const name of names) if (!lower.has(name.toLowerCase())) current.push(name);
  void reply.header('Vary', current.join(', '));
}

/**
 * Sends a representation with ETag and Cache-Control, or 304 when the client's copy is current.
 * Shared caches may serve a stale copy for a while as they revalidate in the background
 * (`stale-while-revalidate`): a table a minute old is still right for a reader.
 */
export function sendRepresentation(request: FastifyRequest, reply: FastifyReply, rep: Representation, maxAgeSeconds = 60): void {
  void reply.header('ETag', rep.etag).header('Cache-Control', `public, max-age=${maxAgeSeconds}, stale-while-revalidate=${maxAgeSeconds * 5}`);
  // Accept picks the format; Accept-Encoding the compression (@fastify/compress, after this).
  appendVary(reply, 'Accept', 'Accept-Encoding');
  if (ifNoneMatchHits(request.headers['if-none-match'], rep.etag)) {
    void reply.status(304).send();
    return;
  }
  void reply.header('Content-Type', rep.contentType).send(rep.body);
}
