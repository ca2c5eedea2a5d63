import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { bootTestApp, type TestApp } from '../helpers/app.js';
import { editorClient, uniqueToken } from '../helpers/factories.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SPECTRAL = path.join(ROOT, 'node_modules/.bin/spectral');

/** The findings of the project's Spectral ruleset (.spectral.yaml) on a document, by rule. */
async function spectral(document: unknown, rules: string[]): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'vkb-spectral-'));
  try {
    const file = path.join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(document));
    // exit code 1 when there are findings: the JSON report is still on stdout
    const { stdout } = await promisify(execFile)(SPECTRAL, ['lint', '--quiet', '-f', 'json', '--ruleset', path.join(ROOT, '.spectral.yaml'), file], { cwd: ROOT }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '[]' }));
    const findings = JSON.parse(stdout || '[]') as { code: string; path: string[] }[];
    return findings.filter((f) => rules.includes(f.code)).map((f) => `${f.code} ${f.path.join('.')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const LIMIT_RULES = ['input-string-limit', 'input-array-limit'];

/** Every string and array a client sends is bounded, nullable ones (`type: [string, null]`) included. */
describe('input limits in the OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  it('the limit rules see nullable strings and arrays (OpenAPI 3.1 type lists)', async () => {
    const fixture = {
      openapi: '3.1.0',
      info: { title: 'fixture', version: '1' },
      paths: {
        '/x': {
          post: {
            parameters: [{ in: 'query', name: 'q', schema: { type: ['string', 'null'] } }],
            requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { parent: { type: ['string', 'null'], pattern: '^[a-z]+$' }, tags: { type: ['array', 'null'], items: { type: 'string', maxLength: 9 } }, bounded: { type: ['null', 'string'], maxLength: 80 } } } } } },
            responses: { '200': { description: 'ok' } },
          },
        },
      },
    };
    expect((await spectral(fixture, LIMIT_RULES)).sort()).toEqual([
      'input-array-limit paths./x.post.requestBody.content.application/json.schema.properties.tags',
      'input-string-limit paths./x.post.parameters.0.schema',
      'input-string-limit paths./x.post.requestBody.content.application/json.schema.properties.parent',
    ]);
  }, 180_000);

  it('finds no unbounded input in the served document (parent included)', async () => {
    const document = (await t.request('/api/openapi.json')).json();
    expect(document.components.schemas.TechnologyEntryDto.properties.parent).toMatchObject({ type: ['string', 'null'], maxLength: 80 });
    expect(document.components.schemas.TaxonomyEntryPatchInput.properties.parent).toMatchObject({ maxLength: 80 });
    expect(await spectral(document, LIMIT_RULES)).toEqual([]);
  }, 180_000);

  it('refuses a parent over the stated maxLength with 400', async () => {
    const { ApiKeysService } = await import('../../src/modules/auth/api-keys.service.js');
    const write = editorClient(t, (await t.app.get(ApiKeysService).create('editor', 'input limits')).key);
    const res = await write('POST', '/api/technologies', { slug: `long-${uniqueToken()}`, name: `Long ${uniqueToken()}`, kind: 'framework', parent: 'a'.repeat(81) });
    expect([res.status, res.json().errors?.[0]?.field]).toEqual([400, 'parent']);
  });
});
