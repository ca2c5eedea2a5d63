import { bootTestApp, type TestApp } from '../helpers/app.js';

/**
 * Behind a load balancer every request comes from the balancer's address. KB_TRUST_PROXY says
 * which proxies to believe about the client (X-Forwarded-For), so each client has its own
 * rate-limit bucket; without it, the header is ignored (a client cannot pick its own bucket).
 */
const LIMIT = 3;
const spend = async (t: TestApp, forwardedFor: string, times: number) => {
  const statuses: number[] = [];
  for (let i = 0; i < times; i++) statuses.push((await t.request({ url: '/api/technologies', headers: { 'x-forwarded-for': forwardedFor } })).status);
  return statuses;
};

describe('rate limit behind a proxy (KB_TRUST_PROXY)', () => {
  describe('KB_TRUST_PROXY=1 (one load balancer in front)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await bootTestApp({ env: { KB_RATE_LIMIT_PER_MINUTE: String(LIMIT), KB_TRUST_PROXY: '1' } });
    });
    afterAll(async () => {
      await t?.close();
    });

    it('gives each forwarded client its own bucket', async () => {
      expect(await spend(t, '203.0.113.7', LIMIT + 1)).toEqual([200, 200, 200, 429]);
      // Another client behind the same balancer is not affected.
      expect(await spend(t, '198.51.100.9', LIMIT)).toEqual([200, 200, 200]);
    });

    it('believes only the hop the balancer added: addresses a client writes before it change nothing', async () => {
      // The balancer appends the peer it saw (203.0.113.7) to what the client sent.
      expect(await spend(t, '192.0.2.1, 203.0.113.7', 1)).toEqual([429]);
    });
  });

  describe('KB_TRUST_PROXY unset', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await bootTestApp({ env: { KB_RATE_LIMIT_PER_MINUTE: String(LIMIT), KB_TRUST_PROXY: '' } });
    });
    afterAll(async () => {
      await t?.close();
    });

    it('ignores X-Forwarded-For: the peer address is the client', async () => {
      expect(await spend(t, '203.0.113.7', LIMIT)).toEqual([200, 200, 200]);
      expect(await spend(t, '198.51.100.9', 1)).toEqual([429]);
    });
  });
});
