import { bootTestApp, type TestApp } from '../helpers/app.js';
import { asEditor, uniqueToken } from '../helpers/factories.js';

/**
 * The taxonomy's flags are data on its entries, edited through the API like names and keywords:
 * a technology's common-word names, a criterion's unspecific flag and neutral phrases. What reads
 * them (recommendations' need matching) follows an edit at once, for new entries as for seeded ones.
 */
describe('taxonomy flags on entries', () => {
  let t: TestApp;
  let write: Awaited<ReturnType<typeof asEditor>>['write'];
  let auth: Record<string, string>;
  beforeAll(async () => {
    t = await bootTestApp();
    ({ write, auth } = await asEditor(t, 'taxonomy-flags'));
  });
  afterAll(() => t.close());

  const mentioned = async (need: string) =>
    (await t.request(`/api/recommendations?need=${encodeURIComponent(need)}`)).json().needs[0].matched.technologies.map((m: { technology: { slug: string } }) => m.technology.slug);
  const criteriaMatched = async (need: string) => (await t.request(`/api/recommendations?need=${encodeURIComponent(need)}`)).json().needs[0].matched.criteria.map((c: { slug: string }) => c.slug);

  it('shows the seeded flags on both transports', async () => {
    expect((await t.request('/api/technologies/express')).json().commonWordNames).toEqual(['Express']);
    expect((await t.request('/api/technologies/python')).json().commonWordNames).toEqual([]);
    const criteria = (await t.request('/api/criteria')).json().items as { slug: string }[];
    expect(criteria.find((c) => c.slug === 'overall')).toMatchObject({ unspecific: true });
    expect(criteria.find((c) => c.slug === 'memory-usage')).toMatchObject({ unspecific: false, neutralPhrases: ['no garbage collector'] });
    const gql = await t.graphql('{ technology(slug: "flask") { commonWordNames } }');
    expect(gql.data.technology.commonWordNames).toEqual(['Flask']);
  });

  it('a new technology with a common-word name counts in a need only when capitalised, until an editor clears the flag (REST)', async () => {
    const token = uniqueToken();
    const slug = `quill-${token}`;
    const created = await write('POST', '/api/technologies', { slug, name: `Quill${token}`, kind: 'library', commonWordNames: [`Quill${token}`] });
    expect(created.status).toBe(201);
    expect(created.json()).toMatchObject({ slug, commonWordNames: [`Quill${token}`], unspecific: null, neutralPhrases: null });
    expect((await t.request(`/api/technologies/${slug}`)).json().commonWordNames).toEqual([`Quill${token}`]);

    expect(await mentioned(`quill${token} for small services`)).not.toContain(slug);
    expect(await mentioned(`Quill${token} for small services`)).toContain(slug);
    const cleared = await write('PATCH', `/api/technologies/${slug}`, { commonWordNames: [] });
    expect([cleared.status, cleared.json().commonWordNames]).toEqual([200, []]);
    expect(await mentioned(`quill${token} for small services`)).toContain(slug);
  });

  it('refuses common-word names that are not the entry\'s names, flags of another taxonomy, and one-word neutral phrases', async () => {
    const token = uniqueToken();
    const stray = await write('POST', '/api/technologies', { slug: `stray-${token}`, name: `Stray ${token}`, kind: 'tool', commonWordNames: ['Elsewhere'] });
    expect([stray.status, stray.json().code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await write('PATCH', '/api/technologies/express', { unspecific: true })).status).toBe(400);
    expect((await write('PATCH', '/api/criteria/overall', { commonWordNames: ['Overall'] })).status).toBe(400);
    const oneWord = await write('POST', '/api/criteria', { slug: `crit-${token}`, name: `Crit ${token}`, category: 'performance', neutralPhrases: ['fast'] });
    expect(oneWord.status).toBe(400);
    const wrongType = await write('POST', '/api/criteria', { slug: `crit-${token}`, name: `Crit ${token}`, category: 'performance', unspecific: 'yes' });
    expect(wrongType.status).toBe(400);
  });

  it('an unspecific criterion matches no need by itself, and the flag is editable (GraphQL)', async () => {
    const token = uniqueToken();
    const slug = `zorbcrit-${token}`;
    const create = await t.graphql(
      'mutation ($input: CriterionEntryInput!) { createCriterion(input: $input) { slug unspecific neutralPhrases commonWordNames } }',
      { input: { slug, name: `Zorbcrit ${token}`, category: 'overall', neutralPhrases: ['no cold start'] } },
      auth,
    );
    expect(create.data.createCriterion).toEqual({ slug, unspecific: false, neutralPhrases: ['no cold start'], commonWordNames: null });
    const need = `zorbcrit ${token} matters most`;
    expect(await criteriaMatched(need)).toContain(slug);

    const update = await t.graphql(`mutation { updateCriterion(slug: "${slug}", patch: { unspecific: true }) { slug unspecific neutralPhrases } }`, undefined, auth);
    expect(update.data.updateCriterion).toEqual({ slug, unspecific: true, neutralPhrases: ['no cold start'] });
    expect(await criteriaMatched(need)).not.toContain(slug);
    expect((await t.request('/api/criteria')).json().items.find((c: { slug: string }) => c.slug === slug)).toMatchObject({ unspecific: true, neutralPhrases: ['no cold start'] });

    const refused = await t.graphql(`mutation { updateCriterion(slug: "${slug}", patch: { neutralPhrases: ["x"] }) { slug } }`, undefined, auth);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('extraction reads the neutral phrases of the stored taxonomy: a phrase an editor adds is no drawback in the next draft', async () => {
    const token = uniqueToken();
    const phrase = `no slow qz${token} path`;
    const content = `# Node.js vs Python\n\n## Performance\n\nNode.js takes ${phrase} for small messages. Python is fast to write and pleasant to read.\n`;
    const kindOf = async () => {
      const res = await write('POST', '/api/extractions?dryRun=true', { content, format: 'markdown' });
      expect(res.status).toBe(200);
      return res.json().claims.find((c: { quote: string }) => c.quote.includes(phrase))?.kind;
    };
    expect(await kindOf()).toBe('con');
    const created = await write('POST', '/api/criteria', { slug: `lean-${token}`, name: `Lean ${token}`, category: 'performance', neutralPhrases: [phrase] });
    expect(created.status).toBe(201);
    expect(await kindOf()).toBe('fact');
  });
});
