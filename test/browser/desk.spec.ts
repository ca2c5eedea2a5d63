import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { bootTestApp, type TestApp } from '../helpers/app.js';
import { asEditor } from '../helpers/factories.js';

/**
 * The editor's desk in a real Chromium (Debian's package, driven by playwright-core): an article
 * from paste to published comparison without JSON, curl or the CLI (issue 23, item 5). Skipped
 * when no Chromium binary exists, or with KB_SKIP_BROWSER_TESTS=1 (.ci/run runs them once).
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const skipReason = process.env.KB_SKIP_BROWSER_TESTS === '1' ? 'KB_SKIP_BROWSER_TESTS=1' : !existsSync(CHROMIUM) ? `no Chromium at ${CHROMIUM} (apt-get install -y chromium)` : null;
if (skipReason) console.warn(`Desk browser test skipped: ${skipReason}`);
const describeBrowser = skipReason ? describe.skip : describe;

const SCREENSHOTS = path.join(process.cwd(), 'test', 'browser', 'screenshots');
const AXE = readFileSync(path.join(process.cwd(), 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

// These run inside the page (page.evaluate); the test project has no DOM typings.
declare const window: any;
declare const document: any;

type Browser = import('playwright-core').Browser;
type Page = import('playwright-core').Page;

/** An article written for this test (not from any corpus): two technologies the seeds do not hold, a heading that is no criterion yet. */
const ARTICLE = `---
title: Zig vs Odin for game tooling
author: Desk Test
date: 2026-03-02
---
# Zig vs Odin for game tooling

We rebuilt our level editor twice, once in Zig and once in Odin, and kept notes. With comptime we dropped our code generator entirely.

## Runtime speed

Zig is faster than Odin for our asset pipeline. Odin compiles faster than Zig on a cold cache.

## Package ecosystem and libraries

Zig has a larger ecosystem than Odin. Odin ships with more vendor libraries than Zig.

## Development workflow and hot reloading

Odin is better than Zig for hot reloading game code.

## Verdict

Overall, Zig is the better choice for game tooling.
`;
const FASTER = 'Zig is faster than Odin for our asset pipeline.';
const COLD_CACHE = 'Odin compiles faster than Zig on a cold cache.';
const ECOSYSTEM = 'Zig has a larger ecosystem than Odin.';
const HOT_RELOAD = 'Odin is better than Zig for hot reloading game code.';
const OVERALL = 'Overall, Zig is the better choice for game tooling.';
const SELECTED = 'With comptime we dropped our code generator entirely.';
const COUNTS = ['drafts', 'drafted', 'acceptedUnchanged', 'acceptedEdited', 'rejected', 'added'] as const;

interface DraftClaim {
  key: string;
  origin: string;
  decision: string;
  edited: string[];
  claim: { kind: string; quote: string; statement: string; criterion?: string | null };
}

describeBrowser('the editor desk in a real browser', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let editor: Awaited<ReturnType<typeof asEditor>>;
  const startedAt = Date.now();

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    t = await bootTestApp();
    base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    editor = await asEditor(t, 'desk-browser');
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    console.log(`desk browser test: ${((Date.now() - startedAt) / 1000).toFixed(1)} s including boot`);
  });

  async function seriousViolations(page: Page): Promise<string[]> {
    // Evaluated through the DevTools protocol: the desk's CSP (rightly) refuses an injected <script>.
    if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(AXE);
    const result = await page.evaluate(async () => window.axe.run(document, { resultTypes: ['violations'] }));
    return (result.violations as { id: string; impact: string; nodes: { target: unknown }[] }[])
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  }

  async function step(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: path.join(SCREENSHOTS, `desk-${name}.png`), fullPage: true });
    expect({ name, violations: await seriousViolations(page) }).toEqual({ name, violations: [] });
  }

  async function stats(): Promise<Record<(typeof COUNTS)[number], number>> {
    const res = await t.request({ url: '/api/extractions/stats?bucket=day', headers: editor.auth });
    expect(res.status).toBe(200);
    return res.json();
  }

  async function draft(id: string): Promise<{ claims: DraftClaim[]; proposals: { criteria: { slug: string }[] } }> {
    const res = await t.request({ url: `/api/extractions/${id}`, headers: editor.auth });
    expect(res.status).toBe(200);
    return res.json();
  }

  it('takes a pasted article to a published comparison, and the stats count it', async () => {
    const before = await stats();
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      // A refused request is logged by Chromium too; the desk shows those in words (asserted below).
      if (message.type() === 'error' && !/status of 4\d\d/.test(message.text())) errors.push(message.text());
    });

    // Sign in: a wrong key is refused in words; the right one is kept for the tab, never in the URL.
    await page.goto(`${base}/desk`);
    await page.locator('#sign-in').waitFor();
    await step(page, '01-sign-in');
    await page.fill('#api-key', 'vkb_not-a-key');
    await page.click('#sign-in-form button[type=submit]');
    await expectLocator(page.locator('#sign-in-error')).toHaveText(/not accepted/);
    await page.fill('#api-key', editor.key);
    await page.click('#sign-in-form button[type=submit]');
    await page.locator('#from-text').waitFor();
    expect(page.url()).not.toContain(editor.key);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    await step(page, '02-drafts');

    // Paste the article.
    await page.fill('#text-content', ARTICLE);
    await page.selectOption('#text-format', 'markdown');
    await Promise.all([page.waitForURL(/\/desk\/drafts\/[^/]+$/, { timeout: 30_000 }), page.click('#from-text button[type=submit]')]);
    const id = page.url().split('/').pop()!;
    await page.locator('li.claim').first().waitFor();
    const drafted = (await draft(id)).claims;
    const byQuote = (quote: string) => drafted.filter((c) => c.claim.quote === quote);
    for (const quote of [FASTER, COLD_CACHE, ECOSYSTEM, HOT_RELOAD, OVERALL]) expect(byQuote(quote).length).toBeGreaterThan(0);
    expect(byQuote(SELECTED)).toEqual([]);
    // Every drafted claim is highlighted in the article, coloured by its kind.
    expect(await page.locator('li.claim').count()).toBe(drafted.length);
    for (const c of drafted) expect(await page.locator(`#article mark[data-keys~="${c.key}"]`).count()).toBeGreaterThan(0);
    expect(await page.locator('#article mark.k-verdict').count()).toBeGreaterThan(0);
    await step(page, '03-review');

    const claimItem = (key: string) => page.locator(`li.claim[data-key="${key}"]`);
    const faster = byQuote(FASTER).find((c) => c.claim.kind === 'verdict')!;
    const ecosystem = byQuote(ECOSYSTEM).find((c) => c.claim.kind === 'verdict')!;
    const hotReload = byQuote(HOT_RELOAD)[0];
    const overall = byQuote(OVERALL)[0];

    // Accept with the mouse, and with the keyboard (focus a claim, then `a`).
    await claimItem(faster.key).getByRole('button', { name: /^Accept/ }).click();
    await expectLocator(claimItem(faster.key).locator('.decision')).toHaveText('accepted');
    await claimItem(ecosystem.key).focus();
    await page.keyboard.press('a');
    await expectLocator(claimItem(ecosystem.key).locator('.decision')).toHaveText('accepted');
    await claimItem(hotReload.key).focus();
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    await page.keyboard.press('a');
    await expectLocator(claimItem(hotReload.key).locator('.decision')).toHaveText('accepted');

    // Reject in bulk: every claim quoting the cold-cache sentence.
    for (const c of byQuote(COLD_CACHE)) await claimItem(c.key).locator('input[type=checkbox]').check();
    await page.click('#bulk-reject');
    for (const c of byQuote(COLD_CACHE)) await expectLocator(claimItem(c.key).locator('.decision')).toHaveText('rejected');

    // Edit one in place (`e`), which accepts it.
    await claimItem(overall.key).focus();
    await page.keyboard.press('e');
    const statement = claimItem(overall.key).locator('input[name=statement]');
    await expectLocator(statement).toBeFocused();
    await statement.fill('Zig is the better choice for game tooling overall.');
    await claimItem(overall.key).getByRole('button', { name: 'Save and accept' }).click();
    await expectLocator(claimItem(overall.key).locator('.decision')).toHaveText('accepted');
    await expectLocator(claimItem(overall.key)).toContainText('edited: statement');
    await step(page, '04-decided');

    // Add one by selecting its words in the article.
    await page.evaluate((words: string) => {
      const article = document.getElementById('article');
      const walker = document.createTreeWalker(article, 4);
      const nodes: { node: any; from: number }[] = [];
      let text = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n, from: text.length });
        text += n.data;
      }
      const start = text.indexOf(words);
      const end = start + words.length;
      const at = (offset: number) => {
        const hit = nodes.filter((x) => x.from <= offset).pop()!;
        return [hit.node, offset - hit.from];
      };
      const range = document.createRange();
      range.setStart(...at(start));
      range.setEnd(...at(end));
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(range);
      article.dispatchEvent(new window.MouseEvent('mouseup', { bubbles: true }));
    }, SELECTED);
    await expectLocator(page.locator('#add-quote')).toHaveText(SELECTED);
    await page.selectOption('#add-kind', 'pro');
    await page.fill('#add-statement', "Zig's comptime replaced the team's code generator.");
    await page.fill('#add-technology', 'zig');
    await step(page, '05-add-by-selection');
    await page.click('#add-claim button[type=submit]');
    await expectLocator(page.locator('li.claim', { hasText: 'added by hand' })).toHaveCount(1);

    // Map the heading's criterion proposal to an existing criterion, chosen among its candidates.
    // (the draft may propose other criteria too: the heading's is the one named after it)
    const proposal = (await draft(id)).proposals.criteria.find((c) => c.slug === 'development-workflow-and-hot-reloading')!;
    expect(proposal).toBeDefined();
    const form = page.locator(`form.proposal[data-type=criterion][data-slug="${proposal.slug}"]`);
    await form.locator('.candidate input[type=radio]').first().waitFor();
    // The closest entries by name and vocabulary, as the candidates endpoint ranks them; the
    // editor picks the one that means the same.
    const offered = await form.locator('.candidate input[type=radio]').evaluateAll((inputs) => inputs.map((i) => (i as unknown as { value: string }).value).filter(Boolean));
    const ranked = (await t.request({ url: `/api/extractions/${id}/proposals/criterion/${proposal.slug}/candidates`, headers: editor.auth })).json() as { slug: string }[];
    expect(offered).toEqual(ranked.map((c) => c.slug));
    const mapTo = 'development-speed';
    const candidate = form.locator(`.candidate input[value="${mapTo}"]`);
    expect(await candidate.count()).toBe(1);
    await candidate.check();
    await form.getByRole('button', { name: 'Save decision' }).click();
    await expectLocator(form).toContainText(`mapped to ${mapTo}`);
    // Accept a proposed technology as new, with the kind the extractor could not tell.
    const zig = page.locator('form.proposal[data-type=technology][data-slug="zig"]');
    await zig.locator('input[type=radio][value=""]').check();
    await zig.locator('select[name=kind]').selectOption('language');
    await zig.locator('input[name=keywords]').fill('comptime, systems programming');
    await zig.getByRole('button', { name: 'Save decision' }).click();
    await expectLocator(zig).toContainText('accepted as new');
    await step(page, '06-proposals-decided');

    // Publish: pending claims are refused in words first, then rejected on request.
    await page.click('#publish');
    await expectLocator(page.locator('#publish-result')).toContainText('pending');
    await step(page, '07-publish-refused');
    await page.check('#pending-reject');
    await page.click('#publish');
    const link = page.locator('#comparison-link');
    await link.waitFor({ timeout: 30_000 });
    await step(page, '08-published');
    const final = (await draft(id)).claims;
    expect(final.filter((c) => c.decision === 'pending')).toEqual([]);

    // The comparison page shows the accepted claims and not the rejected ones.
    await Promise.all([page.waitForURL(/\/compare\//), link.click()]);
    const comparison = await page.locator('main').innerText();
    for (const quote of [FASTER, ECOSYSTEM, HOT_RELOAD, OVERALL]) expect(comparison).toContain(quote);
    expect(comparison).not.toContain(COLD_CACHE);
    expect(await page.locator(`tr[data-criterion="${mapTo}"]`).count()).toBeGreaterThan(0);
    expect(await page.locator(`tr[data-criterion="${proposal.slug}"]`).count()).toBe(0);
    const technology = (await t.request('/api/technologies/zig')).json();
    expect(technology.kind).toBe('language');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'desk-09-comparison.png'), fullPage: true });

    // The stats count them: this draft's claims on top of what was there before.
    const delta = {
      drafts: 1,
      drafted: drafted.length,
      acceptedUnchanged: final.filter((c) => c.origin === 'drafted' && c.decision === 'accepted' && !c.edited.length).length,
      acceptedEdited: final.filter((c) => c.origin === 'drafted' && c.decision === 'accepted' && c.edited.length > 0).length,
      rejected: final.filter((c) => c.origin === 'drafted' && c.decision === 'rejected').length,
      added: 1,
    };
    expect(delta.acceptedEdited).toBeGreaterThanOrEqual(1);
    expect(delta.rejected).toBeGreaterThanOrEqual(byQuote(COLD_CACHE).length);
    await page.goto(`${base}/desk/stats`);
    await page.locator('#total-drafted').waitFor();
    for (const field of COUNTS.slice(1)) await expectLocator(page.locator(`#total-${field}`)).toHaveText(String(before[field] + delta[field]));
    await expectLocator(page.locator('#stats-status')).toHaveText(new RegExp(`^${before.drafts + 1} published draft`));
    await expectLocator(page.locator('table.stats tr[data-row="verdict"]').first()).toBeVisible();
    await step(page, '10-stats');
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('drafts an uploaded file, and shows markup in the article and in claims as text, never as markup', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${base}/desk`);
    await page.fill('#api-key', editor.key);
    await page.click('#sign-in-form button[type=submit]');
    await page.locator('#from-file').waitFor();
    // A .txt file: the format comes from its name, and its markup is text the article shows as is.
    const hostile = '<img src=x onerror="window.pwned=1">';
    const text = `Deno vs Bun for scripts\n\nDeno is faster than Bun for our build scripts. ${hostile}\n`;
    await page.setInputFiles('#file-input', { name: 'deno-vs-bun.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await Promise.all([page.waitForURL(/\/desk\/drafts\/[^/]+$/, { timeout: 30_000 }), page.click('#from-file button[type=submit]')]);
    const id = page.url().split('/').pop()!;
    await expectLocator(page.locator('#article')).toContainText(hostile);
    const stored = await draft(id);
    expect(stored.claims.length).toBeGreaterThan(0);
    // A statement holding markup, written through the API, comes back as text.
    const key = stored.claims[0].key;
    const edit = await t.request({ method: 'PATCH', url: `/api/extractions/${id}/claims/${key}`, headers: { ...editor.auth, 'content-type': 'application/json' }, payload: { claim: { statement: `Faster ${hostile}<b>bold</b>` } } });
    expect(edit.status).toBe(200);
    await page.reload();
    await page.locator(`li.claim[data-key="${key}"]`).waitFor();
    await expectLocator(page.locator(`li.claim[data-key="${key}"]`)).toContainText(`Faster ${hostile}<b>bold</b>`);
    expect(await page.locator('main img, main b').count()).toBe(0);
    expect(await page.evaluate(() => window.pwned)).toBeUndefined();
    expect(await page.locator('#draft-meta').textContent()).toContain('text');
    await step(page, '11-uploaded-file');

    // A refused edit (a verdict without its criterion) is said in words; the form and what was typed stay.
    const verdict = stored.claims.find((c) => c.claim.kind === 'verdict')!;
    expect(verdict).toBeDefined();
    const item = page.locator(`li.claim[data-key="${verdict.key}"]`);
    await item.getByRole('button', { name: /^Edit/ }).click();
    await item.locator('input[name=criterion]').fill('');
    await item.locator('input[name=statement]').fill('Deno wins on speed.');
    await item.getByRole('button', { name: 'Save and accept' }).click();
    await expectLocator(page.locator('#draft-status-line')).toHaveText(/criterion/i);
    expect(await item.locator('input[name=statement]').inputValue()).toBe('Deno wins on speed.');
    expect((await draft(id)).claims.find((c) => c.key === verdict.key)!.decision).toBe('pending');
    await step(page, '12-edit-refused');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});

/** Playwright's web-first assertions without @playwright/test: poll until the check passes. */
function expectLocator(locator: import('playwright-core').Locator) {
  const poll = async (check: () => Promise<void>) => {
    const until = Date.now() + 10_000;
    for (;;) {
      try {
        return await check();
      } catch (error) {
        if (Date.now() > until) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  };
  return {
    toHaveText: (text: string | RegExp) => poll(async () => {
      const actual = (await locator.first().textContent()) ?? '';
      if (typeof text === 'string') expect(actual.trim()).toBe(text);
      else expect(actual).toMatch(text);
    }),
    toContainText: (text: string) => poll(async () => expect(await locator.first().textContent()).toContain(text)),
    toHaveCount: (count: number) => poll(async () => expect(await locator.count()).toBe(count)),
    toBeVisible: () => poll(async () => expect(await locator.isVisible()).toBe(true)),
    toBeFocused: () => poll(async () => expect(await locator.evaluate((el: unknown) => el === document.activeElement)).toBe(true)),
  };
}
