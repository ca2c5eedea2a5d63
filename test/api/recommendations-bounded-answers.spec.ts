import { MATCH_TERMS_VERSION } from '../../src/common/text/match-terms.js';
import { Prisma } from '../../src/generated/prisma/client.js';
import { bootTestApp, type TestApp } from '../helpers/app.js';
import { uniqueToken } from '../helpers/factories.js';

/**
 * Recommendations at any size: needs are matched through each claim's stored match terms (stored
 * by claim writes; recomputed outside reads: claim-match-terms-reindex.spec.ts), the ranking is cut at the page-size policy's size and says
 * so, and each ranked technology cites a bounded number of real claims.
 */
describe('recommendations with bounded answers', () => {
  let t: TestApp;
  let editor: string;
  let rows: <T>(query: Prisma.Sql) => Promise<T[]>;

  beforeAll(async () => {
    t = await bootTestApp();
    const { ApiKeysService } = await import('../../src/modules/auth/api-keys.service.js');
    const { PrismaService } = await import('../../src/infra/database/prisma.service.js');
    editor = (await t.app.get(ApiKeysService).create('editor', 'recommendation-bounds')).key;
    const prisma = t.app.get(PrismaService);
    rows = (query) => prisma.readRows(query);
  });
  afterAll(() => t.close());

  it('stores the match terms of a written claim, with the normaliser version that computed them', async () => {
    const token = uniqueToken();
    const quote = `Node.js streams zq${token} sockets cheaply.`;
    const created = await t.request({
      method: 'POST',
      url: '/api/sources',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
      payload: {
        source: { externalId: `terms-${token}`, slug: `terms-${token}`, title: `Terms ${token}`, compares: ['nodejs', 'python'], body: `${quote} ${token}` },
        claims: [{ key: 'streams', kind: 'pro', statement: `Node.js streams zq${token} sockets.`, quote, technology: 'nodejs' }],
      },
    });
    expect(created.status).toBe(201);
    const [stored] = await rows<{ terms: string[] | null; version: number | null }>(Prisma.sql`SELECT match_terms AS terms, match_terms_version AS version FROM claim WHERE quote = ${quote}`);
    expect(stored.terms).toEqual(expect.arrayContaining([`zq${token}`, 'stream', 'socket']));
    expect(stored.version).toBe(MATCH_TERMS_VERSION);
  });

  it('cuts the ranking at limit (GraphQL first), says how many technologies have evidence, and refuses sizes outside 1-200', async () => {
    const needs = 'need=real-time%20chat%20front%20end&need=machine%20learning%20features';
    const full = (await t.request(`/api/recommendations?${needs}`)).json();
    expect(full.rankingTotal).toBe(full.ranking.length);
    expect(full.rankingTotal).toBeGreaterThanOrEqual(2);
    for (const need of full.needs) expect(need.matched.textMatchesCut).toBe(false);

    const one = (await t.request(`/api/recommendations?${needs}&limit=1`)).json();
    expect(one.ranking.map((r: any) => r.technology.slug)).toEqual([full.ranking[0].technology.slug]);
    expect(one.rankingTotal).toBe(full.rankingTotal);
    for (const limit of ['0', '201', 'x']) expect((await t.request(`/api/recommendations?need=chat&limit=${limit}`)).status).toBe(400);
    const post = await t.request({ method: 'POST', url: '/api/recommendations', headers: { 'content-type': 'application/json' }, payload: { needs: ['real-time chat front end', 'machine learning features'], limit: 1 } });
    expect(post.json().ranking).toHaveLength(1);

    const gql = await t.graphql('{ recommend(input: { needs: ["real-time chat front end", "machine learning features"], first: 1 }) { rankingTotal ranking { technology { slug } } } }');
    expect(gql.data.recommend).toEqual({ rankingTotal: full.rankingTotal, ranking: [{ technology: { slug: full.ranking[0].technology.slug } }] });
    const refused = await t.graphql('{ recommend(input: { needs: ["real-time chat"], first: 0 }) { rankingTotal } }');
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('cites up to three claims a side for the three leaders and one for the others, each a stored claim with its verbatim quote', async () => {
    const r = (await t.request('/api/recommendations?need=' + encodeURIComponent('machine learning and data science with fast development'))).json();
    expect(r.ranking.length).toBeGreaterThan(0);
    const cited = new Map<number, string>();
    r.ranking.forEach((entry: any, rank: number) => {
      const most = rank < 3 ? 3 : 1;
      for (const side of ['supporting', 'dissenting', 'supportingEvidence', 'dissentingEvidence']) expect(entry[side].length).toBeLessThanOrEqual(most);
      expect(entry.supporting.length + entry.dissenting.length).toBeGreaterThan(0);
      for (const c of [...entry.supporting, ...entry.dissenting]) cited.set(c.id, c.quote);
    });
    for (const [id, quote] of cited) {
      const stored = (await t.request(`/api/claims/${id}`)).json();
      expect(stored.quote).toBe(quote);
    }
  });
});
