import http, { type IncomingMessage, type ServerResponse } from 'node:http';

/** Methods a proxy may send again after the connection broke mid-request (RFC 9110 §9.2.2). */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/**
 * A small round-robin HTTP load balancer on loopback, for tests with several app processes. It
 * does what a real one (nginx, traefik, a cloud load balancer) does in front of replicas, and
 * nothing more; it is deliberately small, not a production proxy:
 * - each request goes to the next replica in turn, with the peer address appended to
 *   X-Forwarded-For (nginx's `$proxy_add_x_forwarded_for`);
 * - when a replica refuses the connection, the request goes to the next one (it never
 *   arrived); when the connection is reset or closed before an answer, only idempotent
 *   requests are sent again (nginx's `proxy_next_upstream error`); the replica is then skipped
 *   for `skipMs` (a passive health check, nginx's `max_fails`/`fail_timeout`);
 * - 502 when no replica could answer.
 * Answers carry `X-Upstream: <port>` so a test can see which replica answered.
 */
export class RoundRobinProxy {
  private server?: http.Server;
  private turn = 0;
  private readonly skippedUntil = new Map<number, number>();
  /** Requests sent again to another replica after one failed. */
  retries = 0;
  port = 0;

  constructor(
    private readonly upstreamPorts: number[],
    private readonly skipMs = 5000,
  ) {}

  async start(): Promise<void> {
    this.server = http.createServer((request, response) => this.handle(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The replicas in the order this request tries them: the next in turn first, skipped ones last. */
  private order(): number[] {
    const start = this.turn++ % this.upstreamPorts.length;
    const ports = [...this.upstreamPorts.slice(start), ...this.upstreamPorts.slice(0, start)];
    const now = Date.now();
    const healthy = ports.filter((port) => (this.skippedUntil.get(port) ?? 0) <= now);
    return [...healthy, ...ports.filter((port) => !healthy.includes(port))];
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      const forwardedFor = [request.headers['x-forwarded-for'], request.socket.remoteAddress].filter(Boolean).join(', ');
      const headers = { ...request.headers, 'x-forwarded-for': forwardedFor, 'content-length': String(body.length) };
      delete headers['transfer-encoding'];
      delete headers.connection;
      void this.forward(request.method ?? 'GET', request.url ?? '/', headers, body, this.order(), response);
    });
  }

  private async forward(method: string, url: string, headers: http.OutgoingHttpHeaders, body: Buffer, ports: number[], response: ServerResponse): Promise<void> {
    for (const [i, port] of ports.entries()) {
      if (i > 0) this.retries += 1;
      const outcome = await new Promise<'answered' | 'refused' | 'broken'>((resolve) => {
        const upstream = http.request({ host: '127.0.0.1', port, method, path: url, headers }, (answer) => {
          response.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'x-upstream': String(port) });
          answer.pipe(response);
          answer.on('error', () => response.destroy());
          resolve('answered');
        });
        upstream.on('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED' ? 'refused' : 'broken'));
        upstream.end(body);
      });
      if (outcome === 'answered') return;
      this.skippedUntil.set(port, Date.now() + this.skipMs);
      if (outcome === 'broken' && !IDEMPOTENT.has(method)) break;
    }
    if (!response.headersSent) response.writeHead(502, { 'content-type': 'text/plain' });
    response.end('no replica answered');
  }
}
