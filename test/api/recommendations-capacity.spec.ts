import { bootTestApp, type TestApp } from '../helpers/app.js';

/**
 * Recommendations are computed a few at a time (KB_RECOMMENDATIONS_AT_ONCE), with a bounded
 * queue (KB_RECOMMENDATIONS_QUEUED): a burst past both is answered 503 with Retry-After at once,
 * on REST and GraphQL, instead of holding every answer's working set together.
 */
describe('recommendations under a burst', () => {
  let t: TestApp;
  beforeAll(async () => {
    // one at a time, none waiting: the first answer of a fresh app (it loads the dataset) is
    // still being computed when the rest of a simultaneous burst arrives
    t = await bootTestApp({ env: { KB_RECOMMENDATIONS_AT_ONCE: '1', KB_RECOMMENDATIONS_QUEUED: '0' } });
  });
  afterAll(() => t.close());

  it('answers the burst past capacity 503 problem+json with Retry-After, and the next request normally', async () => {
    const burst = await Promise.all(Array.from({ length: 6 }, () => t.request('/api/recommendations?need=real-time%20chat')));
    const statuses = burst.map((res) => res.status).sort();
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(1);
    const refused = burst.filter((res) => res.status === 503);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
    for (const res of refused) {
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.headers['retry-after']).toMatch(/^\d+$/);
      expect(res.json()).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE', detail: expect.stringMatching(/recommendations/) });
    }
    const after = await t.request('/api/recommendations?need=real-time%20chat');
    expect(after.status).toBe(200);
    expect(after.json().ranking.length).toBeGreaterThan(0);
  });

  it('refuses the same way on GraphQL, with the code in extensions', async () => {
    const query = '{ recommend(input: { needs: ["machine learning pipeline", "real-time chat"] }) { ranking { technology { slug } } } }';
    const burst = await Promise.all(Array.from({ length: 12 }, () => t.graphql(query)));
    const refused = burst.filter((res) => res.errors?.length);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(burst.some((res) => res.data?.recommend?.ranking?.length)).toBe(true);
    for (const res of refused) expect(res.errors![0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
  });
});
