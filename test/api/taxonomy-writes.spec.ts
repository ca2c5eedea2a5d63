import { bootTestApp, type TestApp } from '../helpers/app.js';
import { articleInput, asEditor, storedSource, uniqueToken } from '../helpers/factories.js';

/** Technologies, criteria and use cases grown through the API, answering at once (no restart). */
describe('taxonomy writes', () => {
  let t: TestApp;
  let write: Awaited<ReturnType<typeof asEditor>>['write'];
  let auth: Record<string, string>;
  beforeAll(async () => {
    t = await bootTestApp();
    ({ write, auth } = await asEditor(t, 'taxonomy'));
  });
  afterAll(() => t.close());

  const technology = (token: string, extra: Record<string, unknown> = {}) => ({ slug: `lang-${token}`, name: `Lang ${token}`, kind: 'language', aliases: [`L${token}`], keywords: [], ...extra });

  it('creates a technology that resolves by alias at once, and updates it', async () => {
    const token = uniqueToken();
    const created = await write('POST', '/api/technologies', technology(token, { parent: null, keywords: ['systems'] }));
    expect(created.status).toBe(201);
    expect(created.json()).toMatchObject({ slug: `lang-${token}`, kind: 'language', aliases: [`L${token}`], keywords: ['systems'], parent: null });
    expect((await t.request(`/api/technologies/l${token}`)).json()).toMatchObject({ slug: `lang-${token}` });

    const child = await write('POST', '/api/technologies', { slug: `fw-${token}`, name: `Fw ${token}`, kind: 'framework', parent: `lang-${token}` });
    expect(child.json()).toMatchObject({ parent: `lang-${token}` });
    const patched = await write('PATCH', `/api/technologies/lang-${token}`, { aliases: [`L${token}`, `Lingo ${token}`], kind: 'runtime' });
    expect(patched.status).toBe(200);
    expect(patched.json()).toMatchObject({ kind: 'runtime', aliases: [`L${token}`, `Lingo ${token}`], keywords: ['systems'] });
    expect((await t.request(`/api/technologies/lingo%20${token}`)).json().slug).toBe(`lang-${token}`);
    const cycle = await write('PATCH', `/api/technologies/lang-${token}`, { parent: `fw-${token}` });
    expect(cycle.status).toBe(400);
    const misplaced = await write('PATCH', `/api/technologies/lang-${token}`, { category: 'performance' });
    expect(misplaced.status).toBe(400);
  });

  it('refuses slugs, names and aliases that already name another entry (409)', async () => {
    const token = uniqueToken();
    expect((await write('POST', '/api/technologies', technology(token))).status).toBe(201);
    for (const clash of [technology(token), technology(uniqueToken(), { aliases: ['Node'] }), technology(uniqueToken(), { name: `lang ${token}` })]) {
      const res = await write('POST', '/api/technologies', clash);
      expect([res.status, res.json().code]).toEqual([409, 'TAXONOMY_CONFLICT']);
    }
    const patch = await write('PATCH', `/api/technologies/lang-${token}`, { aliases: ['Python'] });
    expect([patch.status, patch.json().code]).toEqual([409, 'TAXONOMY_CONFLICT']);
    expect((await t.request(`/api/technologies/lang-${token}`)).json().aliases).toEqual([`L${token}`]);
    const unknownParent = await write('POST', '/api/technologies', technology(uniqueToken(), { parent: `none-${token}` }));
    expect([unknownParent.status, unknownParent.json().code]).toEqual([422, 'UNKNOWN_REFERENCE']);
  });

  it('creates and updates criteria and use cases', async () => {
    const token = uniqueToken();
    const criterion = await write('POST', '/api/criteria', { slug: `crit-${token}`, name: `Crit ${token}`, category: 'security', description: 'How safe.', aliases: [`C${token}`] });
    expect(criterion.status).toBe(201);
    const changed = await write('PATCH', `/api/criteria/crit-${token}`, { description: 'How safe it is.', keywords: ['cve'] });
    expect(changed.json()).toMatchObject({ slug: `crit-${token}`, category: 'security', description: 'How safe it is.', keywords: ['cve'] });
    expect((await t.request('/api/criteria')).json().items.find((c: any) => c.slug === `crit-${token}`)).toMatchObject({ description: 'How safe it is.' });
    const useCase = await write('POST', '/api/use-cases', { slug: `uc-${token}`, name: `Uc ${token}`, aliases: [] });
    expect(useCase.status).toBe(201);
    expect((await write('POST', '/api/use-cases', { slug: `uc-other-${token}`, name: `UC ${token}` })).status).toBe(409);
    expect((await write('PATCH', `/api/use-cases/uc-${token}`, { kind: 'language' })).status).toBe(400);
  });

  it('merges a technology into another: claims keep their ids and move, the old names become aliases', async () => {
    const token = uniqueToken();
    await write('POST', '/api/technologies', technology(token));
    const target = `target-${token}`;
    await write('POST', '/api/technologies', { slug: target, name: `Target ${token}`, kind: 'language', aliases: [] });
    const input = articleInput(token);
    input.source.compares = [`lang-${token}`, `beta-${token}`];
    input.claims[0] = { ...input.claims[0], technology: `lang-${token}` };
    input.claims[2] = { ...input.claims[2], related: [`lang-${token}`, target] };
    expect((await write('POST', '/api/sources', input)).status).toBe(201);
    const before = (await storedSource(t, input.source.slug))!;

    expect((await write('DELETE', `/api/technologies/lang-${token}`)).status).toBe(409);
    const merged = await write('POST', `/api/technologies/lang-${token}/merge`, { into: target });
    expect(merged.status).toBe(200);
    expect(merged.json()).toMatchObject({ merged: `lang-${token}`, claimsMoved: 1, entry: { slug: target, aliases: [`lang-${token}`, `Lang ${token}`, `L${token}`] } });

    expect((await t.request(`/api/technologies/lang-${token}`)).json().slug).toBe(target);
    const after = (await storedSource(t, input.source.slug))!;
    expect(after.claimIds).toEqual(before.claimIds);
    const claims = (await t.request(`/api/claims?technology=${target}&limit=50`)).json().items.map((c: any) => c.id);
    expect(claims).toEqual(expect.arrayContaining([before.claimIds[0], before.claimIds[2]]));
    expect((await t.request(`/api/sources/${input.source.slug}`)).json().compares.map((c: any) => c.slug)).toEqual(expect.arrayContaining([target]));
    expect((await write('DELETE', `/api/technologies/lang-${token}`)).status).toBe(404);
    // sources' compared technologies are recommendation candidates for other suites: leave none behind
    expect((await write('DELETE', `/api/sources/${input.source.slug}`)).status).toBe(204);
  });

  it('deletes an entry nothing refers to, and refuses one still referenced (409)', async () => {
    const token = uniqueToken();
    await write('POST', '/api/use-cases', { slug: `uc-${token}`, name: `Uc ${token}` });
    expect((await write('DELETE', `/api/use-cases/uc-${token}`)).status).toBe(204);
    expect((await write('DELETE', `/api/use-cases/uc-${token}`)).status).toBe(404);
    const referenced = await write('DELETE', '/api/criteria/concurrency');
    expect([referenced.status, referenced.json().code]).toEqual([409, 'TAXONOMY_CONFLICT']);
    expect((await t.request('/api/criteria')).json().items.some((c: any) => c.slug === 'concurrency')).toBe(true);
  });

  it('merges criteria and use cases over GraphQL', async () => {
    const token = uniqueToken();
    const create = await t.graphql(`mutation ($a: CriterionEntryInput!, $b: CriterionEntryInput!) { a: createCriterion(input: $a) { slug } b: createCriterion(input: $b) { slug } }`, {
      a: { slug: `crit-a-${token}`, name: `Crit A ${token}`, category: 'performance' },
      b: { slug: `crit-b-${token}`, name: `Crit B ${token}`, category: 'performance' },
    }, auth);
    expect(create.errors).toBeUndefined();
    const merge = await t.graphql(`mutation { mergeCriterion(slug: "crit-a-${token}", into: "crit-b-${token}") { merged entry { slug aliases } } }`, undefined, auth);
    expect(merge.data.mergeCriterion).toEqual({ merged: `crit-a-${token}`, entry: { slug: `crit-b-${token}`, aliases: [`crit-a-${token}`, `Crit A ${token}`] } });
    const clash = await t.graphql(`mutation { updateCriterion(slug: "crit-b-${token}", patch: { aliases: ["concurrency"] }) { slug } }`, undefined, auth);
    expect(clash.errors?.[0].extensions?.code).toBe('CONFLICT');
    const anonymous = await t.graphql(`mutation { deleteUseCase(slug: "x") }`);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  describe('an annotation’s taxonomy block', () => {
    function withTaxonomy(token: string) {
      const input = articleInput(token);
      input.source.body = `Go${token} is fast. Rust${token} is safe. Both suit systems work. ${token}`;
      input.source.compares = [`go-${token}`, `rust-${token}`];
      input.taxonomy = {
        technologies: [
          { slug: `go-${token}`, name: `Go${token}`, kind: 'language', parent: null, aliases: [`Golang${token}`], keywords: [] },
          { slug: `gofw-${token}`, name: `Gofw${token}`, kind: 'framework', parent: `go-${token}`, aliases: [] },
          { slug: `rust-${token}`, name: `Rust${token}`, kind: 'language', aliases: [] },
          { slug: 'python', name: 'Python', kind: 'language', aliases: [`Py${token}`] },
        ],
        criteria: [{ slug: `mem-${token}`, name: `Memory safety ${token}`, category: 'security', description: 'Safe memory.', aliases: [] }],
        useCases: [{ slug: `sys-${token}`, name: `Systems programming ${token}`, aliases: [] }],
      };
      input.claims = [
        { key: 'fast', kind: 'pro', statement: 'Go is fast.', quote: `Go${token} is fast.`, technology: `golang${token}` },
        { key: 'safe', kind: 'rating', statement: 'Rust is safe.', quote: `Rust${token} is safe.`, technology: `rust-${token}`, criterion: `mem-${token}`, rating: 'safe', score: 0.9 },
        { key: 'systems', kind: 'use_case', statement: 'Both suit systems work.', quote: 'Both suit systems work.', technology: `go-${token}`, useCase: `sys-${token}` },
      ];
      return input;
    }

    it('creates new entries and adds aliases to known ones in the same transaction as the claims', async () => {
      const token = uniqueToken();
      const res = await write('POST', '/api/sources', withTaxonomy(token));
      expect(res.status).toBe(201);
      expect((await t.request(`/api/technologies/golang${token}`)).json()).toMatchObject({ slug: `go-${token}` });
      expect((await t.request(`/api/technologies/gofw-${token}`)).json()).toMatchObject({ parent: expect.objectContaining({ slug: `go-${token}` }) });
      expect((await t.request(`/api/technologies/py${token}`)).json()).toMatchObject({ slug: 'python', name: 'Python', kind: 'language' });
      const claims = (await t.request(`/api/claims?source=article-${token}`)).json().items;
      expect(claims).toHaveLength(3);
      expect((await write('POST', '/api/sources', withTaxonomy(token))).json().status).toBe('unchanged');
      expect((await write('DELETE', `/api/sources/article-${token}`)).status).toBe(204);
    });

    it('refuses an alias naming another entry (409) and stores nothing, taxonomy included', async () => {
      const token = uniqueToken();
      const input = withTaxonomy(token);
      (input.taxonomy as any).technologies[2].aliases = ['Node'];
      const res = await write('POST', '/api/sources', input);
      expect([res.status, res.json().code]).toEqual([409, 'TAXONOMY_CONFLICT']);
      expect(res.json().errors[0].field).toContain('taxonomy.technologies[2]');
      expect(await storedSource(t, `article-${token}`)).toBeNull();
      expect((await t.request(`/api/technologies/go-${token}`)).status).toBe(404);
    });

    it('refuses an unknown parent (422) and stores nothing', async () => {
      const token = uniqueToken();
      const input = withTaxonomy(token);
      (input.taxonomy as any).technologies[1].parent = `nowhere-${token}`;
      const res = await write('POST', '/api/sources', input);
      expect([res.status, res.json().code]).toEqual([422, 'UNKNOWN_REFERENCE']);
      expect((await t.request(`/api/technologies/go-${token}`)).status).toBe(404);
    });
  });
});
