import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { ConfigService } from '@nestjs/config';
import { createApp } from './app.factory.js';
import { drainAndClose, trackInFlightRequests } from './common/http/graceful-shutdown.js';

/** How long SIGTERM waits for requests in flight (orchestrators usually allow 30 s). */
const SHUTDOWN_DRAIN_MS = 25_000;
import type { Environment } from './config/environment.js';

// V8 and allocator settings (heap sizes, --liftoff-only on PostgreSQL) are given on node's
// command line by scripts/serve.sh, before the process starts.

async function bootstrap(): Promise<void> {
  const started = Date.now();
  const app = await createApp();
  const config = app.get(ConfigService<Environment, true>);
  // Graceful stop: stop accepting, let in-flight requests finish, run every shutdown hook
  // (Prisma pool, then PGlite), exit 0. (Nest's enableShutdownHooks would re-raise the
  // signal after closing, so the exit status would be the signal's.)
  const inFlight = trackInFlightRequests(app);
  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      if (stopping) return;
      stopping = true;
      // Nest's close() runs module destroy hooks (closing the database pool) before it stops
      // the HTTP server, which would fail requests still in flight: drain HTTP first.
      drainAndClose(app, inFlight, SHUTDOWN_DRAIN_MS).then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
    });
  }
  await app.listen(config.get('PORT', { infer: true }), config.get('HOST', { infer: true }));
  // The address really bound (0.0.0.0 or ::, when HOST is), not the loopback URL Nest reports.
  const bound = app.getHttpServer().address() as AddressInfo;
  const host = bound.family === 'IPv6' ? `[${bound.address}]` : bound.address;
  console.log(`versus-kb listening on http://${host}:${bound.port} (ready in ${Date.now() - started} ms)`);
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
