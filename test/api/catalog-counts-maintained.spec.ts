import { bootTestApp, type TestApp } from '../helpers/app.js';
import { articleInput, editorClient, uniqueToken } from '../helpers/factories.js';

/**
 * The catalog counts are maintained by triggers (migration catalog_counts). After every kind of
 * write, every maintained count must equal the count computed from scratch over claims, mentions
 * and source_technology, for the whole database (not only this test's rows), and the API must
 * serve them.
 */
describe('catalog counts maintained by triggers', () => {
  let t: TestApp;
  let write: ReturnType<typeof editorClient>;
  let prisma: any;
  beforeAll(async () => {
    t = await bootTestApp();
    const { ApiKeysService } = await import('../../src/modules/auth/api-keys.service.js');
    const { PrismaService } = await import('../../src/infra/database/prisma.service.js');
    write = editorClient(t, (await t.app.get(ApiKeysService).create('editor', 'catalog-counts')).key);
    prisma = t.app.get(PrismaService);
  });
  afterAll(() => t.close());

  const sorted = (rows: Record<string, unknown>[]) => rows.map((r) => JSON.stringify(r)).sort();

  /** Every maintained table against the same count from scratch (the queries the catalog ran per request before). */
  async function expectCountsMatchScratch() {
    const pairs = `SELECT c.technology_id AS tid, c.id FROM claim c WHERE c.technology_id IS NOT NULL
                   UNION SELECT c.winner_id, c.id FROM claim c WHERE c.winner_id IS NOT NULL
                   UNION SELECT m.technology_id, m.claim_id FROM claim_mention m`;
    const [maintainedPairs, scratchPairs] = await Promise.all([
      prisma.$queryRaw`SELECT technology_id AS tid, claim_id AS id, kind::text FROM claim_technology`,
      prisma.$queryRawUnsafe(`SELECT p.tid, p.id, c.kind::text FROM (${pairs}) p JOIN claim c ON c.id = p.id`),
    ]);
    expect(sorted(maintainedPairs)).toEqual(sorted(scratchPairs));
    const checks: [string, string][] = [
      ['SELECT technology_id AS k, kind::text AS j, claims AS n FROM technology_kind_count', `SELECT p.tid AS k, c.kind::text AS j, count(*)::int AS n FROM (${pairs}) p JOIN claim c ON c.id = p.id GROUP BY 1, 2`],
      ['SELECT technology_id AS k, sources AS n FROM technology_source_count', 'SELECT technology_id AS k, count(*)::int AS n FROM source_technology GROUP BY 1'],
      ['SELECT criterion_id AS k, technology_id AS j, claims AS n FROM criterion_technology_count', 'SELECT criterion_id AS k, coalesce(technology_id, 0) AS j, count(*)::int AS n FROM claim WHERE criterion_id IS NOT NULL GROUP BY 1, 2'],
      ['SELECT use_case_id AS k, technology_id AS j, claims AS n FROM use_case_technology_count', 'SELECT use_case_id AS k, coalesce(technology_id, 0) AS j, count(*)::int AS n FROM claim WHERE use_case_id IS NOT NULL GROUP BY 1, 2'],
      ['SELECT source_id AS k, claims AS n FROM source_claim_count', 'SELECT source_id AS k, count(*)::int AS n FROM claim GROUP BY 1'],
    ];
    for (const [maintained, scratch] of checks) {
      // test-only SQL, constant text: no input reaches it
      const [a, b] = await Promise.all([prisma.$queryRawUnsafe(maintained), prisma.$queryRawUnsafe(scratch)]);
      expect({ maintained, rows: sorted(a) }).toEqual({ maintained, rows: sorted(b) });
    }
  }

  const noCache = { 'cache-control': 'no-cache' };
  const technology = async (slug: string) => ((await t.request({ url: '/api/technologies', headers: noCache })).json().items as any[]).find((x) => x.slug === slug);
  const criterion = async (slug: string) => ((await t.request({ url: '/api/criteria', headers: noCache })).json().items as any[]).find((x) => x.slug === slug);
  const sourceCount = async (slug: string) => (await t.request({ url: `/api/sources/${slug}`, headers: noCache })).json().claimCount;

  /** An article whose claims name alpha as subject and as mention, a use case, and kinds to move. */
  function article(token: string) {
    const input = articleInput(token);
    const [alpha, beta, crit] = [`alpha-${token}`, `beta-${token}`, `crit-${token}`];
    input.taxonomy.technologies = [...(input.taxonomy.technologies as object[]), { slug: `gamma-${token}`, name: `Gamma ${token}`, kind: 'language', aliases: [] }];
    input.taxonomy.criteria = [...(input.taxonomy.criteria as object[]), { slug: `crit2-${token}`, name: `Criterion two ${token}`, category: 'performance', aliases: [] }];
    input.taxonomy.useCases = [{ slug: `uc-${token}`, name: `Use case ${token}`, aliases: [] }];
    input.claims = [
      // subject alpha, mentioning alpha and beta: once for alpha (UNION), once for beta
      { key: 'connections', kind: 'pro', statement: 'Alpha handles many connections.', quote: 'Alpha handles many connections.', technology: alpha, criterion: crit, related: [alpha, beta] },
      // beta wins; alpha is mentioned
      { key: 'data-work', kind: 'verdict', statement: 'Beta wins for data work.', quote: 'Beta wins for data work.', criterion: crit, outcome: 'win', winner: beta, technology: beta, related: [alpha] },
      { key: 'mature', kind: 'fact', statement: 'Both are mature.', quote: 'Both are mature.', technology: alpha, useCase: `uc-${token}` },
    ];
    return input;
  }

  it('keep the catalog numbers equal to a count from scratch through inserts, moves, revisions, merges and deletes', async () => {
    const token = uniqueToken();
    const [alpha, beta, gamma] = [`alpha-${token}`, `beta-${token}`, `gamma-${token}`];
    const input = article(token);
    const created = await write('POST', '/api/sources', input);
    expect(created.status).toBe(201);
    await expectCountsMatchScratch();
    expect(await technology(alpha)).toMatchObject({ claimCount: 3, sourceCount: 0 });
    expect(await technology(beta)).toMatchObject({ claimCount: 2 });
    expect((await t.request({ url: `/api/technologies/${alpha}`, headers: noCache })).json().claimCountsByKind).toEqual([
      { kind: 'verdict', count: 1 },
      { kind: 'pro', count: 1 },
      { kind: 'fact', count: 1 },
    ]);
    expect(await criterion(`crit-${token}`)).toMatchObject({ claimCount: 2 });
    expect(await sourceCount(input.source.slug)).toBe(3);

    // claims moved: another criterion, subject, kind; a mention dropped (same text: no If-Match)
    const moved = { ...input, taxonomy: {}, claims: [
      { ...input.claims[0], technology: gamma, criterion: `crit2-${token}`, kind: 'con', related: [alpha] },
      { ...input.claims[1], related: [] },
      input.claims[2],
    ] };
    const updated = await write('POST', '/api/sources', moved);
    expect(updated.json().status).toBe('updated');
    await expectCountsMatchScratch();
    expect(await technology(alpha)).toMatchObject({ claimCount: 2 });
    expect(await technology(gamma)).toMatchObject({ claimCount: 1 });
    expect(await criterion(`crit2-${token}`)).toMatchObject({ claimCount: 1, claimCountsByTechnology: [expect.objectContaining({ technology: expect.objectContaining({ slug: gamma }), count: 1 })] });

    // text revision that drops a claim
    const etag = (await t.request(`/api/sources/${input.source.slug}`)).headers.etag as string;
    const revised = { ...moved, source: { ...moved.source, body: moved.source.body.replace('Both are mature. ', '') }, claims: moved.claims.slice(0, 2) };
    expect((await write('POST', '/api/sources', revised, { 'if-match': etag })).status).toBe(200);
    await expectCountsMatchScratch();
    expect(await sourceCount(input.source.slug)).toBe(2);
    expect(await technology(alpha)).toMatchObject({ claimCount: 1 });

    // merges: gamma into alpha (subject and mention of the same claim collapse), a criterion into another
    expect((await write('POST', `/api/technologies/${gamma}/merge`, { into: alpha })).status).toBe(200);
    await expectCountsMatchScratch();
    expect(await technology(alpha)).toMatchObject({ claimCount: 1 });
    expect((await write('POST', `/api/criteria/crit2-${token}/merge`, { into: `crit-${token}` })).status).toBe(200);
    await expectCountsMatchScratch();
    expect(await criterion(`crit-${token}`)).toMatchObject({ claimCount: 2 });

    // delete the source: its claims and mentions go by cascade
    expect((await write('DELETE', `/api/sources/${input.source.slug}`)).status).toBe(204);
    await expectCountsMatchScratch();
    expect(await technology(alpha)).toMatchObject({ claimCount: 0 });
    expect(await criterion(`crit-${token}`)).toMatchObject({ claimCount: 0 });
  });

  it('keep them through bulk statements: claims and mentions inserted by one statement, kinds and subjects updated in bulk', async () => {
    const token = uniqueToken();
    const input = article(token);
    expect((await write('POST', '/api/sources', input)).status).toBe(201);
    const [{ sourceId, alphaId, betaId }] = await prisma.$queryRaw`
      SELECT s.id AS "sourceId", a.id AS "alphaId", b.id AS "betaId" FROM source s, technology a, technology b
      WHERE s.slug = ${input.source.slug} AND a.slug = ${`alpha-${token}`} AND b.slug = ${`beta-${token}`}`;
    // the bulk loader's shape: mentions and their claims in one statement (triggers fire at its end, in no fixed order)
    await prisma.$executeRaw`
      WITH fresh AS (
        INSERT INTO claim (source_id, key, kind, statement, quote, quote_start, quote_end, technology_id, winner_id, qualifiers, updated_at)
        SELECT ${sourceId}, 'bulk-' || i, 'FACT', 'Alpha handles many connections.', 'Alpha handles many connections.', 0, 30, ${alphaId}, CASE WHEN i % 2 = 0 THEN ${alphaId}::int END, '{}', now()
        FROM generate_series(1, 40) i RETURNING id
      )
      INSERT INTO claim_mention (claim_id, technology_id) SELECT id, t FROM fresh, unnest(ARRAY[${alphaId}::int, ${betaId}::int]) t`;
    await expectCountsMatchScratch();
    expect(await technology(`alpha-${token}`)).toMatchObject({ claimCount: 43 });
    expect(await technology(`beta-${token}`)).toMatchObject({ claimCount: 42 });
    await prisma.$executeRaw`UPDATE claim SET kind = 'CON', technology_id = ${betaId} WHERE source_id = ${sourceId} AND key LIKE 'bulk-%' AND id % 3 = 0`;
    await prisma.$executeRaw`DELETE FROM claim_mention WHERE technology_id = ${betaId} AND claim_id IN (SELECT id FROM claim WHERE source_id = ${sourceId} AND id % 5 = 0)`;
    await expectCountsMatchScratch();
    await prisma.$executeRaw`DELETE FROM claim WHERE source_id = ${sourceId} AND key LIKE 'bulk-%' AND id % 2 = 0`;
    await expectCountsMatchScratch();
    expect((await write('DELETE', `/api/sources/${input.source.slug}`)).status).toBe(204);
    await expectCountsMatchScratch();
  });
});
