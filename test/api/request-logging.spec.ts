import { bootTestApp, type TestApp } from '../helpers/app.js';

/** The app's log, one JSON object per line, as an operator's log shipper would read it. */
describe('request logging and request ids', () => {
  let t: TestApp;
  const lines: Record<string, any>[] = [];
  const completed = (id: string) => lines.filter((line) => line.msg === 'request completed' && line.reqId === id);

  beforeAll(async () => {
    t = await bootTestApp({ env: { LOG_LEVEL: 'info' }, logDestination: { write: (line: string) => void lines.push(JSON.parse(line)) } });
  });
  afterAll(() => t.close());

  it("logs a REST request once, under the caller's X-Request-Id, and echoes the id", async () => {
    const res = await t.request({ url: '/api/sources', headers: { 'x-request-id': 'trace-rest-1' } });
    expect(res.status).toBe(200);
    expect(res.headers['x-request-id']).toBe('trace-rest-1');
    const logged = completed('trace-rest-1');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ level: 30, req: { method: 'GET', url: '/api/sources' }, res: { statusCode: 200 } });
    expect(logged[0].responseTime).toBeGreaterThan(0);
  });

  it('logs GraphQL requests too', async () => {
    const res = await t.request({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json', 'x-request-id': 'trace-gql-1' }, payload: { query: '{ sources { slug } }' } });
    expect(res.status).toBe(200);
    expect(res.headers['x-request-id']).toBe('trace-gql-1');
    expect(completed('trace-gql-1')).toEqual([expect.objectContaining({ req: expect.objectContaining({ method: 'POST', url: '/graphql' }), res: { statusCode: 200 } })]);
  });

  it('documents X-Request-Id on every response in the OpenAPI document', async () => {
    const document = (await t.request('/api/openapi.json')).json();
    expect(document.components.headers['X-Request-Id'].schema).toMatchObject({ type: 'string', maxLength: 128 });
    for (const [path, item] of Object.entries<Record<string, any>>(document.paths)) {
      for (const [method, operation] of Object.entries<any>(item)) {
        for (const [status, response] of Object.entries<any>(operation.responses)) {
          expect([path, method, status, response.headers?.['X-Request-Id']]).toEqual([path, method, status, { $ref: '#/components/headers/X-Request-Id' }]);
        }
      }
    }
  });

  it('gives a request without a usable id a new UUID, and never logs credentials', async () => {
    const res = await t.request({ url: '/api/technologies', headers: { 'x-request-id': 'has spaces and "quotes"', authorization: 'Bearer secret-credential-42' } });
    const id = res.headers['x-request-id'] as string;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(completed(id)).toHaveLength(1);
    expect(JSON.stringify(lines)).not.toContain('secret-credential-42');
  });

  it('answers an unknown path 404 and a known path asked with another method 405 with Allow', async () => {
    const unknown = await t.request({ url: '/api/no-such-resource', headers: { 'x-request-id': 'trace-404' } });
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/problem\+json/);
    expect(completed('trace-404')[0].res.statusCode).toBe(404);
    const wrongMethod = await t.request({ method: 'PUT', url: '/api/sources' });
    expect(wrongMethod.status).toBe(405);
    expect(String(wrongMethod.headers.allow).split(', ')).toEqual(expect.arrayContaining(['GET', 'OPTIONS', 'POST']));
  });

  it("writes Nest's own lines through the same logger, with their context", () => {
    expect(lines).toContainEqual(expect.objectContaining({ context: 'NestApplication', msg: 'Nest application successfully started' }));
  });
});
