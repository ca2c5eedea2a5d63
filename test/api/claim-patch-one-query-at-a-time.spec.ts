import { bootTestApp, type TestApp } from '../helpers/app.js';
import { articleInput, editorClient, storedSource } from '../helpers/factories.js';

/**
 * A transaction is one connection: its queries must run one at a time. pg warns (and pg 9
 * fails) when a second query is sent while one is running on the same client, which is what
 * a PATCH of a claim did: Prisma ran the relation reads of the claim's findUnique-with-include
 * concurrently on the transaction's client.
 */
describe('a claim PATCH runs its transaction queries one at a time', () => {
  let t: TestApp;
  /** Queries sent to a pg client while others were still queued on it (what pg warns about once per process). */
  const overlapping: string[] = [];
  let restore: () => void;
  beforeAll(async () => {
    t = await bootTestApp();
    const pg = (await import('pg')).default as unknown as { Client: { prototype: Record<string, unknown> } };
    const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
    pg.Client.prototype.query = function (this: { _queryQueue?: unknown[]; pipeline?: boolean }, ...args: unknown[]) {
      if ((this._queryQueue?.length ?? 0) > 0 && !this.pipeline) overlapping.push(String((args[0] as { text?: string })?.text ?? args[0]).slice(0, 80));
      return original.apply(this, args);
    };
    restore = () => (pg.Client.prototype.query = original);
  });
  afterAll(async () => {
    restore();
    await t.close();
  });

  it('changes the claim without a concurrent-query warning from pg', async () => {
    const { ApiKeysService } = await import('../../src/modules/auth/api-keys.service.js');
    const write = editorClient(t, (await t.app.get(ApiKeysService).create('editor', 'patch queries')).key);
    const input = articleInput();
    expect((await write('POST', '/api/sources', input)).status).toBe(201);
    const id = (await storedSource(t, input.source.slug))!.claimIds[0];
    overlapping.length = 0;
    const res = await write('PATCH', `/api/claims/${id}`, { statement: 'Alpha handles a great many connections.' });
    expect(res.status).toBe(200);
    expect(res.json().statement).toBe('Alpha handles a great many connections.');
    expect(overlapping).toEqual([]);
  });
});
