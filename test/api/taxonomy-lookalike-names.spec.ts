import { bootTestApp, type TestApp } from '../helpers/app.js';
import { articleInput, asEditor, uniqueToken } from '../helpers/factories.js';

/**
 * Names that display as another entry's: invisible and text-direction characters are refused
 * (400), and a name or alias that differs from an existing entry's only by look-alike letters
 * (a Cyrillic о for a Latin o) is refused with CONFUSABLE_NAME naming the entry it imitates.
 */
describe('look-alike taxonomy names', () => {
  let t: TestApp;
  let write: Awaited<ReturnType<typeof asEditor>>['write'];
  let auth: Record<string, string>;
  beforeAll(async () => {
    t = await bootTestApp();
    ({ write, auth } = await asEditor(t, 'look-alikes'));
  });
  afterAll(() => t.close());

  const INVISIBLE = ['Node\u200b.js', '\u202esj.edoN', 'No\u00adde.js', 'Node.js\u2066', 'N\u200dode.js', 'Node\ufe0f.js'];

  it('refuses invisible and bidi characters in names and aliases of every taxonomy (400)', async () => {
    for (const name of INVISIBLE) {
      for (const [url, extra] of [['/api/technologies', { kind: 'runtime' }], ['/api/criteria', { category: 'performance' }], ['/api/use-cases', {}]] as const) {
        const asName = await write('POST', url, { slug: `inv-${uniqueToken()}`, name, ...extra });
        expect([url, JSON.stringify(name), asName.status, asName.json().code]).toEqual([url, JSON.stringify(name), 400, 'VALIDATION_FAILED']);
        expect(asName.json().errors[0]).toMatchObject({ field: 'name', message: expect.stringMatching(/invisible or text-direction/) });
        const asAlias = await write('POST', url, { slug: `inv-${uniqueToken()}`, name: `Visible ${uniqueToken()}`, aliases: [name], ...extra });
        expect([url, JSON.stringify(name), asAlias.status]).toEqual([url, JSON.stringify(name), 400]);
      }
    }
    const patch = await write('PATCH', '/api/technologies/nodejs', { aliases: ['Node\u200b.js'] });
    expect(patch.status).toBe(400);
    const graphql = await t.graphql('mutation($input: TechnologyEntryInput!) { createTechnology(input: $input) { slug } }', { input: { slug: `inv-${uniqueToken()}`, name: '\u202esj.edoN', kind: 'runtime' } }, auth);
    expect(graphql.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a name or alias that imitates an existing entry with look-alike letters (409 CONFUSABLE_NAME)', async () => {
    const cyrillic = 'N\u043ede.js'; // Cyrillic о
    const created = await write('POST', '/api/technologies', { slug: `spoof-${uniqueToken()}`, name: cyrillic, kind: 'runtime' });
    expect([created.status, created.json().code]).toEqual([409, 'CONFUSABLE_NAME']);
    expect(created.json().detail).toMatch(/names the technology 'nodejs'/);
    const greek = await write('POST', '/api/technologies', { slug: `spoof-${uniqueToken()}`, name: `Spoof ${uniqueToken()}`, kind: 'language', aliases: ['Pyth\u03bfn'] }); // Greek ο
    expect([greek.status, greek.json().code, greek.json().detail]).toEqual([409, 'CONFUSABLE_NAME', expect.stringMatching(/'python'/)]);
    const patched = await write('PATCH', `/api/technologies/${(await write('POST', '/api/technologies', { slug: `fine-${uniqueToken()}`, name: `Fine ${uniqueToken()}`, kind: 'tool' })).json().slug}`, { aliases: [cyrillic] });
    expect([patched.status, patched.json().code]).toEqual([409, 'CONFUSABLE_NAME']);
    // in an annotation's taxonomy block too, and nothing is stored
    const article = articleInput(uniqueToken());
    (article.taxonomy.technologies as { name: string }[])[0].name = cyrillic;
    const ingested = await write('POST', '/api/sources', article);
    expect([ingested.status, ingested.json().code]).toEqual([409, 'CONFUSABLE_NAME']);
    expect((await t.request(`/api/sources/${article.source.slug}`)).status).toBe(404);
    const graphql = await t.graphql('mutation($input: TechnologyEntryInput!) { createTechnology(input: $input) { slug } }', { input: { slug: `spoof-${uniqueToken()}`, name: cyrillic, kind: 'runtime' } }, auth);
    expect(graphql.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('still accepts names with accents and other scripts that imitate nothing, and an entry\'s own variants', async () => {
    const token = uniqueToken();
    const accented = await write('POST', '/api/technologies', { slug: `ecole-${token}`, name: `École ${token}`, kind: 'tool', aliases: [`Ecole ${token}`, `Школа ${token}`] });
    expect(accented.status).toBe(201);
    const criterion = await write('POST', '/api/criteria', { slug: `crit-${token}`, name: `Débit ${token}`, category: 'performance' });
    expect(criterion.status).toBe(201);
  });
});
