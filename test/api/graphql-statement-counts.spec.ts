import { bootTestApp, type TestApp } from '../helpers/app.js';

/**
 * Nested lists load through per-request DataLoaders: the SQL statements one GraphQL request
 * sends do not grow with the number of items it returns.
 */
const NO_CACHE = { 'cache-control': 'no-cache' };

describe('GraphQL SQL statements per request', () => {
  let t: TestApp;
  let statements: () => number;

  beforeAll(async () => {
    // the cost limit counts every list's page size; this file measures statements, not cost
    t = await bootTestApp({ env: { GRAPHQL_MAX_COST: '1000000' } });
    const { PrismaService } = await import('../../src/infra/database/prisma.service.js');
    const prisma = t.app.get(PrismaService);
    statements = () => prisma.statementCount;
  });
  afterAll(() => t.close());

  async function countFor(query: string): Promise<{ count: number; data: any }> {
    // no-cache: the response cache would answer the repeat without any SQL at all
    await t.graphql(query, undefined, NO_CACHE); // warm caches (taxonomy index) so both sizes start alike
    const before = statements();
    const res = await t.graphql(query, undefined, NO_CACHE);
    expect(res.errors).toBeUndefined();
    return { count: statements() - before, data: res.data };
  }

  const listQuery = (n: number) => `{
    claims(first: ${n}) { totalCount edges { node { id source { slug } criterion { slug } technology { slug } winner { slug } related { slug } } } }
    sources { slug claims(first: ${n}) { id quote } }
    criteria { slug claims(first: ${n}) { id } }
    useCases { slug claims(first: ${n}, kind: "use_case") { id } }
    technologies { slug claims(first: ${n}) { id } }
  }`;

  it('is the same at 10 and at 100 items per list', async () => {
    const small = await countFor(listQuery(10));
    const large = await countFor(listQuery(100));
    expect(small.data.claims.edges).toHaveLength(10);
    expect(large.data.claims.edges).toHaveLength(100);
    const nestedLarge = large.data.sources.reduce((n: number, s: any) => n + s.claims.length, 0);
    const nestedSmall = small.data.sources.reduce((n: number, s: any) => n + s.claims.length, 0);
    expect(nestedLarge).toBeGreaterThan(nestedSmall);
    expect(large.count).toBe(small.count);
    // one batch per nested field, not one per parent: far fewer statements than parents
    expect(large.count).toBeLessThan(small.data.criteria.length + small.data.sources.length);
  });
});
