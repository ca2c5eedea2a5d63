import { bootTestApp, type TestApp } from '../helpers/app.js';

describe('OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  it('describes every REST route with its parameters, responses and problem+json errors', async () => {
    const res = await t.request('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    const routes = Object.entries(doc.paths).flatMap(([path, ops]: [string, any]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect(routes).toEqual(
      expect.arrayContaining([
        'GET /api/sources', 'GET /api/sources/{slug}', 'GET /api/technologies', 'GET /api/technologies/{slug}', 'GET /api/criteria',
        'GET /api/use-cases', 'GET /api/claims', 'GET /api/claims/{id}', 'GET /api/comparisons/{a}/{b}', 'GET /api/recommendations',
        'POST /api/recommendations', 'GET /api/faqs', 'GET /api/search', 'GET /api/stats/claims', 'GET /api/comparisons', 'GET /api/oembed',
      ]),
    );
    for (const [path, ops] of Object.entries<any>(doc.paths)) {
      if (!path.startsWith('/api/')) continue;
      for (const op of Object.values<any>(ops)) {
        expect(Object.keys(op.responses).some((status) => /^2\d\d$/.test(status))).toBe(true);
        // a route with no parameter and no body (the comparisons list) has nothing to refuse
        if (op.parameters?.length || op.requestBody) expect(op.responses['400'].content['application/problem+json']).toBeDefined();
      }
    }
    const claimParams = doc.paths['/api/claims'].get.parameters.map((p: any) => p.name);
    expect(claimParams).toEqual(expect.arrayContaining(['criterion', 'technology', 'kind', 'source', 'winner', 'useCase', 'publishedAfter', 'publishedBefore', 'q', 'limit', 'cursor']));
    for (const p of doc.paths['/api/claims'].get.parameters) expect(p.description ?? p.schema?.description).toEqual(expect.any(String));
    expect(doc.paths['/api/comparisons/{a}/{b}'].get.description).toMatch(/Consensus/);
  });
});
