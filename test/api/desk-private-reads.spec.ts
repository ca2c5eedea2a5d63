import { bootTestApp, type TestApp } from '../helpers/app.js';

/**
 * KB_PUBLIC_READS=false (its own file: configuration is read once per process): the desk's pages
 * and scripts hold no data and load without a key, or the sign-in form could not take one; the
 * API behind them still asks for it.
 */
describe('the editor desk with private reads', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp({ env: { KB_PUBLIC_READS: 'false' } });
  }, 120_000);
  afterAll(() => t?.close());

  it('serves the sign-in page and its script to an anonymous browser, and nothing else', async () => {
    expect((await t.request('/desk')).status).toBe(200);
    expect((await t.request('/desk/stats')).status).toBe(200);
    expect((await t.request('/assets/desk.js')).status).toBe(200);
    expect((await t.request('/api/sources')).status).toBe(401);
    expect((await t.request('/compare/nodejs/python')).status).toBe(401);
  });
});
