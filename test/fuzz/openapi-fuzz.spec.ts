import fc from 'fast-check';
import { bootTestApp, type TestApp } from '../helpers/app.js';

/**
 * Schema-driven fuzz: requests are generated FROM the OpenAPI document the server publishes.
 * For every read operation (GET, and the POST routes readers may call) it sends
 *   (a) requests whose every parameter is valid for its documented schema, and
 *   (b) requests where exactly one parameter is made invalid (over maxLength, off the enum or
 *       pattern, out of range, the wrong type, an array where one string is required…).
 * The contract: a valid request is never refused with 400 (a documented 404 for an unknown
 * identifier is fine), an invalid one is never accepted (400), nothing is a 5xx, and every 4xx
 * is problem+json. The document and the validators must therefore agree, both ways.
 * FUZZ_RUNS (default 250) scales the cases: about 1.2 x FUZZ_RUNS requests in all.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 250);

type Schema = {
  type?: string | string[];
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  example?: unknown;
  $ref?: string;
  anyOf?: Schema[];
};
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, unknown>;
  security?: Record<string, string[]>[];
}
/** One generated request: where it goes and which parameter (if any) was made invalid. */
interface Case {
  path: string;
  method: 'get' | 'post';
  url: string;
  body?: unknown;
  invalid?: string;
}

/** Values that satisfy every documented pattern they are tried against, written in other scripts. */
const NON_ASCII = ['café', 'Go 語言', 'naïve', 'Ünïcode-2', 'Straße', 'Chrome’s V8', 'Ωmega'];

const typeOf = (schema: Schema): string | undefined => (Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type);
const isWellFormed = (s: string) => !/[\ud800-\udfff]/.test(s.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''));
/** JSON Schema counts code points; the validators count UTF-16 units: generated strings stay in the BMP so both agree. */
const bmp = (s: string) => isWellFormed(s) && !/[\ud800-\udfff]/.test(s);

/** Arbitrary of values valid for a schema (a string schema in a query is a string, so is a number). */
function valid(schema: Schema, resolve: (s: Schema) => Schema, asQuery: boolean): fc.Arbitrary<unknown> {
  schema = resolve(schema);
  if (schema.anyOf) return fc.oneof(...schema.anyOf.filter((s) => s.type !== 'null').map((s) => valid(s, resolve, asQuery)));
  const enumValues = schema.enum?.filter((v) => v !== null);
  if (enumValues?.length) return fc.constantFrom(...enumValues);
  switch (typeOf(schema)) {
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? -1000;
      const max = schema.maximum ?? 1000;
      const arb = typeOf(schema) === 'integer' ? fc.integer({ min, max }) : fc.oneof(fc.integer({ min, max }), fc.double({ min, max, noNaN: true, noDefaultInfinity: true }));
      return asQuery ? arb.map(String) : arb;
    }
    case 'boolean':
      return asQuery ? fc.constantFrom('true', 'false') : fc.boolean();
    case 'array': {
      const items = valid(schema.items ?? { type: 'string' }, resolve, asQuery);
      return fc.array(items, { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 4, 4) });
    }
    case 'object': {
      const properties = Object.fromEntries(Object.entries(schema.properties ?? {}).map(([name, s]) => [name, valid(s, resolve, asQuery)]));
      return fc.record(properties, { requiredKeys: schema.required ?? [] });
    }
    default:
      return validString(schema);
  }
}

function validString(schema: Schema): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 60;
  // No U+0000: every text input refuses it (the one input rule: PostgreSQL text cannot hold it), so a string holding one is not a valid request.
  const fits = (s: string) => s.length >= min && s.length <= max && bmp(s) && !s.includes('\u0000') && (!schema.pattern || new RegExp(schema.pattern).test(s));
  const examples = [...(typeof schema.example === 'string' ? [schema.example] : []), ...NON_ASCII].filter(fits);
  const generated = schema.pattern
    ? fc.stringMatching(new RegExp(schema.pattern), { size: 'small' }).filter(fits)
    : fc.string({ unit: 'binary', minLength: min, maxLength: Math.min(max, 80) }).filter(fits);
  return examples.length ? fc.oneof({ arbitrary: generated, weight: 3 }, { arbitrary: fc.constantFrom(...examples), weight: 1 }) : generated;
}

/** Values that break exactly one documented rule of a schema, or undefined when the schema admits anything. */
function invalid(schema: Schema, resolve: (s: Schema) => Schema, asQuery: boolean): fc.Arbitrary<unknown> | undefined {
  schema = resolve(schema);
  const options: fc.Arbitrary<unknown>[] = [];
  const enumValues = schema.enum?.filter((v) => v !== null);
  const type = typeOf(schema);
  if (enumValues?.length) options.push(fc.constantFrom('not-in-the-enum', `${String(enumValues[0])}x`, String(enumValues[0]).toUpperCase()).filter((v) => !enumValues.includes(v)));
  if (type === 'integer' || type === 'number') {
    if (schema.maximum !== undefined) options.push(fc.integer({ min: schema.maximum + 1, max: schema.maximum + 10_000 }));
    if (schema.minimum !== undefined) options.push(fc.integer({ min: schema.minimum - 10_000, max: schema.minimum - 1 }));
    if (type === 'integer') options.push(fc.constantFrom(1.5, 2.25));
    options.push(fc.constantFrom('abc', '1e', 'NaN', ''));
    return fc.oneof(...options).map((v) => (asQuery ? String(v) : typeof v === 'string' ? v : v));
  }
  if (type === 'boolean') return fc.constantFrom('maybe', 'yes please', '2');
  if (type === 'array') {
    const items = schema.items ?? { type: 'string' };
    const item = valid(items, resolve, asQuery);
    if (schema.maxItems !== undefined) options.push(fc.array(item, { minLength: schema.maxItems + 1, maxLength: schema.maxItems + 3 }));
    if (schema.minItems) options.push(fc.constant([]));
    const badItem = invalid(items, resolve, asQuery);
    if (badItem) options.push(fc.tuple(badItem, fc.array(item, { maxLength: 2 })).map(([bad, rest]) => [...rest, bad]));
    // one string where the schema wants a list (a body only: in a query one value is a list of one)
    if (!asQuery) options.push(fc.constantFrom('AAA', 'nodejs'));
    return options.length ? fc.oneof(...options) : undefined;
  }
  if (type === 'object') {
    const names = Object.keys(schema.properties ?? {});
    const breakable = names.map((n) => [n, invalid(schema.properties![n], resolve, asQuery)] as const).filter(([, arb]) => arb);
    if (!breakable.length) return undefined;
    const whole = valid(schema, resolve, asQuery) as fc.Arbitrary<Record<string, unknown>>;
    return fc.tuple(whole, fc.constantFrom(...breakable)).chain(([base, [name, arb]]) => arb!.map((bad) => ({ ...base, [name]: bad })));
  }
  // strings
  if (schema.maxLength !== undefined) options.push(fc.integer({ min: schema.maxLength + 1, max: schema.maxLength + 40 }).map((n) => 'x'.repeat(n)));
  if (schema.minLength) options.push(fc.constant('x'.repeat(schema.minLength - 1)));
  if (schema.pattern) {
    const re = new RegExp(schema.pattern);
    const limit = schema.maxLength ?? 60;
    options.push(
      fc
        .oneof(fc.string({ unit: 'binary', maxLength: Math.min(limit, 40) }), fc.constantFrom('', ' ', ',', 'a,,b', ' lead', '-dash', '../x', 'a/b', 'x\ny', '%', '<script>'))
        .filter((s) => bmp(s) && s.length <= limit && s.length >= (schema.minLength ?? 0) && !re.test(s)),
    );
  }
  if (!asQuery) options.push(fc.constantFrom(42, true, ['a', 'b'], { a: 1 }));
  return options.length ? fc.oneof(...options) : undefined;
}

describe('schema-driven fuzz: requests generated from the OpenAPI document', () => {
  let t: TestApp;
  let document: { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };
  const counts = { valid: 0, invalid: 0, statuses: new Map<string, number>() };
  const problems: string[] = [];

  beforeAll(async () => {
    t = await bootTestApp();
    document = (await t.request('/api/openapi.json')).json();
  });
  afterAll(async () => {
    const statuses = [...counts.statuses].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k}: ${n}`).join(', ');
    console.log(`schema-driven fuzz: ${counts.valid} valid requests, ${counts.invalid} invalid requests; statuses ${statuses}`);
    await t.close();
  });

  const resolve = (schema: Schema): Schema => (schema.$ref ? document.components.schemas[schema.$ref.replace('#/components/schemas/', '')] : schema);
  /** The reads and POST routes anyone may call (security admits no key: not the editor-only reads of stored drafts). */
  const operations = () =>
    Object.entries(document.paths)
      .filter(([path]) => path.startsWith('/api/'))
      .flatMap(([path, item]) => Object.entries(item).map(([method, operation]) => ({ path, method, operation })))
      .filter(({ method, operation }) => (method === 'get' || method === 'post') && operation.security?.some((s) => Object.keys(s).length === 0));

  /** Per route, values that name something that exists, so valid requests also reach the 200s. */
  const KNOWN: Record<string, string[]> = { a: ['nodejs', 'Node.js'], b: ['python', 'Python'], slug: ['nodejs'], id: ['1', '2'] };

  function parametersOf(operation: Operation): Parameter[] {
    // the document's own example of a query parameter that must name a page of this server
    return (operation.parameters ?? []).filter((p) => p.in === 'query' || p.in === 'path');
  }

  function paramArbitrary(path: string, p: Parameter): fc.Arbitrary<unknown> {
    const schema = p.schema ?? { type: 'string' };
    if (p.in === 'path') {
      const known = path.startsWith('/api/sources/') ? [] : (KNOWN[p.name] ?? []);
      return known.length ? fc.oneof(fc.constantFrom(...known), valid(schema, resolve, true)) : valid(schema, resolve, true);
    }
    // oEmbed's url is documented as any string up to its maxLength: one of this server's pages or not
    if (path === '/api/oembed' && p.name === 'url') return fc.oneof(fc.constantFrom(`${t.base}/compare/nodejs/python`, `${t.base}/compare/no-such/python`), valid(schema, resolve, true));
    return valid(schema, resolve, true);
  }

  function urlOf(path: string, values: Record<string, unknown>, parameters: Parameter[]): string {
    const url = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(values[name])));
    const query = new URLSearchParams();
    for (const p of parameters.filter((q) => q.in === 'query')) {
      const value = values[p.name];
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) query.append(p.name, typeof v === 'object' ? JSON.stringify(v) : String(v));
    }
    const qs = query.toString();
    return qs ? `${url}?${qs}` : url;
  }

  /** Valid values of every path parameter and required query parameter, and optional ones half the time. */
  function validValues(path: string, parameters: Parameter[]): fc.Arbitrary<Record<string, unknown>> {
    parameters = parameters.filter((p) => !OPAQUE.has(p.name));
    const record = Object.fromEntries(parameters.map((p) => [p.name, paramArbitrary(path, p)]));
    return fc.record(record, { requiredKeys: parameters.filter((p) => p.in === 'path' || p.required).map((p) => p.name) });
  }

  /**
   * Rules between parameters, which a parameter's schema cannot state (each is in the document's
   * descriptions): a technology compared with itself, sort=relevance without q. Not generated as valid.
   */
  const sensible = (path: string, values: Record<string, unknown>) =>
    !(path === '/api/comparisons/{a}/{b}' && String(values.a).toLowerCase().replace(/\W/g, '') === String(values.b).toLowerCase().replace(/\W/g, '')) &&
    !(values.sort === 'relevance' && !String(values.q ?? '').trim());
  /** Opaque values only the server issues (cursors): valid ones cannot be generated, only sent back. */
  const OPAQUE = new Set(['cursor']);

  function casesFor(path: string, method: string, operation: Operation): fc.Arbitrary<Case>[] {
    const parameters = parametersOf(operation);
    const body = operation.requestBody?.content['application/json']?.schema;
    const arbitraries: fc.Arbitrary<Case>[] = [];
    const m = method as Case['method'];
    const validBody = body ? valid(body, resolve, false) : fc.constant(undefined);
    arbitraries.push(
      fc
        .tuple(validValues(path, parameters), validBody)
        .filter(([values]) => sensible(path, values))
        .map(([values, b]) => ({ path, method: m, url: urlOf(path, values, parameters), body: b })),
    );
    for (const p of parameters) {
      const broken = invalid(p.schema ?? { type: 'string' }, resolve, true);
      if (!broken) continue;
      // an empty path segment is another URL (another route or a 404/405), not a bad value
      const bad = p.in === 'path' ? broken.filter((v) => String(v) !== '') : broken;
      // the other path parameters name things that exist, so only the broken one can fail
      const others = validValues(path, parameters.filter((q) => q !== p)).map((values) => ({ ...values, ...Object.fromEntries(parameters.filter((q) => q.in === 'path' && q !== p).map((q) => [q.name, KNOWN[q.name]?.[0] ?? values[q.name]])) }));
      arbitraries.push(fc.tuple(others, bad, validBody).map(([values, b, requestBody]) => ({ path, method: m, url: urlOf(path, { ...values, [p.name]: b }, parameters), body: requestBody, invalid: `${p.in} ${p.name}=${JSON.stringify(b).slice(0, 80)}` })));
    }
    const badBody = body ? invalid(body, resolve, false) : undefined;
    if (badBody) arbitraries.push(fc.tuple(validValues(path, parameters), badBody).map(([values, b]) => ({ path, method: m, url: urlOf(path, values, parameters), body: b, invalid: `body ${JSON.stringify(b).slice(0, 120)}` })));
    return arbitraries;
  }

  async function send(c: Case): Promise<void> {
    const res = await t.request({ method: c.method.toUpperCase(), url: c.url, headers: c.body === undefined ? {} : { 'content-type': 'application/json' }, payload: c.body === undefined ? undefined : JSON.stringify(c.body) });
    const operation = document.paths[c.path][c.method];
    const documented = Object.keys(operation.responses);
    const label = `${c.method.toUpperCase()} ${c.url.slice(0, 160)}${c.body === undefined ? '' : ` ${JSON.stringify(c.body).slice(0, 160)}`}${c.invalid ? ` [invalid ${c.invalid}]` : ''}`;
    counts[c.invalid ? 'invalid' : 'valid']++;
    const key = `${c.invalid ? 'invalid' : 'valid'} ${res.status}`;
    counts.statuses.set(key, (counts.statuses.get(key) ?? 0) + 1);
    if (res.status >= 500) problems.push(`${label} -> ${res.status}`);
    else if (res.status >= 400 && !/^application\/problem\+json/.test(String(res.headers['content-type']))) problems.push(`${label} -> ${res.status} as ${String(res.headers['content-type'])}`);
    if (c.invalid) {
      if (res.status !== 400) problems.push(`${label} -> ${res.status}: an invalid request was not refused with 400`);
    } else if (res.status === 400) problems.push(`${label} -> 400 (${res.body.slice(0, 200)}): a schema-valid request was refused`);
    else if (!documented.includes(String(res.status))) problems.push(`${label} -> ${res.status}: not a documented status (${documented.join(', ')})`);
  }

  it('covers every read operation and the public POST routes', () => {
    const covered = operations().map(({ method, path }) => `${method} ${path}`);
    expect(covered).toEqual(expect.arrayContaining(['get /api/claims', 'get /api/claims/{id}', 'get /api/comparisons/{a}/{b}', 'get /api/technologies/{slug}', 'post /api/recommendations']));
  });

  it('valid requests are never refused with 400, invalid ones always are; no 5xx; every 4xx is problem+json', async () => {
    const cases = operations().map(({ path, method, operation }) => casesFor(path, method, operation));
    // half valid, half invalid: an operation's valid requests are its first arbitrary
    const valids = cases.map((c) => c[0]);
    const invalids = cases.flatMap((c) => c.slice(1));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.oneof(...valids), fc.oneof(...invalids)), async (c) => {
        await send(c);
      }),
      { numRuns: Math.max(invalids.length * 2, Math.round(RUNS * 1.2)) },
    );
    // every mismatch is listed, not only the first
    expect(problems.slice(0, 40)).toEqual([]);
  });
});
