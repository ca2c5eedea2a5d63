import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bootTestApp, type TestApp } from '../helpers/app.js';
import { editorClient, uniqueToken } from '../helpers/factories.js';

type SeedReport = { sources: { status: string; slug: string }[]; conflicts: { what: string; slug: string; reason: string }[] };

/**
 * Seeding never overwrites an editor's change (issue 20 item 7: an alias added with PATCH to a
 * seeded technology disappeared on `kb seed`, whose output said "unchanged"). A seeds directory of
 * this test's own (its own entries and article, so the shared seeded data stays as it is) is
 * loaded, edited through the API, changed on disk, and loaded again.
 */
describe('seed files apply to entries nobody edited; edited ones are kept and reported', () => {
  let t: TestApp;
  let write: ReturnType<typeof editorClient>;
  let seeds: { loadAll(dir?: string): Promise<SeedReport> };
  let lines: (report: SeedReport) => string[];
  const dir = mkdtempSync(path.join(tmpdir(), 'versus-kb-seed-edits-'));
  const token = uniqueToken();
  const [edited, untouched, criterion, useCase, externalId] = [`seed-edited-${token}`, `seed-untouched-${token}`, `seed-crit-${token}`, `seed-use-${token}`, `seed-article-${token}`];
  const body = `Edited ${token} handles many connections. Untouched ${token} is mature.`;

  function writeSeeds(version: number) {
    mkdirSync(path.join(dir, 'taxonomy'), { recursive: true });
    mkdirSync(path.join(dir, 'claims'), { recursive: true });
    mkdirSync(path.join(dir, 'sources'), { recursive: true });
    const json = (file: string, value: unknown) => writeFileSync(path.join(dir, file), JSON.stringify(value, null, 2));
    json('taxonomy/technologies.json', {
      technologies: [
        { slug: edited, name: `Edited ${token}`, kind: 'language', parent: null, aliases: version === 1 ? [] : [`seed alias ${token}`], keywords: [] },
        { slug: untouched, name: version === 1 ? `Untouched ${token}` : `Untouched v2 ${token}`, kind: 'language', parent: null, aliases: [], keywords: [] },
      ],
    });
    json('taxonomy/criteria.json', { criteria: [{ slug: criterion, name: `Crit ${token}`, category: 'performance', description: `v${version}`, aliases: [] }] });
    json('taxonomy/use-cases.json', { useCases: [{ slug: useCase, name: `Use ${token}`, aliases: [] }] });
    writeFileSync(path.join(dir, 'sources', `${externalId}.txt`), body);
    json(`claims/${externalId}.json`, {
      source: { externalId, slug: externalId, title: `Seed article ${token}`, compares: [edited, untouched] },
      claims: [
        { key: 'connections', kind: 'pro', statement: version === 1 ? 'It handles many connections.' : 'It handles very many connections.', quote: `Edited ${token} handles many connections.`, technology: edited },
        { key: 'mature', kind: 'fact', statement: 'It is mature.', quote: `Untouched ${token} is mature.`, technology: untouched },
      ],
    });
  }

  beforeAll(async () => {
    t = await bootTestApp();
    const { ApiKeysService } = await import('../../src/modules/auth/api-keys.service.js');
    const { SeedService, seedReportLines } = await import('../../src/modules/seed/seed.service.js');
    write = editorClient(t, (await t.app.get(ApiKeysService).create('editor', 'seed edits')).key);
    seeds = t.app.get(SeedService) as unknown as typeof seeds;
    lines = seedReportLines as unknown as typeof lines;
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps an alias added through the API, and a claim edited through the API, when the seed files change; reports both', async () => {
    writeSeeds(1);
    const first = await seeds.loadAll(dir);
    expect(first.conflicts).toEqual([]);
    expect(first.sources).toEqual([expect.objectContaining({ slug: externalId, status: 'created' })]);

    // an editor adds an alias to one entry and rewords one claim of the article
    const alias = `editor alias ${token}`;
    expect((await write('PATCH', `/api/technologies/${edited}`, { aliases: [alias] })).status).toBe(200);
    const claims = (await t.request(`/api/claims?source=${externalId}`)).json().items as { id: number; statement: string }[];
    const claim = claims.find((c) => c.statement === 'It handles many connections.')!;
    expect((await write('PATCH', `/api/claims/${claim.id}`, { statement: 'An editor reworded this.' })).status).toBe(200);

    // the seed files change everywhere: the edited entry, an entry nobody touched, the article's annotation
    writeSeeds(2);
    const second = await seeds.loadAll(dir);
    expect(second.conflicts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ what: 'technology', slug: edited, reason: expect.stringMatching(/edited/) }),
        expect.objectContaining({ what: 'source', slug: `${externalId}.json`, reason: expect.stringMatching(/edited/) }),
      ]),
    );
    expect(second.conflicts).toHaveLength(2);
    expect(second.sources.map((s) => s.slug)).not.toContain(externalId);

    // the editor's changes are as they were
    expect((await t.request(`/api/technologies/${edited}`)).json().aliases).toEqual([alias]);
    expect((await t.request(`/api/claims/${claim.id}`)).json().statement).toBe('An editor reworded this.');
    // what nobody edited took the seed files' content
    expect((await t.request(`/api/technologies/${untouched}`)).json().name).toBe(`Untouched v2 ${token}`);
    expect(((await t.request('/api/criteria')).json().items as { slug: string; description: string }[]).find((c) => c.slug === criterion)!.description).toBe('v2');

    // what `kb seed` / `npm run seed` print: each conflict, and the total says so
    const printed = lines(second);
    expect(printed).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^conflict\\s+technology ${edited}: `)), expect.stringMatching(new RegExp(`^conflict\\s+source ${externalId}\\.json: `))]));
    expect(printed[printed.length - 1]).toMatch(/2 edited entries left as they are/);

    // loading again changes nothing and still reports them
    const third = await seeds.loadAll(dir);
    expect(third.conflicts).toHaveLength(2);
    expect((await t.request(`/api/technologies/${edited}`)).json().aliases).toEqual([alias]);
  });
});
