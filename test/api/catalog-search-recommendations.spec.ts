import { bootTestApp, type TestApp } from '../helpers/app.js';

describe('technologies, criteria, use cases, FAQs, search, stats and recommendations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  it('resolves technology aliases and shows the hierarchy', async () => {
    const node = (await t.request('/api/technologies/node')).json();
    expect(node).toMatchObject({ slug: 'nodejs', name: 'Node.js', kind: 'runtime' });
    expect(node.children.map((c: any) => c.slug)).toEqual(expect.arrayContaining(['express', 'nestjs']));
    expect(node.claimCount).toBeGreaterThan(50);
    const fastapi = (await t.request('/api/technologies/FastAPI')).json();
    expect(fastapi.parent).toEqual({ slug: 'python', name: 'Python' });
    const list = (await t.request('/api/technologies')).json().items;
    expect(list.find((x: any) => x.slug === 'python').sourceCount).toBeGreaterThanOrEqual(5);
    expect((await t.request('/api/technologies/cobol')).status).toBe(404);
  });

  it('lists criteria and use cases with claim counts per technology that add up', async () => {
    const criteria = (await t.request('/api/criteria')).json().items;
    const io = criteria.find((c: any) => c.slug === 'io-performance');
    expect(io.aliases).toEqual(expect.arrayContaining(['Performance: Node.js Has the Edge for I/O']));
    expect(io.claimCountsByTechnology.reduce((n: number, c: any) => n + c.count, 0)).toBe(io.claimCount);
    const served = (await t.request('/api/claims?criterion=io-performance&limit=200')).json().items;
    expect(io.claimCount).toBe(served.length);
    const useCases = (await t.request('/api/use-cases')).json().items;
    const realTime = useCases.find((u: any) => u.slug === 'real-time-applications');
    expect(realTime.claimCountsByTechnology.find((c: any) => c.technology?.slug === 'nodejs').count).toBeGreaterThan(3);
  });

  it('answers FAQs, filtered by text and technology', async () => {
    const all = (await t.request('/api/faqs')).json().items;
    expect(all.length).toBeGreaterThanOrEqual(4);
    expect(all.every((f: any) => f.kind === 'faq' && f.question && f.answer)).toBe(true);
    const about = (await t.request('/api/faqs?q=faster')).json().items;
    expect(about.map((f: any) => f.question)).toContain('Is Node.js faster than Python?');
  });

  it('searches claims and sources, ranked, with snippets', async () => {
    const res = (await t.request('/api/search?q=machine%20learning&limit=5')).json();
    expect(res.claims.length).toBeGreaterThan(0);
    expect(res.claims.length).toBeLessThanOrEqual(5);
    const ranks = res.claims.map((h: any) => h.rank);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
    expect(res.sources.length).toBeGreaterThan(0);
    expect(res.sources[0].snippet).toMatch(/<b>/);
    expect((await t.request('/api/search')).status).toBe(400);
  });

  it('counts claims by any dimensions, consistently with the claims listing', async () => {
    const byKind = (await t.request('/api/stats/claims?groupBy=kind')).json();
    const faqs = (await t.request('/api/faqs?limit=200')).json().items.length;
    expect(byKind.rows.find((r: any) => r.kind === 'faq').count).toBe(faqs);
    const bySourceKind = (await t.request('/api/stats/claims?groupBy=source,kind')).json();
    expect(bySourceKind.total).toBe(byKind.total);
    expect(bySourceKind.rows[0]).toEqual(expect.objectContaining({ source: expect.objectContaining({ slug: expect.any(String) }), kind: expect.any(String) }));
    expect((await t.request('/api/stats/claims?groupBy=password')).status).toBe(400);
  });

  it('recommends a hybrid architecture when needs span technologies, citing claims', async () => {
    const res = await t.request('/api/recommendations?need=real-time%20chat%20front%20end&need=machine%20learning%20features');
    expect(res.status).toBe(200);
    const r = res.json();
    expect(r.needs.map((n: any) => n.favours?.slug)).toEqual(['nodejs', 'python']);
    expect(r.needs[0].matched.useCases.map((u: any) => u.slug)).toContain('real-time-applications');
    expect(r.architecture.kind).toBe('HYBRID');
    expect(r.architecture.parts.map((p: any) => p.technology.slug).sort()).toEqual(['nodejs', 'python']);
    for (const part of r.architecture.parts) expect(part.because.length).toBeGreaterThan(0);
    expect(r.architecture.advice.length).toBeGreaterThan(0);
    // Other suites may load other pairs into this database: both parts are ranked, and nothing
    // is ranked without evidence.
    expect(r.ranking.map((x: any) => x.technology.slug)).toEqual(expect.arrayContaining(['nodejs', 'python']));
    // (a technology another loaded article argues against is ranked with its dissent only)
    for (const entry of r.ranking) expect([entry.technology.slug, entry.supportingEvidence.length + entry.dissentingEvidence.length > 0]).toEqual([entry.technology.slug, true]);
    for (const part of ['nodejs', 'python']) expect(r.ranking.find((x: any) => x.technology.slug === part).supportingEvidence.length).toBeGreaterThan(0);
    for (const entry of r.ranking) for (const c of [...entry.supporting, ...entry.dissenting]) expect(c.quote).toEqual(expect.any(String));
    expect(r.explanation).toMatch(/hybrid/i);
  });

  it('recommends a single technology for one-sided needs, by POST too, and refuses bad input', async () => {
    const res = await t.request({ method: 'POST', url: '/api/recommendations', headers: { 'content-type': 'application/json' }, payload: { needs: ['data processing pipelines and scientific computing'] } });
    expect(res.status).toBe(200);
    const r = res.json();
    expect(r.architecture.kind).toBe('SINGLE');
    expect(r.ranking[0].technology.slug).toBe('python');
    expect((await t.request({ method: 'POST', url: '/api/recommendations', headers: { 'content-type': 'application/json' }, payload: { needs: [] } })).status).toBe(400);
    expect((await t.request('/api/recommendations?need=chat&prefer=cobol')).status).toBe(422);
    expect((await t.request('/api/recommendations')).status).toBe(400);
  });

  it('explains matches with strengths and weights, answers nothing for unknown needs, and restricts with among', async () => {
    const res = await t.request('/api/recommendations?need=' + encodeURIComponent('crunching tables with pandas dataframes'));
    const r = res.json();
    expect(r.method).toMatch(/inverse document frequency/);
    expect(r.needs[0].matched.technologies).toEqual(expect.arrayContaining([expect.objectContaining({ technology: expect.objectContaining({ slug: 'pandas' }), countsFor: expect.objectContaining({ slug: 'python' }) })]));
    for (const topic of r.needs[0].matched.topics) {
      expect(topic.strength).toBeGreaterThan(0);
      expect(topic.strength).toBeLessThanOrEqual(1);
      expect(topic.words.length).toBeGreaterThan(0);
    }
    expect(r.ranking[0].technology.slug).toBe('python');
    expect(r.ranking[0].supportingEvidence[0].weight).toBeGreaterThan(0);

    const unknown = (await t.request('/api/recommendations?need=' + encodeURIComponent('firmware for a washing machine microcontroller'))).json();
    expect(unknown.ranking).toEqual([]);
    expect(unknown.architecture.kind).toBe('NONE');
    expect(unknown.reason).toEqual(expect.any(String));

    const among = (await t.request('/api/recommendations?need=chat&among=python')).json();
    expect(among.ranking.map((x: any) => x.technology.slug)).toEqual(['python'].filter((s) => among.ranking.some((x: any) => x.technology.slug === s)));
    expect(among.ranking.every((x: any) => x.technology.slug === 'python')).toBe(true);
    expect((await t.request('/api/recommendations?need=chat&among=cobol')).status).toBe(422);
  });

  it('offers the same over GraphQL', async () => {
    const res = await t.graphql(`{ technology(slug: "node") { slug claims(first: 2) { id } }
      recommend(input: { needs: ["real-time chat", "machine learning"] }) { architecture { kind parts { technology { slug } } } }
      search(input: { q: "event loop", limit: 3 }) { claims { rank claim { id } } }
      claimStats(input: { groupBy: "criterion" }) { total }
      faqs { question } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.technology.slug).toBe('nodejs');
    expect(res.data.recommend.architecture.kind).toBe('HYBRID');
    expect(res.data.search.claims.length).toBeGreaterThan(0);
    expect(res.data.claimStats.total).toBeGreaterThan(0);
    expect(res.data.faqs.length).toBeGreaterThan(0);
  });
});
