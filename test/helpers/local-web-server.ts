import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LocalWebServer {
  server: Server;
  /** e.g. http://127.0.0.1:40123 */
  origin: string;
  port: number;
  /** Closes the server and any connection still open (a test's hung response included). */
  stop(): Promise<void>;
}

/** A web server on a loopback port, for the app to fetch from (articles by URL). */
export async function localWebServer(handler: (path: string, res: ServerResponse) => void): Promise<LocalWebServer> {
  const server = createServer((req, res) => handler(req.url ?? '/', res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const stop = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { server, origin: `http://127.0.0.1:${port}`, port, stop };
}
