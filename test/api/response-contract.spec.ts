import { bootTestApp, type TestApp } from '../helpers/app.js';
import { OpenApiValidator } from '../helpers/openapi-validator.js';

type Answer = Awaited<ReturnType<TestApp['request']>>;
interface Parameter {
  name: string;
  in: string;
  schema?: { type?: string; maxLength?: number; maxItems?: number; maximum?: number; items?: { maxLength?: number } };
}

/**
 * Every route's real answers against the published OpenAPI document: status, content type and
 * body, for success and for every error status the route documents and a request can provoke.
 * Routes and cases are derived from the document, so new routes are covered without edits.
 */
describe('answers match the OpenAPI document', () => {
  it('is OpenAPI 3.1 (JSON Schema nullables)', () => {
    expect(validator.document.openapi).toBe('3.1.0');
  });

  let t: TestApp;
  let validator: OpenApiValidator;
  let reader: string;
  let sourceSlug: string;
  const checked: string[] = [];
  const QUERY_EXAMPLES: Record<string, string> = { q: 'performance', need: 'realtime chat' };
  /** Required query parameters that name something unknown (oEmbed's page URL), for the 404s. */
  const UNKNOWN_QUERY: Record<string, string> = {};
  const EXAMPLES: Record<string, string> = { id: '1', a: 'nodejs', b: 'python', slug: 'nodejs', type: 'criterion' };
  /** A stored draft and one of its proposals, for the editor-only reads under /api/extractions/{id}. */
  const DRAFT: Record<string, string> = {};
  let editor = '';

  beforeAll(async () => {
    t = await bootTestApp();
    // oEmbed's url is a comparison page of this very host
    QUERY_EXAMPLES.url = `${t.base}/compare/nodejs/python`;
    UNKNOWN_QUERY.url = `${t.base}/compare/no-such-thing/python`;
    validator = new OpenApiValidator((await t.request('/api/openapi.json')).json());
    const { ApiKeysService } = await import('../../src/modules/auth/api-keys.service.js');
    reader = (await t.app.get(ApiKeysService).create('reader', 'response contract')).key;
    sourceSlug = (await t.request('/api/sources')).json().items[0].slug;
    editor = (await t.app.get(ApiKeysService).create('editor', 'response contract editor')).key;
    const article = `# Node.js vs Python ${Date.now()}\n\n## Language and Expressiveness\n\nPython is easier to read than Node.js.\n`;
    const draft = (await t.request({ method: 'POST', url: '/api/extractions', headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` }, payload: { content: article, format: 'markdown' } })).json();
    DRAFT.id = String(draft.id);
    DRAFT.slug = draft.proposals.criteria[0].slug;
    // a claim that exists now (other suites sharing the database may have deleted claim 1)
    EXAMPLES.id = String((await t.request('/api/claims?limit=1')).json().items[0].id);
  });
  afterAll(async () => {
    console.log(`response-validation cases: ${checked.length} (${new Set(checked.map((c) => c.split(' ')[0])).size} statuses: ${[...new Set(checked.map((c) => c.split(' ')[0]))].sort().join(', ')})`);
    await t.close();
  });

  const operations = () =>
    Object.entries(validator.document.paths as Record<string, Record<string, { parameters?: Parameter[]; responses: Record<string, unknown>; security?: Record<string, string[]>[] }>>)
      .flatMap(([path, item]) => Object.entries(item).map(([method, operation]) => ({ path, method, operation })))
      .filter(({ method }) => ['get', 'post', 'patch', 'put', 'delete'].includes(method));
  const example = (path: string, n: string) => (path.startsWith('/api/sources/') && n === 'slug' ? sourceSlug : path.startsWith('/api/extractions/') ? (DRAFT[n] ?? EXAMPLES[n]) : (EXAMPLES[n] ?? 'nodejs'));
  const urlOf = (path: string, replace: (name: string) => string = (n) => example(path, n)) => path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(replace(name)));
  /** An editor key for the reads no anonymous caller may make (stored drafts), none for the others. */
  const keyFor = (operation: { security?: Record<string, string[]>[] }): Record<string, string> =>
    operation.security?.some((s) => Object.keys(s).length === 0) === false ? { authorization: `Bearer ${editor}` } : {};

  let mismatches: string[] = [];
  beforeEach(() => {
    mismatches = [];
  });
  afterEach(() => {
    expect(mismatches).toEqual([]);
  });
  /** Collects every mismatch of a test (all of them are reported, not only the first). */
  function expectMatches(path: string, method: string, answer: Answer, label: string) {
    for (const problem of validator.check(path, method, answer)) mismatches.push(`${label} -> ${answer.status}: ${problem}`);
    checked.push(`${answer.status} ${label}`);
  }

  it('documents every REST route the router serves', () => {
    expect(operations().length).toBeGreaterThanOrEqual(16);
  });

  it('answers every documented representation of a read (CSV, NDJSON, Markdown, HTML) with its media type and schema', async () => {
    let representations = 0;
    for (const { path, method, operation } of operations().filter((o) => o.method === 'get')) {
      const ok = (operation.responses['200'] as { content?: Record<string, { schema?: { type?: unknown } }> } | undefined)?.content ?? {};
      const required = (operation.parameters ?? []).filter((p) => p.in === 'query' && (p as { required?: boolean }).required);
      const url = `${urlOf(path)}${required.length ? `?${required.map((p) => `${p.name}=${encodeURIComponent(QUERY_EXAMPLES[p.name] ?? 'nodejs')}`).join('&')}` : ''}`;
      for (const [type, media] of Object.entries(ok).filter(([type]) => !/^application\/([\w.-]+\+)?json$/.test(type))) {
        // ?format= where the operation has it (stats reads only that), else Accept
        const format = (operation.parameters ?? []).some((p) => p.in === 'query' && p.name === 'format') ? { csv: 'csv', 'x-ndjson': 'ndjson', markdown: 'markdown', html: 'html' }[type.split('/')[1]] : undefined;
        const answer = await t.request({ url: format ? `${url}${url.includes('?') ? '&' : '?'}format=${format}` : url, headers: { accept: type } });
        expect([url, type, answer.status, String(answer.headers['content-type']).split(';')[0]]).toEqual([url, type, 200, type]);
        // text is text: a JSON object schema on a CSV answer is a document that lies
        expect([url, type, media.schema?.type]).toEqual([url, type, 'string']);
        expectMatches(path, method, answer, `GET ${url} Accept: ${type}`);
        representations++;
      }
    }
    expect(representations).toBeGreaterThanOrEqual(6);
  });

  it('answers every read with a documented 2xx/304 and body', async () => {
    for (const { path, method, operation } of operations().filter((o) => o.method === 'get')) {
      const required = (operation.parameters ?? []).filter((p) => p.in === 'query' && (p as { required?: boolean }).required);
      const url = `${urlOf(path)}${required.length ? `?${required.map((p) => `${p.name}=${encodeURIComponent(QUERY_EXAMPLES[p.name] ?? 'nodejs')}`).join('&')}` : ''}`;
      const answer = await t.request({ url, headers: keyFor(operation) });
      expect([url, answer.status < 300]).toEqual([url, true]);
      expectMatches(path, method, answer, `GET ${url}`);
      const etag = answer.headers.etag as string | undefined;
      if (etag && operation.responses['304']) expectMatches(path, method, await t.request({ url, headers: { 'if-none-match': etag, ...keyFor(operation) } }), `GET ${url} (If-None-Match)`);
      // the claims list with and without full text: snippet is present only with q
      if (path === '/api/claims') expectMatches(path, method, await t.request('/api/claims?q=performance&limit=5'), 'GET /api/claims?q=');
    }
  });

  it('answers documented 400s: every bounded parameter over its bound', async () => {
    for (const { path, method, operation } of operations().filter((o) => o.method === 'get')) {
      // headers are bounded by the server's header-size limit (431), not by validation
      for (const parameter of (operation.parameters ?? []).filter((p) => p.in === 'query' || p.in === 'path')) {
        const schema = parameter.schema ?? {};
        const tooLong = schema.maxLength ?? schema.items?.maxLength;
        const value = tooLong ? 'x'.repeat(tooLong + 1) : schema.maximum !== undefined ? String(schema.maximum + 1) : undefined;
        if (value === undefined) continue;
        const url = parameter.in === 'path' ? urlOf(path, (n) => (n === parameter.name ? value : example(path, n))) : `${urlOf(path)}?${parameter.name}=${value}`;
        const answer = await t.request({ url, headers: keyFor(operation) });
        expect([url, answer.status]).toEqual([url, 400]);
        expectMatches(path, method, answer, `GET ${url.slice(0, 60)}…`);
      }
    }
  });

  it('answers documented 404s for unknown identifiers, 406 for unacceptable formats', async () => {
    for (const { path, method, operation } of operations().filter((o) => o.method === 'get' && o.operation.responses['404'])) {
      const required = (operation.parameters ?? []).filter((p) => p.in === 'query' && (p as { required?: boolean }).required);
      const url = `${urlOf(path, (name) => (name === 'id' ? '999999999' : name === 'type' ? 'criterion' : 'no-such-thing'))}${required.length ? `?${required.map((p) => `${p.name}=${encodeURIComponent(UNKNOWN_QUERY[p.name] ?? QUERY_EXAMPLES[p.name] ?? 'nodejs')}`).join('&')}` : ''}`;
      const answer = await t.request({ url, headers: keyFor(operation) });
      expect([url, answer.status]).toEqual([url, 404]);
      expectMatches(path, method, answer, `GET ${url}`);
      if (operation.responses['406']) {
        const known = `${urlOf(path)}${required.length ? `?${required.map((p) => `${p.name}=${encodeURIComponent(QUERY_EXAMPLES[p.name] ?? 'nodejs')}`).join('&')}` : ''}`;
        const unacceptable = await t.request({ url: known, headers: { accept: 'application/pdf' } });
        expect([known, unacceptable.status]).toEqual([known, 406]);
        expectMatches(path, method, unacceptable, `GET ${known} Accept: application/pdf`);
      }
    }
  });

  it('answers documented 401s (a bad key on any route; no key on writes) and 403s (a reader key on writes)', async () => {
    for (const { path, method, operation } of operations()) {
      const url = urlOf(path);
      const send = (headers: Record<string, string>) => t.request({ method: method.toUpperCase(), url, headers: { 'content-type': 'application/json', ...headers }, payload: method === 'get' || method === 'delete' ? undefined : {} });
      if (operation.responses['401']) expectMatches(path, method, await send({ 'x-api-key': 'not-a-key' }), `${method} ${url} bad key`);
      const security = (operation as { security?: Record<string, string[]>[] }).security ?? [];
      const secured = security.length > 0 && security.every((s) => Object.keys(s).length > 0);
      if (secured) {
        const none = await send({});
        expect([url, none.status]).toEqual([url, 401]);
        expectMatches(path, method, none, `${method} ${url} no key`);
        if (operation.responses['403']) {
          const low = await send({ authorization: `Bearer ${reader}` });
          expect([url, low.status]).toEqual([url, 403]);
          expectMatches(path, method, low, `${method} ${url} reader key`);
        }
      }
    }
  });

  it('answers documented 415s and 400s to bodies that are not JSON objects on body routes', async () => {
    for (const { path, method, operation } of operations().filter((o) => o.method === 'post' && (o.operation as { security?: object[] }).security?.some((s) => Object.keys(s).length === 0))) {
      const url = urlOf(path);
      const form = await t.request({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'a=b' });
      expect([url, form.status]).toEqual([url, 415]);
      if (operation.responses['415']) expectMatches(path, method, form, `POST ${url} form body`);
      const malformed = await t.request({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload: '{"needs": [' });
      expect([url, malformed.status]).toEqual([url, 400]);
      expectMatches(path, method, malformed, `POST ${url} malformed JSON`);
    }
  });
});

/** The statuses a small body limit and a small rate limit provoke, on every route that documents them. */
describe('answers match the OpenAPI document under small limits', () => {
  let t: TestApp;
  let validator: OpenApiValidator;
  beforeAll(async () => {
    t = await bootTestApp({ env: { KB_BODY_LIMIT_BYTES: '2048', KB_RATE_LIMIT_PER_MINUTE: '300' } });
    validator = new OpenApiValidator((await t.request('/api/openapi.json')).json());
  });
  afterAll(() => t.close());

  it('answers 413 to an oversized body on body routes, and 429 with its headers past the rate limit', async () => {
    const paths = validator.document.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>;
    const mismatches: string[] = [];
    let cases = 0;
    for (const [path, item] of Object.entries(paths)) {
      for (const [method, operation] of Object.entries(item)) {
        if (method !== 'post' || !operation.responses['413']) continue;
        const url = path.replace(/\{\w+\}/g, 'nodejs');
        const answer = await t.request({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload: { needs: ['x'.repeat(4000)] } });
        expect([url, answer.status]).toEqual([url, 413]);
        mismatches.push(...validator.check(path, method, answer));
        cases++;
      }
    }
    let limited: Awaited<ReturnType<TestApp['request']>> | undefined;
    for (let i = 0; i < 400 && !limited; i++) {
      const answer = await t.request('/api/sources');
      expect(answer.headers['x-ratelimit-limit']).toBe('300');
      if (answer.status === 429) limited = answer;
    }
    expect(limited).toBeDefined();
    expect(limited!.headers['retry-after']).toMatch(/^\d+$/);
    mismatches.push(...validator.check('/api/sources', 'get', limited!));
    expect((paths['/api/sources'].get.responses['429'] as { headers: Record<string, unknown> }).headers).toHaveProperty('Retry-After');
    expect(mismatches).toEqual([]);
    expect(cases).toBeGreaterThanOrEqual(1);
    console.log(`response-validation cases under limits: ${cases + 1} (413, 429)`);
  });
});
