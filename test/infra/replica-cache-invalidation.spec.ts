import { randomUUID } from 'node:crypto';
import { bootTestApp, type TestApp } from '../helpers/app.js';

// Replicas share a PostgreSQL server; the embedded database is single-process (locked).
const describeOnServer = process.env.KB_TEST_DB_KIND === 'postgresql' ? describe : describe.skip;

describeOnServer('cache invalidation across replicas (LISTEN/NOTIFY)', () => {
  let a: TestApp;
  let b: TestApp;
  let editor: string;
  beforeAll(async () => {
    a = await bootTestApp();
    b = await bootTestApp();
    const { ApiKeysService } = await import('../../src/modules/auth/api-keys.service.js');
    editor = (await a.app.get(ApiKeysService).create('editor', 'replicas')).key;
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  it('a write through one instance changes what the other serves within 1 s', async () => {
    const url = '/api/comparisons/nodejs/python?format=csv';
    const before = await b.request(url); // B renders and caches the table
    expect((await b.request({ url, headers: { 'if-none-match': before.headers['etag'] as string } })).status).toBe(304);

    const id = `replica-${randomUUID()}`;
    const body = `Python wins for data science. ${id}`;
    const res = await a.request({
      method: 'POST',
      url: '/api/sources',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
      payload: {
        source: { slug: id, title: 'Replica test', compares: ['nodejs', 'python'], body },
        claims: [{ key: 'ds', kind: 'verdict', statement: 'Python wins for data science.', quote: 'Python wins for data science.', criterion: 'data-science', outcome: 'win', winner: 'python' }],
      },
    });
    expect(res.status).toBe(201);
    const written = Date.now();
    let changedAfter: number | undefined;
    while (Date.now() - written < 1000 && changedAfter === undefined) {
      const now = await b.request(url);
      if (now.headers['etag'] !== before.headers['etag']) changedAfter = Date.now() - written;
      else await new Promise((r) => setTimeout(r, 20));
    }
    expect(changedAfter).toBeDefined();
    expect(changedAfter!).toBeLessThan(1000);
    process.stdout.write(`replica B served the new table ${changedAfter} ms after the write through A\n`);
  });
});
