import { bootTestApp, type TestApp } from '../helpers/app.js';
import { articleInput, asEditor, editorClient, storedSource } from '../helpers/factories.js';
import { OpenApiValidator } from '../helpers/openapi-validator.js';

type Answer = Awaited<ReturnType<TestApp['request']>>;

/**
 * The write statuses against the published OpenAPI document: each case provokes its status on
 * sources this suite creates itself (never seeded data), then checks status, content type and
 * body against what the operation documents.
 */
describe('write answers match the OpenAPI document', () => {
  let t: TestApp;
  let validator: OpenApiValidator;
  let write: ReturnType<typeof editorClient>;
  const checked: string[] = [];
  beforeAll(async () => {
    t = await bootTestApp();
    validator = new OpenApiValidator((await t.request('/api/openapi.json')).json());
    ({ write } = await asEditor(t, 'write statuses'));
  });
  afterAll(async () => {
    console.log(`write response-validation cases: ${checked.length} (statuses: ${[...new Set(checked.map((c) => c.split(' ')[0]))].sort().join(', ')})`);
    await t.close();
  });

  function expectDocumented(path: string, method: string, answer: Answer, status: number, label: string) {
    expect([label, answer.status]).toEqual([label, status]);
    expect([label, validator.check(path, method, answer)]).toEqual([label, []]);
    checked.push(`${answer.status} ${label}`);
  }

  async function stored() {
    const input = articleInput();
    expectDocumented('/api/sources', 'post', await write('POST', '/api/sources', input), 201, 'POST /api/sources new');
    return { input, before: (await storedSource(t, input.source.slug))! };
  }

  it('201 for a new source, 409 for one colliding with a stored source', async () => {
    const { input } = await stored();
    const other = articleInput();
    const colliding = { ...other, source: { ...other.source, slug: input.source.slug } };
    const answer = await write('POST', '/api/sources', colliding);
    expectDocumented('/api/sources', 'post', answer, 409, 'POST /api/sources slug collision');
    expect(answer.json().code).toBe('SOURCE_CONFLICT');
  });

  it('428 for a text change without If-Match, 412 with a stale one, 200 with the current one', async () => {
    const { input, before } = await stored();
    const revised = { ...input, source: { ...input.source, body: `${input.source.body} A revised paragraph.` } };
    expectDocumented('/api/sources', 'post', await write('POST', '/api/sources', revised), 428, 'POST /api/sources text change, no If-Match');
    expectDocumented('/api/sources', 'post', await write('POST', '/api/sources', revised, { 'if-match': '"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"' }), 412, 'POST /api/sources stale If-Match');
    expectDocumented('/api/sources', 'post', await write('POST', '/api/sources', revised, { 'if-match': before.etag }), 200, 'POST /api/sources current If-Match');
  });

  it('422 for an annotation with no claims, and for a claim patch whose quote is not in the text', async () => {
    const empty = articleInput();
    const answer = await write('POST', '/api/sources', { ...empty, claims: [] });
    expectDocumented('/api/sources', 'post', answer, 422, 'POST /api/sources no claims');
    expect(await storedSource(t, empty.source.slug)).toBeNull();
    const { before } = await stored();
    const id = before.claimIds[0];
    expectDocumented('/api/claims/{id}', 'patch', await write('PATCH', `/api/claims/${id}`, { quote: 'A sentence this article never had.' }), 422, 'PATCH /api/claims/{id} unknown quote');
  });

  it('404 for a patch or delete of an unknown claim or source, 204 for a delete', async () => {
    expectDocumented('/api/claims/{id}', 'patch', await write('PATCH', '/api/claims/2147483647', { statement: 'Anything.' }), 404, 'PATCH /api/claims/{id} unknown');
    expectDocumented('/api/claims/{id}', 'delete', await write('DELETE', '/api/claims/2147483647'), 404, 'DELETE /api/claims/{id} unknown');
    expectDocumented('/api/sources/{slug}', 'delete', await write('DELETE', '/api/sources/no-such-source-here'), 404, 'DELETE /api/sources/{slug} unknown');
    const { input } = await stored();
    expectDocumented('/api/sources/{slug}', 'delete', await write('DELETE', `/api/sources/${input.source.slug}`), 204, 'DELETE /api/sources/{slug}');
  });
});
