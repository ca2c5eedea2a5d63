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

/** Sends a representation with ETag and Cache-Control, or 304 when the client's copy is current. */
export function sendRepresentation(request: FastifyRequest, reply: FastifyReply, rep: Representation, maxAgeSeconds = 60): void {
  void reply.header('ETag', rep.etag).header('Cache-Control', `public, max-age=${maxAgeSeconds}, must-revalidate`).header('Vary', 'Accept');
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === rep.etag || tag.trim() === '*')) {
    void reply.status(304).send();
    return;
  }
  void reply.header('Content-Type', rep.contentType).send(rep.body);
}
