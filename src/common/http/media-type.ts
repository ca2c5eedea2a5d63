import Negotiator from 'negotiator';

/**
 * The media type among `available` that an Accept header prefers, by RFC 9110's rules (q-values,
 * the more specific range over `*` ranges, then the header's order, then `available`'s order),
 * or null when it accepts none of them. No header, or a blank one, accepts anything.
 * The one place Accept is read: the jshttp parser Fastify and Apollo use too.
 */
export function preferredMediaType<T extends string>(accept: string | undefined, available: readonly T[]): T | null {
  const header = accept?.trim() ? accept : '*/*';
  const [best] = new Negotiator({ headers: { accept: header } }).mediaTypes([...available]);
  return (best as T | undefined) ?? null;
}
