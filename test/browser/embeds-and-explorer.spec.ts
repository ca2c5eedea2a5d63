import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { bootTestApp, type TestApp } from '../helpers/app.js';
import { roughEdgesArticle } from '../helpers/explorer-fixtures.js';
import { asEditor, uniqueToken } from '../helpers/factories.js';

/**
 * The embeds, citation pages and explorer rendered in a real Chromium (Debian's package,
 * driven by playwright-core: no browser download). Skipped only when no Chromium binary exists
 * (or KB_SKIP_BROWSER_TESTS=1: .ci/run runs them once, in its PostgreSQL phase).
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const skipReason = process.env.KB_SKIP_BROWSER_TESTS === '1' ? 'KB_SKIP_BROWSER_TESTS=1' : !existsSync(CHROMIUM) ? `no Chromium at ${CHROMIUM} (apt-get install -y chromium)` : null;
if (skipReason) console.warn(`Browser tests skipped: ${skipReason}`);
const describeBrowser = skipReason ? describe.skip : describe;

const SCREENSHOTS = path.join(process.cwd(), 'test', 'browser', 'screenshots');
const AXE = readFileSync(path.join(process.cwd(), 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

// These run inside the page (page.evaluate); the test project has no DOM typings.
declare const window: any;
declare const document: any;
declare function getComputedStyle(element: unknown): { borderTopWidth: string; display: string; backgroundColor: string };
type SvgText = { getBBox(): { x: number; width: number } };
type Document = unknown;

type Browser = import('playwright-core').Browser;
type Page = import('playwright-core').Page;

describeBrowser('in a real browser', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let otherSite: http.Server;
  let otherOrigin: string;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    t = await bootTestApp();
    base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    // A page of another origin (another loopback port) with the one script tag, and an iframe page.
    otherSite = http.createServer((request, response) => {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      if (request.url === '/iframe') {
        response.end(`<!doctype html><html lang="en"><head><title>Blog with an iframe</title></head><body><main><h1>My blog</h1>
<iframe id="frame" src="${base}/embed/nodejs/python?theme=dark" title="Node.js vs Python" width="900" height="200"></iframe>
<script>window.heights = []; addEventListener('message', function (e) { if (e.data && e.data.type === 'versus-kb:resize') { window.heights.push(e.data.height); document.getElementById('frame').height = e.data.height; } });</script>
</main></body></html>`);
        return;
      }
      response.end(`<!doctype html><html lang="en"><head><title>A blog post</title><style>table{border:5px solid red}a{color:red}</style></head><body><main><h1>Which backend?</h1>
<div data-versus-comparison="nodejs/python"></div>
<div data-versus-comparison="node/cpython" data-criteria="io-performance,ecosystem" data-theme="dark"></div>
<script src="${base}/embed.js" async></script></main></body></html>`);
    });
    await new Promise<void>((resolve) => otherSite.listen(0, '127.0.0.1', resolve));
    otherOrigin = `http://127.0.0.1:${(otherSite.address() as AddressInfo).port}`;
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    // Booting the app and Chromium on a loaded CI machine can take more than jest's 60 s.
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => otherSite?.close(resolve));
    await t?.close();
  });

  /** A page that records console errors and failed page scripts. */
  async function open(url: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url, { waitUntil: 'load' });
    return { page, errors };
  }

  async function seriousViolations(page: Page): Promise<string[]> {
    await page.addScriptTag({ content: AXE });
    const result = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }> } }).axe;
      return axe.run(document, { resultTypes: ['violations'] });
    });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  }

  it('renders the widget on a page of another origin, styled, in a shadow root, with working citation links', async () => {
    const { page, errors } = await open(`${otherOrigin}/`);
    const first = page.locator('[data-versus-comparison="nodejs/python"]');
    await first.locator('table.vkb-comparison').waitFor();
    expect(await first.evaluate((el) => el.shadowRoot !== null)).toBe(true);
    expect(await first.locator('table.vkb-comparison > caption').textContent()).toBe('Node.js vs Python');
    const rows = await first.locator('table.vkb-comparison tbody tr').count();
    expect(rows).toBeGreaterThan(5);
    expect(await first.locator('tr.vkb-conflict').count()).toBeGreaterThan(0);
    expect(await first.locator('.vkb-sources li').count()).toBeGreaterThanOrEqual(5);
    // The host page's `table{border:5px solid red}` does not reach into the shadow root.
    expect(await first.locator('table.vkb-comparison').evaluate((el) => getComputedStyle(el).borderTopWidth)).not.toBe('5px');
    // The subset attribute: only the two chosen criteria are shown; the dark theme applies.
    const subset = page.locator('[data-versus-comparison="node/cpython"]');
    await subset.locator('table.vkb-comparison').waitFor();
    const visible = await subset.locator('table.vkb-comparison tbody tr').evaluateAll((trs) => trs.filter((tr) => getComputedStyle(tr).display !== 'none').map((tr) => tr.getAttribute('data-criterion')));
    expect(visible.sort()).toEqual(['ecosystem', 'io-performance']);
    // The subset applies to the sections too: nothing empty, no heading twice, far shorter than the whole comparison.
    const parts = await subset.locator('.vkb').first().evaluate((root) => ({
      emptySections: [...root.querySelectorAll('section')].filter((s: any) => !s.querySelector('li')).length,
      emptyTables: [...root.querySelectorAll('table')].filter((table: any) => ![...table.querySelectorAll('tbody tr')].some((tr: any) => getComputedStyle(tr).display !== 'none')).length,
      headings: [...root.querySelectorAll('h3, caption')].map((h: any) => h.textContent),
    }));
    expect(parts.emptySections).toBe(0);
    expect(parts.emptyTables).toBe(0);
    expect(new Set(parts.headings).size).toBe(parts.headings.length);
    const [fullHeight, subsetHeight] = await Promise.all([first.evaluate((el) => el.getBoundingClientRect().height), subset.evaluate((el) => el.getBoundingClientRect().height)]);
    expect(subsetHeight).toBeLessThan(fullHeight / 2);
    expect(await subset.locator('.vkb').first().evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(13, 17, 23)');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'widget-other-origin.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    // Every cell links its citation page on the API host.
    const link = first.locator('tbody a.vkb-cite').first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/claims/\\d+$`));
    await Promise.all([page.waitForURL(/\/claims\/\d+$/), link.click()]);
    expect(await page.locator('mark#quote').textContent()).toBeTruthy();
    await page.close();
  });

  it('shows the iframe page framed by another origin, posting its height', async () => {
    const { page, errors } = await open(`${otherOrigin}/iframe`);
    const frame = page.frameLocator('#frame');
    await frame.locator('table.vkb-comparison').waitFor();
    await page.waitForFunction(() => (window as unknown as { heights: number[] }).heights.length > 0);
    const heights = await page.evaluate(() => (window as unknown as { heights: number[] }).heights);
    expect(Math.max(...heights)).toBeGreaterThan(500);
    expect(await page.locator('#frame').getAttribute('height')).toBe(String(heights[heights.length - 1]));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'iframe-other-origin.png') });
    expect(errors).toEqual([]);
    await page.close();
    const alone = await open(`${base}/embed/nodejs/python`);
    expect(await seriousViolations(alone.page)).toEqual([]);
    expect(alone.errors).toEqual([]);
    await alone.page.close();
  });

  it('shows a citation page: the quote highlighted in its paragraph, the source, its other claims', async () => {
    const claim = (await t.request('/api/claims?kind=rating&criterion=io-performance&limit=1')).json().items[0];
    const { page, errors } = await open(`${base}/claims/${claim.id}`);
    expect(await page.locator('mark#quote').textContent()).toBe(claim.quote);
    expect(await page.locator('h1').textContent()).toBe(claim.statement);
    expect(await page.locator('.meta').textContent()).toContain(claim.source.title);
    expect(await page.locator('ol.claims > li').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'citation.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('never clips a chart label, and answers bad input on a page with a readable error page', async () => {
    const f = roughEdgesArticle(uniqueToken());
    const created = await (await asEditor(t, 'browser-rough-edges')).write('POST', '/api/sources', f.input);
    expect(created.status).toBe(201);
    for (const pair of ['nodejs/python', `${f.alpha}/${f.beta}`]) {
      const { page, errors } = await open(`${base}/compare/${pair}`);
      // Each label's drawn box starts inside the chart (x >= 0 in the SVG's own units).
      const lefts = await page.locator('svg.vkb-chart text').evaluateAll((texts) => texts.map((text) => (text as unknown as SvgText).getBBox().x));
      expect(lefts.length).toBeGreaterThan(2);
      expect(Math.min(...lefts)).toBeGreaterThanOrEqual(0);
      expect(errors).toEqual([]);
      await page.close();
    }
    const { page } = await open(`${base}/explore/claims?technology=cobol`);
    expect(await page.locator('h1').textContent()).toMatch(/\(4\d\d\)/);
    expect(await page.locator('[role="alert"]').textContent()).toContain('cobol');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'explorer-error.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('walks the explorer: home, the comparison with its chart, the claims browser, the recommendation form', async () => {
    const { page, errors } = await open(`${base}/`);
    expect(await seriousViolations(page)).toEqual([]);
    await Promise.all([page.waitForURL(/\/compare\/nodejs\/python$/), page.getByRole('link', { name: 'Node.js vs Python' }).click()]);
    const bars = await page.locator('svg.vkb-chart rect').count();
    expect(bars).toBeGreaterThan(5);
    expect(await page.locator('table.vkb-comparison tbody tr').count()).toBeGreaterThan(5);
    expect(await page.locator('link[rel="alternate"][type="application/json+oembed"]').count()).toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'explorer-comparison.png'), fullPage: false });
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`${base}/explore/claims`);
    // Keyboard only: type in the search field and submit with Enter.
    await page.locator('#f-q').focus();
    await page.keyboard.type('machine learning');
    await Promise.all([page.waitForURL(/q=machine\+learning/), page.keyboard.press('Enter')]);
    expect(await page.locator('ol.claims > li').count()).toBeGreaterThan(0);
    expect(await page.locator('ol.claims mark').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'explorer-claims.png'), fullPage: false });
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`${base}/explore/recommend`);
    await page.locator('#need-0').fill('real-time chat');
    await Promise.all([page.waitForURL(/need=real-time/), page.getByRole('button', { name: 'Recommend' }).click()]);
    expect(await page.locator('ol.ranking > li').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`${base}/graphql`);
    await page.getByRole('button', { name: 'Run' }).click();
    await page.waitForFunction(() => (document.getElementById('result')?.textContent ?? '').includes('"edges"'));
    expect(await page.locator('#fields li').count()).toBeGreaterThan(5);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
