import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bootTestApp, type TestApp } from '../helpers/app.js';

const ARTICLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'eval', 'extraction', 'dev', 'house-style', 'articles');
const article = (name: string) => readFileSync(path.join(ARTICLES, name), 'utf8');

describe('stateless extraction over HTTP: POST /api/extractions?dryRun=true and the extractDraft mutation', () => {
  let t: TestApp;
  let editor: string;
  let reader: string;
  beforeAll(async () => {
    t = await bootTestApp();
    const { ApiKeysService } = await import('../../src/modules/auth/api-keys.service.js');
    editor = (await t.app.get(ApiKeysService).create('editor', 'extraction')).key;
    reader = (await t.app.get(ApiKeysService).create('reader', 'extraction reader')).key;
  });
  afterAll(() => t.close());

  const extract = (payload: unknown, key = editor) =>
    t.request({ method: 'POST', url: '/api/extractions?dryRun=true', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, payload });

  it('answers a draft for an HTML article: metadata, compared technologies, proposed taxonomy, claims with verbatim quotes', async () => {
    const res = await extract({ content: article('django-vs-rails.html'), format: 'html' });
    expect(res.status).toBe(200);
    const draft = res.json();
    expect(draft.source).toMatchObject({ title: 'Django vs Ruby on Rails: Which Web Framework Should You Choose?', author: 'Maya Okafor', publishedAt: '2026-03-18', compares: ['django', 'ruby-on-rails'] });
    expect(draft.taxonomy.technologies).toEqual([expect.objectContaining({ slug: 'ruby-on-rails', name: 'Ruby on Rails', kind: 'framework', aliases: ['Rails'] })]);
    expect(draft.claims).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'verdict', winner: 'django', criterion: 'admin-interface' })]));
    for (const claim of draft.claims) expect(draft.source.body).toContain(claim.quote);
    expect(draft.source.body).not.toContain('Book a free');
  });

  it('answers the same draft through GraphQL, with the slug asked for', async () => {
    const rest = (await extract({ content: article('kafka-vs-rabbitmq.txt'), format: 'text', slug: 'kafka-rabbit' })).json();
    const res = await t.graphql(
      'mutation ($input: ExtractArticleInput!) { extractDraft(input: $input) { source { slug title compares } claims { key kind quote technology } taxonomy { technologies { slug } } } }',
      { input: { content: article('kafka-vs-rabbitmq.txt'), format: 'text', slug: 'kafka-rabbit' } },
      { 'x-api-key': editor },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.extractDraft.source).toEqual({ slug: 'kafka-rabbit', title: rest.source.title, compares: ['kafka', 'rabbitmq'] });
    expect(res.data.extractDraft.claims.map((c: { key: string }) => c.key)).toEqual(rest.claims.map((c: { key: string }) => c.key));
  });

  it.each([
    ['empty content', { content: '', format: 'html' }, 400],
    ['blank content', { content: '  \n ', format: 'text' }, 400],
    ['unknown format', { content: '<p>x</p>', format: 'pdf' }, 400],
    ['missing format', { content: 'Go vs Rust' }, 400],
    ['front matter that is not YAML', { content: '---\nbad: : yaml\n---\n# Go vs Rust', format: 'markdown' }, 400],
    ['a bad slug', { content: 'Go vs Rust', format: 'text', slug: 'Not A Slug' }, 400],
    ['content over the size limit', { content: 'x'.repeat(1_000_001), format: 'text' }, 400],
    ['a body over the request limit', { content: 'x'.repeat(1_100_000), format: 'text' }, 413],
  ])('refuses %s with a problem', async (_name, payload, status) => {
    const res = await extract(payload);
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });

  it('needs an editor key', async () => {
    expect((await t.request({ method: 'POST', url: '/api/extractions', headers: { 'content-type': 'application/json' }, payload: { content: 'x', format: 'text' } })).status).toBe(401);
    expect((await extract({ content: 'x', format: 'text' }, reader)).status).toBe(403);
  });

  // Needs POST /api/sources to accept the draft's `taxonomy` block (from branch `acq`, merged).
  describe('drafts posted unchanged, then the comparison shows the articles\' winners', () => {
    const post = (draft: unknown) => t.request({ method: 'POST', url: '/api/sources', headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` }, payload: draft });
    const winners = async (a: string, b: string) => {
      const res = await t.request(`/api/comparisons/${a}/${b}`);
      expect(res.status).toBe(200);
      return Object.fromEntries(res.json().rows.filter((r: any) => r.consensus?.winner).map((r: any) => [r.criterion.slug, r.consensus.winner.slug]));
    };

    it.each([
      ['django-vs-rails.html', 'html', ['django', 'rails'], { 'admin-interface': 'django', 'learning-curve': 'django', 'job-market': 'django', 'development-speed': 'ruby-on-rails' }],
      ['redis-vs-memcached.md', 'markdown', ['redis', 'memcached'], { 'data-structures': 'redis', persistence: 'redis', multithreading: 'memcached', 'memory-efficiency': 'memcached' }],
      ['kafka-vs-rabbitmq.txt', 'text', ['kafka', 'rabbitmq'], { throughput: 'kafka', 'message-replay': 'kafka', latency: 'rabbitmq', 'routing-flexibility': 'rabbitmq' }],
    ])('%s', async (file, format, [a, b], expected) => {
      const draft = (await extract({ content: article(file), format })).json();
      const posted = await post(draft);
      expect([posted.status, posted.body]).toEqual([201, expect.any(String)]);
      expect(await winners(a, b)).toMatchObject(expected);
    });
  });
});
