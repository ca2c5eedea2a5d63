import { randomUUID } from 'node:crypto';
import { bootTestApp, type TestApp } from '../helpers/app.js';

describe('analysts: streamed exports, totals on request, undated sources in date filters', () => {
  let t: TestApp;
  let editor: string;
  beforeAll(async () => {
    t = await bootTestApp();
    const { ApiKeysService } = await import('../../src/modules/auth/api-keys.service.js');
    editor = (await t.app.get(ApiKeysService).create('editor', 'exports')).key;
  });
  afterAll(() => t.close());

  /** An article with `n` claims, dated or not. */
  async function ingest(n: number, publishedAt?: string): Promise<string> {
    const id = `export-${randomUUID()}`;
    const sentences = Array.from({ length: n }, (_, i) => `Node.js point number ${i} about ${id}.`);
    const input = {
      source: { externalId: id, slug: id, title: `Export article ${id}`, ...(publishedAt ? { publishedAt } : {}), compares: ['nodejs', 'python'], body: sentences.join(' ') },
      claims: sentences.map((s, i) => ({ key: `k${i}`, kind: 'fact', statement: s, quote: s, technology: 'node' })),
    };
    const res = await t.request({ method: 'POST', url: '/api/sources', headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` }, payload: input });
    expect(res.status).toBe(201);
    return id;
  }

  it('streams every matching claim as CSV past any page limit, with Content-Disposition; the count matches the REST total', async () => {
    const id = await ingest(1203, '2025-02');
    const res = await t.request(`/api/claims?source=${id}&format=csv`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toBe('attachment; filename="claims.csv"');
    const lines = res.body.split('\r\n').filter(Boolean);
    expect(lines[0]).toMatch(/^id,kind,statement,quote,/);
    const ids = lines.slice(1).map((l) => Number(l.split(',')[0]));
    expect(ids).toHaveLength(1203);
    expect(new Set(ids).size).toBe(1203);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    const page = (await t.request(`/api/claims?source=${id}&limit=5&count=true`)).json();
    expect(page.items).toHaveLength(5);
    expect(page.totalCount).toBe(1203);
    expect((await t.request(`/api/claims?source=${id}&limit=5`)).json().totalCount).toBeUndefined();
  });

  it('honours Accept: text/csv and application/x-ndjson; a full export equals the stats total', async () => {
    const csv = await t.request({ url: '/api/claims?kind=verdict', headers: { accept: 'text/csv' } });
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const verdicts = (await t.request('/api/claims?kind=verdict&count=true&limit=1')).json().totalCount;
    expect(csv.body.split('\r\n').filter(Boolean)).toHaveLength(verdicts + 1);
    const ndjson = await t.request({ url: '/api/claims', headers: { accept: 'application/x-ndjson' } });
    expect(ndjson.headers['content-type']).toMatch(/^application\/x-ndjson/);
    expect(ndjson.headers['content-disposition']).toBe('attachment; filename="claims.ndjson"');
    const rows = ndjson.body.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const stats = (await t.request('/api/stats/claims?groupBy=kind')).json();
    expect(rows.length).toBe(stats.total);
    expect(rows[0]).toEqual(expect.objectContaining({ id: expect.any(Number), quote: expect.any(String), source: expect.objectContaining({ slug: expect.any(String) }) }));
  });

  it('refuses a bad filter or format before streaming: 422 / 400 problem+json', async () => {
    const bad = await t.request('/api/claims?technology=cobol&format=csv');
    expect(bad.status).toBe(422);
    expect(bad.headers['content-type']).toMatch(/problem\+json/);
    const format = await t.request('/api/claims?format=xlsx');
    expect(format.status).toBe(400);
    expect((await t.request('/api/claims?count=maybe')).status).toBe(400);
    expect((await t.request('/api/claims?undated=sometimes')).status).toBe(400);
    // dates the pattern admits but the calendar has not (the database would refuse them)
    for (const url of ['/api/claims?publishedAfter=0000', '/api/stats/claims?publishedAfter=0000', '/api/claims?publishedBefore=2026-02-30', '/api/stats/claims?publishedBefore=2025-02-29']) {
      const res = await t.request(url);
      expect([url, res.status, res.json().code]).toEqual([url, 400, 'VALIDATION_FAILED']);
    }
    const gql = await t.graphql('{ claims(filter: { publishedAfter: "2026-04-31" }) { totalCount } }');
    expect(gql.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses search text with a NUL in it (PostgreSQL text cannot hold one) with 400, not a 500', async () => {
    // one rule for every input (issue 20 item 11): a NUL is refused at validation, not stripped
    for (const url of ['/api/search?q=%0B%00%04%12&limit=25', '/api/claims?q=event%00loop', '/api/faqs?q=%00']) {
      const res = await t.request(url);
      expect([url, res.status, res.json().code]).toEqual([url, 400, 'VALIDATION_FAILED']);
    }
  });

  it('reads a stated month or year to its last day, in any year', async () => {
    const dated = await ingest(1, '2025-02');
    expect((await t.request(`/api/claims?source=${dated}&publishedBefore=2025-02`)).json().items).toHaveLength(1);
    expect((await t.request(`/api/claims?source=${dated}&publishedBefore=0099`)).json().items).toHaveLength(0);
  });

  it('includes undated sources in date filters only when asked (undated=include)', async () => {
    const undated = await ingest(2);
    const dated = await ingest(1, '2026-04');
    const sources = `${undated},${dated}`;
    const plain = (await t.request(`/api/claims?source=${sources}&publishedAfter=2026`)).json().items;
    expect(plain.map((c: any) => c.source.slug)).toEqual([dated]);
    const withUndated = (await t.request(`/api/claims?source=${sources}&publishedAfter=2026&undated=include`)).json().items;
    expect(withUndated.map((c: any) => c.source.slug).sort()).toEqual([dated, undated, undated].sort());
    const gql = await t.graphql(`{ claims(filter: { source: "${sources}", publishedBefore: "2025", undated: "include" }) { totalCount } }`);
    expect(gql.errors).toBeUndefined();
    expect(gql.data.claims.totalCount).toBe(2);
  });

  it('counts with the claims\' filters, grouped by year, month and outcome, as JSON or CSV', async () => {
    const monthly = await ingest(3, '2024-07');
    const yearly = await ingest(2, '2023');
    const undated = await ingest(1);
    const sources = `${monthly},${yearly},${undated}`;
    const stats = (await t.request(`/api/stats/claims?source=${sources}&groupBy=year,month,outcome`)).json();
    expect(stats.groupBy).toEqual(['year', 'month', 'outcome']);
    const exported = (await t.request(`/api/claims?source=${sources}&format=csv`)).body.split('\r\n').filter(Boolean).length - 1;
    expect(stats.total).toBe(exported);
    const byYear = Object.fromEntries(stats.rows.map((r: any) => [`${r.year}|${r.month}|${r.outcome}`, r.count]));
    expect(byYear).toEqual({ '2024|2024-07|null': 3, '2023|null|null': 2, 'null|null|null': 1 });
    const dated = (await t.request(`/api/stats/claims?source=${sources}&groupBy=year&publishedAfter=2024`)).json();
    expect(dated.rows).toEqual([{ year: '2024', count: 3 }]);
    const csv = await t.request(`/api/stats/claims?source=${sources}&groupBy=year,kind&format=csv`);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body.split('\r\n').filter(Boolean).sort()).toEqual(['2023,fact,2', '2024,fact,3', ',fact,1', 'year,kind,count'].sort());
    const verdicts = (await t.request('/api/stats/claims?groupBy=outcome&kind=verdict')).json();
    expect(verdicts.rows.every((r: any) => typeof r.outcome === 'string')).toBe(true);
    expect((await t.request('/api/stats/claims?groupBy=decade')).status).toBe(400);
    const gql = await t.graphql(`{ claimStats(input: { groupBy: "year", source: "${sources}" }) { total rows { year count } } }`);
    expect(gql.errors).toBeUndefined();
    expect(gql.data.claimStats.total).toBe(6);
  });

  it('sorts full-text matches by relevance with q (paged by cursor), and refuses sort=relevance without q', async () => {
    const id = `rank-${randomUUID()}`;
    const weak = `Node.js has a zeppelinqueue module somewhere in ${id}.`;
    const strong = `Zeppelinqueue zeppelinqueue: Node.js zeppelinqueue handling is the zeppelinqueue way.`;
    const input = {
      source: { externalId: id, slug: id, title: `Ranking ${id}`, publishedAt: '2026-01', compares: ['nodejs', 'python'], body: `${weak} ${strong}` },
      claims: [
        { key: 'weak', kind: 'fact', statement: weak, quote: weak, technology: 'node' },
        { key: 'strong', kind: 'fact', statement: strong, quote: strong, technology: 'node' },
      ],
    };
    expect((await t.request({ method: 'POST', url: '/api/sources', headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` }, payload: input })).status).toBe(201);
    const byId = (await t.request('/api/claims?q=zeppelinqueue')).json().items.map((c: any) => c.quote);
    expect(byId).toEqual([weak, strong]);
    const first = (await t.request('/api/claims?q=zeppelinqueue&sort=relevance&limit=1')).json();
    expect(first.items.map((c: any) => c.quote)).toEqual([strong]);
    expect(first.items[0].snippet).toContain('<b>');
    const second = (await t.request(`/api/claims?q=zeppelinqueue&sort=relevance&limit=1&cursor=${first.nextCursor}`)).json();
    expect(second.items.map((c: any) => c.quote)).toEqual([weak]);
    expect(second.nextCursor).toBeNull();
    expect((await t.request('/api/claims?sort=relevance')).status).toBe(400);
    const idCursor = (await t.request('/api/claims?limit=1')).json().nextCursor;
    expect((await t.request(`/api/claims?q=zeppelinqueue&sort=relevance&cursor=${idCursor}`)).json().code).toBe('INVALID_CURSOR');
  });
});
