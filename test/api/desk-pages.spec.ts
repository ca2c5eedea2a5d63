import { bootTestApp, type TestApp } from '../helpers/app.js';

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
    for (const file of ['desk.js', 'desk-api.js', 'desk-review.js', 'desk-proposals.js', 'desk-stats.js', 'desk.css']) {
      const res = await t.request(`/assets/${file}`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(file.endsWith('.css') ? /^text\/css/ : /^text\/javascript/);
      // The scripts never parse data as markup.
      expect(res.body).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    }
    expect((await t.request('/desk/drafts/..%2Fetc')).status).toBe(400);
    expect((await t.request('/desk/nothing')).status).toBe(404);
  });

});
