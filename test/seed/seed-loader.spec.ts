import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bootTestApp, type TestApp } from '../helpers/app.js';
import { ownDatabase } from '../helpers/own-database.js';

const SEEDS = path.resolve('seeds');
const annotationFiles = readdirSync(path.join(SEEDS, 'claims')).filter((f) => f.endsWith('.json')).sort();
const annotation = (file: string) => JSON.parse(readFileSync(path.join(SEEDS, 'claims', file), 'utf8'));

describe('seed loader', () => {
  let t: TestApp;
  let seed: { loadAll(dir?: string): Promise<{ sources: { status: string; slug: string; claims: { total: number } }[] }>; loadFile(file: string, sourcesDir: string): Promise<{ status: string; claims: { total: number; created: number; updated: number; deleted: number }; sourceId: number }> };

  let database: { url: string; drop(): Promise<void> };

  // Its own database: it asserts the seeded state exactly, which other suites may edit through the
  // API (and seeding then leaves an edited entry as the editor made it, by design).
  beforeAll(async () => {
    database = await ownDatabase();
    t = await bootTestApp({ env: { DATABASE_URL: database.url } });
    const { SeedService } = await import('../../src/modules/seed/seed.service.js');
    seed = t.app.get(SeedService);
    await seed.loadAll(SEEDS);
  });
  afterAll(async () => {
    await t?.close();
    await database?.drop();
  });

  async function allClaims(sourceSlug: string) {
    const items: any[] = [];
    let cursor: string | null = null;
    do {
      const res = await t.request(`/api/claims?source=${sourceSlug}&limit=200${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      const page = res.json();
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  }

  it('ships five articles, each with an annotation', () => {
    expect(annotationFiles).toHaveLength(5);
    for (const file of annotationFiles) {
      expect(readdirSync(path.join(SEEDS, 'sources'))).toContain(file.replace(/\.json$/, '.txt'));
    }
  });

  it.each(annotationFiles)('%s: every claim is stored with a quote that stands verbatim at its offsets', async (file) => {
    const { source, claims } = annotation(file);
    const stored = await t.request(`/api/sources/${source.slug}`);
    expect(stored.status).toBe(200);
    const body = Array.from(stored.json().body as string);
    const served = await allClaims(source.slug);
    expect(served).toHaveLength(claims.length);
    for (const claim of served) {
      expect(body.slice(claim.quoteStart, claim.quoteEnd).join('')).toBe(claim.quote);
      expect(claim.source.slug).toBe(source.slug);
    }
    // counts by kind equal the annotation's, kind by kind
    const expected: Record<string, number> = {};
    for (const c of claims) expected[c.kind] = (expected[c.kind] ?? 0) + 1;
    const actual: Record<string, number> = {};
    for (const c of served) actual[c.kind] = (actual[c.kind] ?? 0) + 1;
    expect(actual).toEqual(expected);
    expect(stored.json().claimCountsByKind).toEqual(Object.entries(expected).map(([kind, count]) => ({ kind, count })).sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind)));
  });

  it('is idempotent: a second load changes nothing', async () => {
    const before = (await t.request('/api/sources')).json();
    const { sources: results } = await seed.loadAll(SEEDS);
    expect(results.map((r) => r.status)).toEqual(annotationFiles.map(() => 'unchanged'));
    expect((await t.request('/api/sources')).json()).toEqual(before);
  });

  describe('a bad annotation is rejected whole, naming file, claim and reason', () => {
    const base = annotation(annotationFiles[0]);
    const baseBody = readFileSync(path.join(SEEDS, 'sources', `${base.source.externalId}.txt`), 'utf8');

    function writeVariant(mutate: (doc: any) => void) {
      const dir = mkdtempSync(path.join(tmpdir(), 'versus-kb-seed-'));
      mkdirSync(path.join(dir, 'sources'));
      const id = `test-${randomUUID()}`;
      const doc = structuredClone(base);
      doc.source.externalId = id;
      doc.source.slug = id;
      mutate(doc);
      writeFileSync(path.join(dir, 'sources', `${id}.txt`), `${baseBody}\n${id}\n`);
      const file = path.join(dir, `${id}.json`);
      writeFileSync(file, JSON.stringify(doc));
      return { file, sourcesDir: path.join(dir, 'sources'), slug: id };
    }

    async function expectRejected(mutate: (doc: any) => void, code: string, message: RegExp) {
      const variant = writeVariant(mutate);
      await expect(seed.loadFile(variant.file, variant.sourcesDir)).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
      expect((await t.request(`/api/sources/${variant.slug}`)).status).toBe(404);
      expect((await t.request(`/api/claims?source=${variant.slug}`)).json().items).toEqual([]);
    }

    it('a quote changed by one character', async () => {
      // a claim whose kind puts no other rule on the quote (a rating's word must stand in it)
      const i = base.claims.findIndex((c: any) => c.kind === 'use_case');
      const key = base.claims[i].key;
      await expectRejected(
        (doc) => (doc.claims[i].quote = doc.claims[i].quote.slice(0, -1) + '#'),
        'QUOTE_NOT_FOUND',
        new RegExp(`\\.json: .*claims\\[${i}\\] \\(${key}\\)\\.quote: quote not found`),
      );
    });

    it('an unknown alias', async () => {
      await expectRejected((doc) => (doc.claims[0].technology = 'cobol-on-wheels'), 'UNKNOWN_REFERENCE', /claims\[0\].*unknown technology 'cobol-on-wheels'/);
    });

    it('a verdict without a winner', async () => {
      const i = base.claims.findIndex((c: any) => c.kind === 'verdict' && c.outcome === 'win');
      const verdictIndex = i >= 0 ? i : 0;
      await expectRejected(
        (doc) => {
          Object.assign(doc.claims[verdictIndex], { kind: 'verdict', outcome: 'win', criterion: doc.claims.find((c: any) => c.criterion)?.criterion, rating: undefined, score: undefined, question: undefined, answer: undefined });
          delete doc.claims[verdictIndex].winner;
        },
        'INVALID_ANNOTATION',
        /winner is required on a verdict whose outcome is win/,
      );
    });
  });

  it('an edited claim is updated in place, not duplicated', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'versus-kb-edit-'));
    const id = `edit-${randomUUID()}`;
    const body = `Node.js is fast for I/O. Python is great for ML. ${id}`;
    writeFileSync(path.join(dir, `${id}.txt`), body);
    const doc = {
      source: { externalId: id, slug: id, title: 'Edit test', compares: ['nodejs', 'python'] },
      claims: [
        { key: 'io', kind: 'pro', statement: 'Node.js is fast for I/O.', quote: 'Node.js is fast for I/O.', technology: 'node' },
        { key: 'ml', kind: 'pro', statement: 'Python is great for ML.', quote: 'Python is great for ML.', technology: 'python' },
      ],
    };
    const file = path.join(dir, `${id}.json`);
    writeFileSync(file, JSON.stringify(doc));
    const first = await seed.loadFile(file, dir);
    expect(first).toMatchObject({ status: 'created', claims: { total: 2, created: 2 } });
    const before = (await t.request(`/api/claims?source=${id}`)).json().items;

    doc.claims[0].statement = 'Node.js handles I/O quickly.';
    writeFileSync(file, JSON.stringify(doc));
    const second = await seed.loadFile(file, dir);
    expect(second).toMatchObject({ status: 'updated', sourceId: first.sourceId, claims: { total: 2, created: 0, updated: 1, deleted: 0 } });
    const after = (await t.request(`/api/claims?source=${id}`)).json().items;
    expect(after.map((c: any) => c.id)).toEqual(before.map((c: any) => c.id));
    expect(after.find((c: any) => c.id === before[0].id).statement).toBe('Node.js handles I/O quickly.');
  });
});

const KIND_ORDER = ['verdict', 'rating', 'use_case', 'scenario', 'faq', 'pro', 'con', 'fact', 'recommendation'];
const kindOrder = (kind: string) => KIND_ORDER.indexOf(kind);
