import { bootTestApp, type TestApp } from '../helpers/app.js';
import { uniqueToken } from '../helpers/factories.js';

/**
 * Ranking within a pair (`among`) reads the pair's own articles: a question that shares one rare
 * word with a claim of an article comparing the pair, among many words no article uses, is still
 * answered from that claim, where the same question without `among` is not about anything.
 */
describe('recommendations among a pair, from the pair\'s own articles', () => {
  let t: TestApp;
  let editor: string;

  beforeAll(async () => {
    t = await bootTestApp();
    const { ApiKeysService } = await import('../../src/modules/auth/api-keys.service.js');
    editor = (await t.app.get(ApiKeysService).create('editor', 'recommendation-among')).key;
  });
  afterAll(() => t.close());

  it('answers a loosely worded question within the pair from the one claim that speaks to it', async () => {
    const token = uniqueToken();
    const rare = `qv${token}`;
    const quote = `Python copes with ${rare} batches overnight.`;
    const created = await t.request({
      method: 'POST',
      url: '/api/sources',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
      payload: {
        source: { externalId: `among-${token}`, slug: `among-${token}`, title: `Among ${token}`, compares: ['nodejs', 'python'], body: `${quote} ${token}` },
        claims: [{ key: 'batches', kind: 'pro', statement: `Python copes with ${rare} batches.`, quote, technology: 'python' }],
      },
    });
    expect(created.status).toBe(201);
    // one rare word among ten words no claim uses: a tenth of the need's weight at most
    const filler = ['xa', 'xb', 'xc', 'xd', 'xe', 'xf', 'xg', 'xh', 'xi', 'xj'].map((p) => `${p}${token}`).join(' ');
    const need = encodeURIComponent(`${rare} ${filler}`);

    const within = (await t.request(`/api/recommendations?need=${need}&among=nodejs,python`)).json();
    expect(within.ranking[0]?.technology.slug).toBe('python');
    expect(within.ranking[0].supporting.map((c: { quote: string }) => c.quote)).toContain(quote);

    const anywhere = (await t.request(`/api/recommendations?need=${need}`)).json();
    expect(anywhere.ranking).toEqual([]);
  });
});
