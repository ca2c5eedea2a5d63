import { randomUUID } from 'node:crypto';
import { bootTestApp, type TestApp } from '../helpers/app.js';

/**
 * Anonymous GraphQL reads are answered from a response cache keyed by the data version: a hit
 * sends no SQL, a write makes the next answer fresh, and credentials or `no-cache` bypass it.
 */
describe('GraphQL response cache', () => {
  let t: TestApp;
  let editor: string;
  let statements: () => number;
  let slug: string;

  beforeAll(async () => {
    t = await bootTestApp();
    const { ApiKeysService } = await import('../../src/modules/auth/api-keys.service.js');
    const { PrismaService } = await import('../../src/infra/database/prisma.service.js');
    editor = (await t.app.get(ApiKeysService).create('editor', 'graphql-cache')).key;
    const prisma = t.app.get(PrismaService);
    statements = () => prisma.statementCount;
    slug = `gql-cache-${randomUUID()}`;
    const quote = 'Node.js keeps thousands of sockets open cheaply.';
    const created = await t.request({
      method: 'POST',
      url: '/api/sources',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
      payload: {
        source: { externalId: slug, slug, title: 'Cache article', compares: ['nodejs', 'python'], body: `${quote} ${slug}` },
        claims: [{ key: 'sockets', kind: 'pro', statement: 'Node.js keeps many sockets open cheaply.', quote, technology: 'nodejs' }],
      },
    });
    expect(created.status).toBe(201);
  });
  afterAll(() => t.close());

  const query = () => `{ claims(filter: { source: "${slug}" }, first: 5) { edges { node { id statement } } } }`;
  async function post(headers: Record<string, string> = {}) {
    const before = statements();
    const res = await t.request({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json', ...headers }, payload: { query: query() } });
    return { status: res.status, body: res.json(), statements: statements() - before };
  }

  it('answers a repeated anonymous query without SQL, and a changed claim at once', async () => {
    const first = await post();
    expect(first.statements).toBeGreaterThan(0);
    const repeated = await post();
    expect(repeated.statements).toBe(0);
    expect(repeated.body).toEqual(first.body);

    const claimId = first.body.data.claims.edges[0].node.id;
    const patched = await t.request({
      method: 'PATCH',
      url: `/api/claims/${claimId}`,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
      payload: { statement: 'Node.js holds many sockets open at low cost.' },
    });
    expect(patched.status).toBe(200);
    const afterWrite = await post();
    expect(afterWrite.statements).toBeGreaterThan(0);
    expect(afterWrite.body.data.claims.edges[0].node.statement).toBe('Node.js holds many sockets open at low cost.');
  });

  it('is bypassed by Cache-Control: no-cache and by requests with credentials', async () => {
    await post();
    expect((await post()).statements).toBe(0);
    expect((await post({ 'cache-control': 'no-cache' })).statements).toBeGreaterThan(0);
    const withKey = await post({ authorization: `Bearer ${editor}` });
    expect(withKey.status).toBe(200);
    expect(withKey.statements).toBeGreaterThan(0);
    // a bad key is refused even though the anonymous answer is cached
    const badKey = await post({ authorization: 'Bearer not-a-key' });
    expect(badKey.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
