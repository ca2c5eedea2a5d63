import { randomUUID } from 'node:crypto';
import { bootTestApp, type TestApp } from '../helpers/app.js';

/**
 * Full-text claim pages walk a bounded window of claims in id order and fall back to the GIN
 * index past it. With a window of 3 claims most pages need the fallback: every way of paging
 * must still return exactly the matching claims, in id order, each once.
 */
describe('full-text paging (walk, then index)', () => {
  let t: TestApp;
  const marker = `zephyrword${randomUUID().replace(/-/g, '').slice(0, 8)}`;
  const matching: number[] = [];

  beforeAll(async () => {
    t = await bootTestApp({ env: { KB_TEXT_WALK_ROWS: '3' } });
    const { ApiKeysService } = await import('../../src/modules/auth/api-keys.service.js');
    const editor = (await t.app.get(ApiKeysService).create('editor', 'full-text-paging')).key;
    // 12 claims, every third one about the marker word
    const sentences = Array.from({ length: 12 }, (_, i) => (i % 3 === 0 ? `Node.js handles ${marker} number ${i} well.` : `Python handles task number ${i} well.`));
    const slug = `fts-${randomUUID()}`;
    const created = await t.request({
      method: 'POST',
      url: '/api/sources',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
      payload: {
        source: { externalId: slug, slug, title: 'Paging article', compares: ['nodejs', 'python'], body: sentences.join('\n') },
        claims: sentences.map((quote, i) => ({ key: `c${i}`, kind: 'pro', statement: quote, quote, technology: i % 3 === 0 ? 'nodejs' : 'python' })),
      },
    });
    expect(created.status).toBe(201);
    const all = (await t.request(`/api/claims?source=${slug}&limit=200`)).json().items;
    matching.push(...all.filter((c: { quote: string }) => c.quote.includes(marker)).map((c: { id: number }) => c.id));
    expect(matching).toHaveLength(4);
  });
  afterAll(() => t.close());

  it.each([1, 2, 3, 50])('returns every match once, in id order, at limit %i', async (limit) => {
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: number; snippet?: string }[]; nextCursor: string | null } = (await t.request(`/api/claims?q=${marker}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`)).json();
      expect(page.items.length).toBeLessThanOrEqual(limit);
      for (const item of page.items) expect(item.snippet).toContain(`<b>${marker}</b>`);
      seen.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(matching);
  });
});
