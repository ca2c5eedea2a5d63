import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { bootTestApp, type TestApp } from '../helpers/app.js';
import { articleInput, asEditor, editorClient, storedSource } from '../helpers/factories.js';

const run = promisify(execFile);

/** The built CLI on this run's database (DATABASE_URL: the scratch database or the embedded one's port). */
function kb(...args: string[]) {
  return run(process.execPath, ['dist/cli/kb.js', ...args], { env: { ...process.env, LOG_LEVEL: 'warn' }, timeout: 150_000 });
}

/** A draft as `kb extract` prints it: the POST /api/sources format, a slug and no externalId. */
function draft() {
  const { source, ...rest } = articleInput();
  const { externalId: _none, ...withoutId } = source;
  return { ...rest, source: withoutId };
}

/**
 * The README's CLI flow (issue 20 item 8): `kb extract a.md > draft.json; kb ingest draft.json`,
 * then the same for a second article. The source is the one the draft names (its slug), never
 * one named after the file, and ingesting a draft again is `unchanged` whichever way (CLI or
 * API) it came first.
 */
describe('kb ingest takes the source from the draft, not from the file name', () => {
  let t: TestApp;
  let write: ReturnType<typeof editorClient>;
  const dir = mkdtempSync(path.join(tmpdir(), 'versus-kb-drafts-'));
  const file = path.join(dir, 'draft.json');
  beforeAll(async () => {
    t = await bootTestApp();
    ({ write } = await asEditor(t, 'drafts'));
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('two articles through the same draft.json are two sources; the same draft again is unchanged through the CLI and the API', async () => {
    const [a, b] = [draft(), draft()];
    writeFileSync(file, JSON.stringify(a));
    expect((await kb('ingest', file, '--quiet')).stdout).toMatch(/created 1\b.*rejected 0/);
    writeFileSync(file, JSON.stringify(b));
    expect((await kb('ingest', file, '--quiet')).stdout).toMatch(/created 1\b.*rejected 0/);

    const [storedA, storedB] = [await storedSource(t, a.source.slug), await storedSource(t, b.source.slug)];
    expect(storedA?.body).toBe(a.source.body);
    expect(storedB?.body).toBe(b.source.body);
    // neither is named after the file
    expect([storedA!.externalId, storedB!.externalId]).not.toContain('draft');
    expect(storedA!.externalId).not.toBe(storedB!.externalId);

    // the same draft again: unchanged through the CLI, then through the API
    expect((await kb('ingest', file, '--quiet')).stdout).toMatch(/unchanged 1, rejected 0/);
    const api = await write('POST', '/api/sources', b);
    expect([api.status, api.json().status]).toEqual([200, 'unchanged']);
    expect(await storedSource(t, b.source.slug)).toEqual(storedB);
  }, 300_000);

  it('a draft the API accepted is unchanged when kb ingest loads it (the identity POST /api/sources derived is kept)', async () => {
    const c = draft();
    const created = await write('POST', '/api/sources', c);
    expect(created.status).toBe(201);
    expect((await write('POST', '/api/sources', c)).json().status).toBe('unchanged');
    const before = await storedSource(t, c.source.slug);
    const cFile = path.join(dir, 'api-first.json');
    writeFileSync(cFile, JSON.stringify(c));
    const out = await kb('ingest', cFile, '--quiet');
    expect(out.stdout).toMatch(/unchanged 1, rejected 0/);
    expect(await storedSource(t, c.source.slug)).toEqual(before);
    expect(before!.externalId).toBe(created.json().externalId);
  }, 300_000);
});
