import { bootTestApp, type TestApp } from '../helpers/app.js';
import { editorClient, uniqueToken } from '../helpers/factories.js';

/**
 * The NDJSON export writes each line from the row (ClaimJsonWriter), not JSON.stringify of the
 * model: the two must agree byte for byte, for every claim stored, or the export and the JSON
 * page would describe the same claim differently.
 */
describe('NDJSON export lines written from rows', () => {
  let t: TestApp;
  let slug: string;
  let source: string;
  beforeAll(async () => {
    t = await bootTestApp();
    const { ApiKeysService } = await import('../../src/modules/auth/api-keys.service.js');
    const editor = editorClient(t, (await t.app.get(ApiKeysService).create('editor', 'export-lines')).key);
    const token = uniqueToken();
    slug = `export-lines-${token}`;
    // Texts JSON escapes: quotes, backslashes, a tab, a newline, non-ASCII and a non-BMP character.
    const sentences = [
      'Node.js "wins" for I/O \\ throughput.',
      'Python I/O is Very "Fast".\tReally.',
      'Ünïcödé names — and 🚀 rockets.',
      'Line one is Good.\nLine two.',
      'Python I/O speed: Excellent.',
      'Node.js I/O: Poor at times.',
      'Python I/O: Awful sometimes.',
      'What about FAQs? They answer.',
      'Node.js I/O: Zero.',
    ];
    const body = sentences.join(' ');
    const rating = (key: string, quote: string, value: string, score: number, technology = 'python') => ({ key, kind: 'rating', statement: `${technology} rated ${value}.`, quote, technology, criterion: 'io-performance', rating: value, score });
    const claims = [
      { key: 'verdict', kind: 'verdict', statement: 'Node.js wins I/O.', quote: sentences[0], criterion: 'io-performance', outcome: 'win', winner: 'nodejs', qualifiers: ['for "I/O"', 'back\\slash'] },
      rating('rating', sentences[1], 'Very "Fast"', 0.1),
      { key: 'unicode', kind: 'pro', statement: 'Ünïcödé 🚀', quote: sentences[2], technology: 'nodejs', related: ['python'] },
      rating('newline', sentences[3], 'Good', 0.30000000000000004, 'nodejs'),
      rating('plain', sentences[4], 'Excellent', 1),
      rating('tiny', sentences[5], 'Poor', 0.00001, 'nodejs'),
      rating('tinier', sentences[6], 'Awful', 1e-7),
      { key: 'faq', kind: 'faq', statement: 'An FAQ.', quote: sentences[7], question: 'What about FAQs?', answer: 'They answer.' },
      rating('zero', sentences[8], 'Zero', 0, 'nodejs'),
    ];
    source = slug;
    for (const [i, publishedAt] of ['2024', '2024-03', '2024-03-09', undefined].entries()) {
      const s = i === 0 ? slug : `${slug}-${i}`;
      const res = await editor('POST', '/api/sources', {
        source: { externalId: s, slug: s, title: `Export "lines" ${token}`, compares: ['nodejs', 'python'], body: `${body} Edition ${i}.`, ...(publishedAt ? { publishedAt } : {}) },
        claims,
      });
      expect([s, res.status, res.status === 201 ? null : res.body]).toEqual([s, 201, null]);
    }
  });
  afterAll(() => t.close());

  it('every stored claim: its export line equals JSON.stringify of its model, byte for byte', async () => {
    const { ClaimsService } = await import('../../src/modules/claims/claims.service.js');
    const claims = t.app.get(ClaimsService);
    const criteria = await claims.resolve({});
    const models = await claims.listResolved(criteria, 1_000_000, null);
    const lines = await claims.exportLines(criteria, 1_000_000, null);
    // the seeded articles plus this suite's four sources at least
    expect(models.length).toBeGreaterThan(32);
    expect(lines.map((l) => l.id)).toEqual(models.map((m) => m.id));
    const differing = lines.filter((l, i) => l.line !== JSON.stringify(models[i]));
    expect(differing).toEqual([]);
    // the shapes this suite stored are among them
    const own = models.filter((m) => m.source.slug.startsWith(source));
    expect(own).toHaveLength(36);
    expect(new Set(own.map((m) => m.source.publishedAt))).toEqual(new Set(['2024', '2024-03', '2024-03-09', null]));
    expect(own.some((m) => m.score === 0.00001) && own.some((m) => m.score === 1e-7) && own.some((m) => m.related.length === 1)).toBe(true);
  });

  it('with a full-text filter too (lines carry the snippet)', async () => {
    const { ClaimsService } = await import('../../src/modules/claims/claims.service.js');
    const claims = t.app.get(ClaimsService);
    const criteria = await claims.resolve({ q: 'rockets' });
    const models = await claims.listResolved(criteria, 1000, null);
    expect(models.length).toBeGreaterThanOrEqual(4);
    expect(models.every((m) => typeof m.snippet === 'string')).toBe(true);
    expect((await claims.exportLines(criteria, 1000, null)).map((l) => l.line)).toEqual(models.map((m) => JSON.stringify(m)));
  });

  it('the REST export answers those lines, one per claim', async () => {
    const res = await t.request({ url: `/api/claims?source=${slug}`, headers: { accept: 'application/x-ndjson' } });
    expect(res.status).toBe(200);
    const page = (await t.request(`/api/claims?source=${slug}&limit=50`)).json();
    expect(res.body).toBe(page.items.map((item: unknown) => `${JSON.stringify(item)}\n`).join(''));
  });
});
