import type { NestFastifyApplication } from '@nestjs/platform-fastify';

export interface RequestOptions {
  method?: string;
  url: string;
  headers?: Record<string, string>;
  payload?: unknown;
}

export interface TestApp {
  app: NestFastifyApplication;
  /** The loopback origin the app listens on, e.g. http://127.0.0.1:40123 */
  base: string;
  request(options: RequestOptions | string): Promise<{ status: number; headers: Record<string, unknown>; body: string; json<T = any>(): T }>;
  graphql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  close(): Promise<void>;
}

export interface BootOptions {
  /** Settings for this app (configuration is read at boot); the previous values come back on close. */
  env?: Record<string, string>;
  /** Log lines go here; without it the app is silent. */
  logDestination?: { write(line: string): void };
}

/** Boots the real application (real database, seeds loaded when empty) on a loopback port. */
export async function bootTestApp(options: BootOptions = {}): Promise<TestApp> {
  const restoreEnv = setEnv(options.env ?? {});
  const { createApp } = await import('../../src/app.factory.js');
  const app = await createApp({ logger: options.logDestination !== undefined, logDestination: options.logDestination, docsUi: false });
  // A real loopback port: Fastify's inject() pulls an ESM-only dependency that jest's
  // CommonJS loader cannot require.
  await app.listen(0, '127.0.0.1');
  const base = await app.getUrl();
  const request: TestApp['request'] = async (options) => {
    const { method = 'GET', url, headers = {}, payload } = typeof options === 'string' ? { url: options } : options;
    const res = await fetch(base + url, {
      method,
      headers: headers as Record<string, string>,
      body: payload === undefined ? undefined : typeof payload === 'string' ? payload : JSON.stringify(payload),
    });
    const body = await res.text();
    return { status: res.status, headers: Object.fromEntries(res.headers.entries()), body, json: () => JSON.parse(body) };
  };
  return {
    app,
    base,
    request,
    graphql: async (query, variables, headers = {}) => {
      const res = await request({ method: 'POST', url: '/graphql', payload: { query, variables }, headers: { 'content-type': 'application/json', ...headers } });
      return { status: res.status, ...res.json() };
    },
    close: async () => {
      await app.close();
      restoreEnv();
    },
  };
}

/** Sets environment variables; returns what puts the previous values (or their absence) back. */
function setEnv(values: Record<string, string>): () => void {
  const previous = Object.keys(values).map((name) => [name, process.env[name]] as const);
  Object.assign(process.env, values);
  return () => {
    for (const [name, value] of previous) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}
