import net from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * Graceful stop in the order that loses nothing: stop accepting connections, wait for the
 * requests in flight to be answered (bounded by `drainMs`), close idle keep-alive connections,
 * then let Nest run its shutdown hooks (database pool, embedded database).
 */
/** How long nothing may be in flight before the remaining connections are closed. */
const QUIET_MS = 200;

export function trackInFlightRequests(app: NestFastifyApplication): () => number {
  let inFlight = 0;
  const fastify = app.getHttpAdapter().getInstance();
  // One decrement per request, whatever ends it: the raw response's 'close' fires exactly once,
  // when it was sent or when the client went away first. (Counting with onResponse and
  // onRequestAbort missed requests whose client vanished mid-answer under load, leaving the
  // counter above zero, so a SIGTERM after a load test waited out the whole drain bound.)
  fastify.addHook('onRequest', (_request, reply, done) => {
    inFlight++;
    reply.raw.once('close', () => inFlight--);
    done();
  });
  return () => inFlight;
}

export async function drainAndClose(app: NestFastifyApplication, inFlight: () => number, drainMs: number): Promise<void> {
  const server = app.getHttpAdapter().getInstance().server;
  // net.Server's close: stop listening only. http.Server's close would also drop keep-alive
  // connections it thinks idle, including ones whose next request is arriving right now.
  const closed = new Promise<void>((resolve) => net.Server.prototype.close.call(server, () => resolve()));
  const deadline = Date.now() + drainMs;
  // Connections already accepted may still be sending their request: wait for a quiet spell
  // with nothing in flight, not just for the counter to touch zero.
  let quietSince = inFlight() === 0 ? Date.now() : 0;
  while (Date.now() < deadline && (quietSince === 0 || Date.now() - quietSince < QUIET_MS)) {
    await new Promise((r) => setTimeout(r, 10));
    if (inFlight() > 0) quietSince = 0;
    else if (quietSince === 0) quietSince = Date.now();
  }
  server.closeIdleConnections();
  server.closeAllConnections();
  await closed;
  await app.close();
}
