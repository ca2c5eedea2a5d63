import { bootTestApp, type TestApp } from '../helpers/app.js';

describe('read API on the seeded knowledge base', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  it('lists the five sources with claim counts', async () => {
    const res = await t.request('/api/sources');
    expect(res.status).toBe(200);
    const { items } = res.json();
    expect(items.length).toBeGreaterThanOrEqual(5);
    for (const s of items) expect(s).toEqual(expect.objectContaining({ slug: expect.any(String), externalId: expect.any(String), title: expect.any(String), claimCount: expect.any(Number) }));
    expect(items.find((s: any) => s.externalId === '000_932d535a3c3dfb50').publishedAt).toBe('2026-05-14');
    expect(items.find((s: any) => s.externalId === '001_0dbb119f1295ab43').publishedAt).toBe('2026-05');
  });

  it('filters by alias the same as by slug, and several values at once', async () => {
    const bySlug = (await t.request('/api/claims?technology=nodejs&criterion=io-performance&limit=200')).json().items;
    const byAlias = (await t.request('/api/claims?technology=Node&criterion=I%2FO%20Performance&limit=200')).json().items;
    expect(bySlug.length).toBeGreaterThan(0);
    expect(byAlias.map((c: any) => c.id)).toEqual(bySlug.map((c: any) => c.id));
    const kinds = (await t.request('/api/claims?kind=verdict,rating&limit=200')).json().items;
    expect(new Set(kinds.map((c: any) => c.kind))).toEqual(new Set(['verdict', 'rating']));
    const realTime = (await t.request('/api/claims?useCase=real-time%20chat&limit=200')).json().items;
    expect(realTime.length).toBeGreaterThan(3);
    expect(realTime.every((c: any) => c.useCase.slug === 'real-time-applications')).toBe(true);
    const winners = (await t.request('/api/claims?winner=python&limit=200')).json().items;
    expect(winners.length).toBeGreaterThan(0);
    expect(winners.every((c: any) => c.winner?.slug === 'python' && c.outcome === 'win')).toBe(true);
  });

  it('filters by publication date with the precision the source states', async () => {
    const after = (await t.request('/api/claims?publishedAfter=2026&limit=200')).json().items;
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((c: any) => c.source.publishedAt >= '2026')).toBe(true);
    const before = (await t.request('/api/claims?publishedBefore=2025-12&limit=200')).json().items;
    expect(before.length).toBeGreaterThan(0);
    // Before December 2025 at the precision each source states (other suites' sources may be older
    // than the seeds'); the seeded article of January 2025 is among them.
    expect(before.filter((c: any) => !(c.source.publishedAt < '2025-12'))).toEqual([]);
    expect(before.some((c: any) => c.source.publishedAt === '2025-01')).toBe(true);
  });

  it('pages with a keyset cursor to the end, without duplicates or gaps', async () => {
    const all = (await t.request('/api/claims?limit=200')).json();
    const ids: number[] = [];
    let cursor: string | null = null;
    do {
      const page: any = (await t.request(`/api/claims?limit=7${cursor ? `&cursor=${cursor}` : ''}`)).json();
      ids.push(...page.items.map((c: any) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    const expected: number[] = [];
    cursor = null;
    do {
      const page: any = (await t.request(`/api/claims?limit=200${cursor ? `&cursor=${cursor}` : ''}`)).json();
      expected.push(...page.items.map((c: any) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(all.items.length).toBe(200);
    expect(ids).toEqual(expected);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('searches full text with a highlighted snippet', async () => {
    const res = (await t.request('/api/claims?q=machine%20learning&limit=50')).json();
    expect(res.items.length).toBeGreaterThan(0);
    expect(res.items.some((c: any) => /<b>/.test(c.snippet))).toBe(true);
  });

  it.each([
    ['/api/claims?limit=500', 400, 'VALIDATION_FAILED'],
    ['/api/claims?cursor=garbage!', 400, 'INVALID_CURSOR'],
    ['/api/claims?cursor=abc', 400, 'INVALID_CURSOR'],
    ['/api/claims?technology=cobol', 422, 'UNKNOWN_REFERENCE'],
    ['/api/claims?publishedAfter=yesterday', 400, 'VALIDATION_FAILED'],
    ['/api/claims/999999', 404, 'NOT_FOUND'],
    ['/api/sources/no-such-source', 404, 'NOT_FOUND'],
    ['/api/comparisons/nodejs/cobol', 404, 'NOT_FOUND'],
    ['/api/comparisons/nodejs/python?format=pdf', 400, 'VALIDATION_FAILED'],
  ])('%s answers %i problem+json', async (url, status, code) => {
    const res = await t.request(url);
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status, code, title: expect.any(String), detail: expect.any(String), instance: url });
  });

  it('builds the Node.js vs Python table with consensus, and aliases resolve', async () => {
    const res = await t.request('/api/comparisons/node/python');
    expect(res.status).toBe(200);
    const table = res.json();
    expect(table.technologies.map((x: any) => x.slug)).toEqual(['nodejs', 'python']);
    const io = table.rows.find((r: any) => r.criterion.slug === 'io-performance');
    expect(io.consensus).toMatchObject({ winner: { slug: 'nodejs' }, outcome: 'win' });
    expect(io.consensus.sourceCount).toBeGreaterThanOrEqual(3);
    const ai = table.rows.find((r: any) => r.criterion.slug === 'ai-ml-ecosystem');
    expect(ai.consensus.winner.slug).toBe('python');
    // CPU-bound work: 001/002/003 give Python the edge, 000's trade-off says Node struggles: a consensus, with sources cited
    const cpu = table.rows.find((r: any) => r.criterion.slug === 'cpu-intensive-tasks');
    expect(cpu.consensus.winner.slug).toBe('python');
    expect(table.sources.length).toBeGreaterThanOrEqual(4);
    expect(table.faqs.length).toBeGreaterThan(0);
  });

  it('gives a per-use-case consensus from every source that takes a position, keeping outcomes and qualifiers', async () => {
    const table = (await t.request('/api/comparisons/nodejs/python')).json();
    const realTime = table.useCaseConsensus.find((u: any) => u.useCase.slug === 'real-time-applications');
    expect(realTime.consensus).toMatchObject({ outcome: 'win', winner: { slug: 'nodejs' }, agreement: 1 });
    expect(realTime.consensus.sourceCount).toBe(5);
    expect(table.useCaseConsensus.find((u: any) => u.useCase.slug === 'machine-learning').consensus.winner.slug).toBe('python');
    expect(table.useCaseConsensus.find((u: any) => u.useCase.slug === 'admin-panels-cms').consensus.winner.slug).toBe('python');
    const dbRow = table.rows.find((r: any) => r.criterion.slug === 'database-support');
    expect(dbRow.consensus.outcome).toBe('neither');
    const cpu = table.rows.find((r: any) => r.criterion.slug === 'cpu-intensive-tasks');
    const hedged = cpu.consensus.positions.filter((p: any) => p.qualifiers.length);
    expect(hedged.length).toBeGreaterThan(0);
    for (const p of hedged) expect(p.weight).toBeLessThan(1);
    const md = (await t.request('/api/comparisons/nodejs/python?format=markdown')).body;
    expect(md).toContain('| Use case | Consensus |');
    expect((await t.request('/api/comparisons/nodejs/python?format=csv')).body).toContain('use case,consensus,agreement,sources,positions');
    expect((await t.request('/api/comparisons/nodejs/python?format=html')).body).toContain('<table class="vkb-use-cases">');
  });

  it('weighs by recency only when asked, and refuses a bad weighting', async () => {
    const plain = (await t.request('/api/comparisons/nodejs/python')).json();
    const recent = (await t.request('/api/comparisons/nodejs/python?weighting=recency&halfLifeDays=180')).json();
    const weights = (table: any) => table.rows.flatMap((r: any) => r.consensus.positions.map((p: any) => p.weight));
    expect(weights(recent)).not.toEqual(weights(plain));
    expect((await t.request('/api/comparisons/nodejs/python?weighting=oldest')).status).toBe(400);
    expect((await t.request('/api/comparisons/nodejs/python?weighting=recency&halfLifeDays=0')).status).toBe(400);
    const gql = await t.graphql('{ comparison(a: "nodejs", b: "python", weighting: "recency", halfLifeDays: 365) { useCaseConsensus { useCase { slug } consensus { outcome sourceCount positions { weight qualifiers basis } } } } }');
    expect(gql.errors).toBeUndefined();
    expect(gql.data.comparison.useCaseConsensus.length).toBeGreaterThan(5);
    const bad = await t.graphql('{ comparison(a: "nodejs", b: "python", weighting: "oldest") { rows { conflict } } }');
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('marks a conflict where sources disagree', async () => {
    const table = (await t.request('/api/comparisons/nodejs/python')).json();
    const conflicted = table.rows.filter((r: any) => r.conflict);
    for (const row of conflicted) {
      expect(row.consensus.dissent.length).toBeGreaterThan(0);
      expect(row.consensus.agreement).toBeLessThan(1);
    }
    const agreed = table.rows.filter((r: any) => !r.conflict && r.consensus.sourceCount > 0);
    for (const row of agreed) expect(row.consensus.agreement).toBe(1);
    expect(agreed.length + conflicted.length).toBeGreaterThan(0);
    // development speed: 004 says Python usually enables faster development; 000 rates both "Fast"
    const devSpeed = table.rows.find((r: any) => r.criterion.slug === 'development-speed');
    expect(devSpeed.conflict).toBe(true);
    expect(devSpeed.consensus.winner.slug).toBe('python');
    expect(devSpeed.consensus.dissent.map((s: any) => s.slug)).toContain('nodejs-vs-python-web-ai-platforms');
  });

  it('exports CSV, Markdown and HTML, with ETag revalidation answering 304', async () => {
    const csv = await t.request({ url: '/api/comparisons/nodejs/python', headers: { accept: 'text/csv' } });
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body.split('\r\n')[0]).toBe('criterion,category,Node.js,Python,verdicts,consensus,agreement,sources,conflict');
    const md = await t.request('/api/comparisons/nodejs/python?format=markdown');
    expect(md.headers['content-type']).toMatch(/^text\/markdown/);
    expect(md.body).toContain('| Criterion | Node.js | Python |');
    expect(md.body).toMatch(/## Use cases[\s\S]*## FAQs[\s\S]*## Sources/);
    expect(csv.body).toContain('\r\n\r\nsection,claim,technology,statement,quote,source,citation\r\n');
    const html = await t.request('/api/comparisons/nodejs/python?format=html');
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    // Absolute links to the citation pages (base: the request's origin when KB_PUBLIC_URL is unset), quotes visible.
    expect(html.body).toMatch(/<a class="vkb-cite" href="http:\/\/127\.0\.0\.1:\d+\/claims\/\d+">/);
    expect(html.body).toMatch(/<q class="vkb-quote">[^<]+<\/q>/);
    for (const section of ['useCases', 'scenarios', 'faqs', 'recommendations']) expect(html.body).toContain(`data-section="${section}"`);
    expect(html.body).toContain('<section class="vkb-sources">');
    const etag = html.headers['etag'] as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(html.headers['cache-control']).toMatch(/max-age/);
    const again = await t.request({ url: '/api/comparisons/nodejs/python?format=html', headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
  });

  it('offers the GraphQL query page on GET outside production, from the app\'s own assets (no CDN)', async () => {
    const res = await t.request({ url: '/graphql', headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('<script src="/assets/graphql-ide.js" defer></script>');
    expect(res.body).not.toMatch(/(src|href)="(https?:)?\/\//);
    const script = await t.request('/assets/graphql-ide.js');
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toMatch(/javascript/);
  });

  it('serves the same over GraphQL, with error codes', async () => {
    const ok = await t.graphql(`{ claims(filter: { criterion: "io-performance", technology: "node" }, first: 3) { edges { cursor node { kind quote source { slug } } } pageInfo { hasNextPage endCursor } totalCount }
      comparison(a: "nodejs", b: "python") { rows { criterion { slug } conflict consensus { winner { slug } agreement } } } }`);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.claims.edges).toHaveLength(3);
    expect(ok.data.claims.totalCount).toBeGreaterThan(3);
    expect(ok.data.claims.pageInfo).toMatchObject({ hasNextPage: true, endCursor: ok.data.claims.edges[2].cursor });
    expect(ok.data.comparison.rows.length).toBeGreaterThan(5);
    const missing = await t.graphql('{ source(slug: "nope") { slug } }');
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const bad = await t.graphql('{ claims(filter: { technology: "cobol" }) { totalCount } }');
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad)).not.toMatch(/stacktrace|at \w+ \(/);
  });
});
