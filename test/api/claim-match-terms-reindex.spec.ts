import { MATCH_TERMS_VERSION, matchTerms } from '../../src/common/text/match-terms.js';
import { Prisma } from '../../src/generated/prisma/client.js';
import { bootTestApp, type TestApp } from '../helpers/app.js';
import { articleInput, asEditor, uniqueToken } from '../helpers/factories.js';

interface StoredTerms {
  id: number;
  statement: string;
  quote: string;
  terms: string[] | null;
  version: number | null;
  /** The row's transaction id: any UPDATE of the row changes it. */
  xmin: string;
}

/**
 * Claims' stored match terms carry the normaliser version that computed them. A claim with
 * missing or older terms is recomputed by a reindex (at boot, `kb reindex`), never by a read:
 * recommendations and claim reads on both transports leave every row as it was.
 */
describe('claim match terms: versioned, recomputed by reindex, never by a read', () => {
  let t: TestApp;
  let write: Awaited<ReturnType<typeof asEditor>>['write'];
  let rows: <T>(query: Prisma.Sql) => Promise<T[]>;
  let reindex: () => Promise<number>;

  beforeAll(async () => {
    // with the boot pass (off in other suites); configuration is read once per test file, so the
    // second app booted below has it on too
    t = await bootTestApp({ env: { KB_REINDEX_ON_START: 'true' } });
    ({ write } = await asEditor(t, 'match-terms'));
    const { PrismaService } = await import('../../src/infra/database/prisma.service.js');
    const { ClaimMatchTermsService } = await import('../../src/modules/claims/claim-match-terms.service.js');
    const prisma = t.app.get(PrismaService);
    rows = (query) => prisma.readRows(query);
    const service = t.app.get(ClaimMatchTermsService);
    // once the boot pass is idle, the rows made stale below stay so until a reindex
    await service.whenIdle();
    reindex = () => service.reindex();
  });
  afterAll(() => t.close());

  const storedOf = (slug: string) =>
    rows<StoredTerms>(Prisma.sql`
      SELECT c.id, c.statement, c.quote, c.match_terms AS terms, c.match_terms_version AS version, c.xmin::text AS xmin
      FROM claim c JOIN source s ON s.id = c.source_id WHERE s.slug = ${slug} ORDER BY c.id`);

  it('leaves stale rows untouched on every read, and recomputes them on reindex', async () => {
    const token = uniqueToken();
    const input = articleInput(token);
    input.claims[0] = { ...input.claims[0], statement: `Alpha queues zq${token} messages durably.`, quote: 'Alpha handles many connections.' };
    expect((await write('POST', '/api/sources', input)).status).toBe(201);
    const written = await storedOf(input.source.slug);
    expect(written).toHaveLength(3);
    for (const c of written) expect([c.version, [...c.terms!].sort()]).toEqual([MATCH_TERMS_VERSION, [...new Set(matchTerms(c.statement, c.quote))].sort()]);

    // one claim computed by an older normaliser, one loaded in bulk without terms
    const [older, bulk] = written;
    await rows(Prisma.sql`UPDATE claim SET match_terms = ARRAY['olderstem'], match_terms_version = ${MATCH_TERMS_VERSION - 1}::int WHERE id = ${older.id} RETURNING id`);
    await rows(Prisma.sql`UPDATE claim SET match_terms = NULL, match_terms_version = NULL WHERE id = ${bulk.id} RETURNING id`);
    const before = await storedOf(input.source.slug);
    expect(before.map((c) => c.version)).toEqual([MATCH_TERMS_VERSION - 1, null, MATCH_TERMS_VERSION]);

    const need = `durable zq${token} message queues`;
    expect((await t.request(`/api/recommendations?need=${encodeURIComponent(need)}`)).status).toBe(200);
    const posted = await t.request({ method: 'POST', url: '/api/recommendations', headers: { 'content-type': 'application/json' }, payload: { needs: [need, 'real-time chat'] } });
    expect(posted.status).toBe(200);
    const gql = await t.graphql('query($needs: [String!]!) { recommend(input: { needs: $needs }) { rankingTotal } }', { needs: [need] });
    expect(gql.errors).toBeUndefined();
    expect((await t.request(`/api/claims?source=${input.source.slug}`)).status).toBe(200);

    expect(await storedOf(input.source.slug)).toEqual(before);

    expect(await reindex()).toBeGreaterThanOrEqual(2);
    const after = await storedOf(input.source.slug);
    for (const c of after) expect([c.version, [...c.terms!].sort()]).toEqual([MATCH_TERMS_VERSION, [...new Set(matchTerms(c.statement, c.quote))].sort()]);
    // the third claim was current: the reindex left it alone
    expect(after[2].xmin).toBe(before[2].xmin);
  });

  it('recomputes stale rows in the background after boot when KB_REINDEX_ON_START is on', async () => {
    const token = uniqueToken();
    const input = articleInput(token);
    expect((await write('POST', '/api/sources', input)).status).toBe(201);
    const [first] = await storedOf(input.source.slug);
    await rows(Prisma.sql`UPDATE claim SET match_terms = ARRAY['olderstem'], match_terms_version = ${MATCH_TERMS_VERSION - 1}::int WHERE id = ${first.id} RETURNING id`);

    const booted = await bootTestApp();
    try {
      const { ClaimMatchTermsService } = await import('../../src/modules/claims/claim-match-terms.service.js');
      await booted.app.get(ClaimMatchTermsService).whenIdle();
    } finally {
      await booted.close();
    }
    const [after] = await storedOf(input.source.slug);
    expect([after.version, [...after.terms!].sort()]).toEqual([MATCH_TERMS_VERSION, [...new Set(matchTerms(after.statement, after.quote))].sort()]);
  });
});
