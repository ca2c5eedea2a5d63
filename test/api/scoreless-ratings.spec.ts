import { bootTestApp, type TestApp } from '../helpers/app.js';
import { articleInput, asEditor } from '../helpers/factories.js';

/**
 * A feature-matrix cell ("Built-in" / "Plugin") is drafted as a rating in its own words with no
 * score when the words fit no scale. Comparison tables show it, with a null score, on every
 * transport and format, and it takes no position in the consensus (words alone order nothing).
 */
describe('ratings without a score in comparison tables', () => {
  let t: TestApp;
  let f: ReturnType<typeof articleInput>;
  let alpha: string;
  let beta: string;
  let crit: string;
  beforeAll(async () => {
    t = await bootTestApp();
    f = articleInput();
    [alpha, beta] = (f.taxonomy.technologies as { slug: string }[]).map((x) => x.slug);
    crit = (f.taxonomy.criteria as { slug: string }[])[0].slug;
    const row = '| Plugins | Built-in | Third-party add-on |';
    f.source.body += `\n\n| Feature | Alpha | Beta |\n|---|---|---|\n${row}\n`;
    f.source.compares = [alpha, beta];
    f.claims = [
      { key: 'alpha-plugins', kind: 'rating', statement: 'Alpha has plugins built in.', quote: row, technology: alpha, criterion: crit, rating: 'Built-in' },
      { key: 'beta-plugins', kind: 'rating', statement: 'Beta has plugins as an add-on.', quote: row, technology: beta, criterion: crit, rating: 'Third-party add-on' },
    ];
    const { write } = await asEditor(t, 'scoreless-ratings');
    const res = await write('POST', '/api/sources', f);
    expect(res.status).toBeLessThan(300);
  });
  afterAll(() => t.close());

  it('lists them with a null score and takes no rating position on them', async () => {
    const res = await t.request(`/api/comparisons/${alpha}/${beta}`);
    expect(res.status).toBe(200);
    const row = res.json().rows.find((r: any) => r.criterion.slug === crit);
    expect(row.assessments.map((a: any) => [a.technology.slug, a.rating, a.score])).toEqual([[alpha, 'Built-in', null], [beta, 'Third-party add-on', null]]);
    expect(row.consensus.positions).toEqual([]);
    expect(row.consensus.winner).toBeNull();
  });

  it('shows their words in CSV and Markdown, and over GraphQL', async () => {
    const csv = (await t.request(`/api/comparisons/${alpha}/${beta}?format=csv`)).body;
    expect(csv).toContain('Built-in');
    expect(csv).toContain('Third-party add-on');
    const md = (await t.request(`/api/comparisons/${alpha}/${beta}?format=markdown`)).body;
    expect(md).toContain('Built-in');
    const gql = await t.graphql('query($a: String!, $b: String!) { comparison(a: $a, b: $b) { rows { criterion { slug } assessments { rating score } } } }', { a: alpha, b: beta });
    expect(gql.errors).toBeUndefined();
    const row = gql.data.comparison.rows.find((r: any) => r.criterion.slug === crit);
    expect(row.assessments).toEqual([{ rating: 'Built-in', score: null }, { rating: 'Third-party add-on', score: null }]);
  });
});
