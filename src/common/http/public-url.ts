import type { FastifyRequest } from 'fastify';

/**
 * The absolute base of links this server hands out (embeds, fragments, oEmbed): the configured
 * KB_PUBLIC_URL, else the request's own origin. `fromRequest` tells whether the base came from
 * the request (then an answer must not be shared with requests for another host).
 */
export function publicBase(request: FastifyRequest, configured: string | undefined): { base: string; fromRequest: boolean } {
  if (configured) return { base: configured, fromRequest: false };
  const host = request.host || 'localhost';
  return { base: `${request.protocol}://${host}`, fromRequest: true };
}
