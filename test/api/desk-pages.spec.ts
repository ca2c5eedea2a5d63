import http from 'node:http';
import { bootTestApp, type TestApp } from '../helpers/app.js';

/** The bytes the server sends for a URL with gzip asked for (fetch would decompress them). */
function gzipBytes(url: string): Promise<{ bytes: number; encoding: string | undefined }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => (bytes += chunk.length));
        response.on('end', () => resolve({ bytes, encoding: response.headers['content-encoding'] }));
      })
      .on('error', reject);
  });
}

/** What each desk page loads: its shell, the two stylesheets and its ES modules. */
const PAGE_ASSETS: Record<string, string[]> = {
  '/desk': ['explorer.css', 'desk.css', 'desk.js', 'desk-api.js'],
  '/desk/drafts/1': ['explorer.css', 'desk.css', 'desk.js', 'desk-api.js', 'desk-review.js', 'desk-offsets.js', 'desk-proposals.js'],
  '/desk/stats': ['explorer.css', 'desk.css', 'desk.js', 'desk-api.js', 'desk-stats.js'],
};
/** A budget, not a measurement: the review page weighed 17 KiB gzip when written (2026-12). */
const PAGE_BUDGET_BYTES = 40 * 1024;

/** The desk's pages and scripts as served (the browser test drives them; this runs without a browser too). */
describe('the editor desk pages', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await bootTestApp();
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it.each(['/desk', '/desk/stats', '/desk/drafts/12'])('%s is a shell under a CSP that allows only the app’s own files', async (url) => {
    // Asked twice: a second answer (from any cache on the way) carries the same policy.
    await t.request(url);
    const res = await t.request(url);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    const csp = String(res.headers['content-security-policy']);
    for (const directive of ["default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", "frame-ancestors 'none'"]) expect(csp).toContain(directive);
    expect(csp).not.toContain('unsafe-inline');
    // One script, by file: nothing inline (the CSP would refuse it) and nothing from another host.
    expect(res.body.match(/<script\b[^>]*>/g)).toEqual(['<script type="module" src="/assets/desk.js">']);
    expect(res.body).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//);
    expect(res.body).toContain('<label for="api-key">');
  });

  it('serves the desk scripts and stylesheet from /assets, and refuses a made-up draft path', async () => {
    for (const file of ['desk.js', 'desk-api.js', 'desk-review.js', 'desk-offsets.js', 'desk-proposals.js', 'desk-stats.js', 'desk.css']) {
      const res = await t.request(`/assets/${file}`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(file.endsWith('.css') ? /^text\/css/ : /^text\/javascript/);
      // The scripts never parse data as markup.
      expect(res.body).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    }
    expect((await t.request('/desk/drafts/..%2Fetc')).status).toBe(400);
    expect((await t.request('/desk/nothing')).status).toBe(404);
  });


  it('keeps every desk page, with everything it loads, within its gzip budget', async () => {
    const base = t.base.replace('[::1]', '127.0.0.1');
    const weights: Record<string, number> = {};
    for (const [page, assets] of Object.entries(PAGE_ASSETS)) {
      let total = 0;
      for (const url of [page, ...assets.map((a) => `/assets/${a}`)]) {
        const { bytes, encoding } = await gzipBytes(base + url);
        // Compression starts at 1 KiB: smaller files travel as they are.
        if (bytes >= 1024) expect([url, encoding]).toEqual([url, 'gzip']);
        total += bytes;
      }
      weights[page] = total;
      expect([page, total < PAGE_BUDGET_BYTES]).toEqual([page, true]);
    }
    // Every page loads the sign-in script and both stylesheets; the review page the most.
    expect(weights['/desk/drafts/1']).toBeGreaterThan(weights['/desk']);
  });
});
