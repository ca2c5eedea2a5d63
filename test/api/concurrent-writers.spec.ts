import { bootTestApp, type TestApp } from '../helpers/app.js';
import { articleInput, asEditor, editorClient, storedSource, uniqueToken } from '../helpers/factories.js';

/** How many races each resource runs: one lucky interleaving must not make the test pass. */
const RACES = 20;

/**
 * Two editors read the same version and write at the same moment, each with that version's ETag
 * as If-Match (two fetches started together, Promise.all). Every race ends with one 200 and one
 * 412 problem+json, and the stored state is exactly the winner's: nothing lost silently. On
 * PostgreSQL the two requests run on two connections at once (the row lock decides); on PGlite
 * they queue on its one session; the outcome must be the same on both.
 */
describe('concurrent writers: one wins, the other gets 412, nothing is lost', () => {
  let t: TestApp;
  let write: ReturnType<typeof editorClient>;
  beforeAll(async () => {
    t = await bootTestApp();
    ({ write } = await asEditor(t, 'concurrent writers'));
  });
  afterAll(() => t.close());

  /** Runs both writes at once; returns them in the order [winner, loser] after checking the statuses. */
  async function race<T extends { status: number; headers: Record<string, unknown>; json(): any }>(a: () => Promise<T>, b: () => Promise<T>, winnerStatus = 200) {
    const [ra, rb] = await Promise.all([a(), b()]);
    expect([ra.status, rb.status].sort()).toEqual([winnerStatus, 412].sort());
    const [winner, loser, winnerIndex] = ra.status === winnerStatus ? [ra, rb, 0] : [rb, ra, 1];
    expect(loser.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(loser.json()).toMatchObject({ status: 412, code: 'PRECONDITION_FAILED' });
    return { winner, loser, winnerIndex };
  }

  it(`source text revised by two editors with the same ETag (${RACES} races; issue 20 item 5)`, async () => {
    const input = articleInput();
    expect((await write('POST', '/api/sources', input)).status).toBe(201);
    for (let i = 0; i < RACES; i++) {
      const before = (await storedSource(t, input.source.slug))!;
      // each editor appends its own sentence: the claims' quotes stay in both texts
      const revision = (editor: string) => ({ ...input, source: { ...input.source, body: `${before.body} Revision ${i} by ${editor}.` } });
      const { winnerIndex } = await race(
        () => write('POST', '/api/sources', revision('a'), { 'if-match': before.etag }),
        () => write('POST', '/api/sources', revision('b'), { 'if-match': before.etag }),
      );
      const after = (await storedSource(t, input.source.slug))!;
      expect(after.body).toBe(revision(['a', 'b'][winnerIndex]).source.body);
      expect(after.claimIds).toEqual(before.claimIds);
      expect(after.etag).not.toBe(before.etag);
    }
  });

  it(`the same text annotated by two editors with the same ETag (${RACES} races; issue 20 item 6)`, async () => {
    const input = articleInput();
    expect((await write('POST', '/api/sources', input)).status).toBe(201);
    for (let i = 0; i < RACES; i++) {
      const before = (await storedSource(t, input.source.slug))!;
      // editor a keeps the first claim and rewords it; editor b keeps the other two and adds nothing
      const annotations = [
        { ...input, claims: [{ ...input.claims[0], statement: `Alpha handles many connections (${i}).` }] },
        { ...input, claims: [input.claims[1], { ...input.claims[2], statement: `Both are mature (${i}).` }] },
      ];
      const { winnerIndex } = await race(
        () => write('POST', '/api/sources', annotations[0], { 'if-match': before.etag }),
        () => write('POST', '/api/sources', annotations[1], { 'if-match': before.etag }),
      );
      const after = (await storedSource(t, input.source.slug))!;
      const won = annotations[winnerIndex].claims.map((c) => c.statement).sort();
      expect(after.claims.map((c) => c.statement).sort()).toEqual(won);
      // the next race starts from the full annotation again
      const reset = await write('POST', '/api/sources', input, { 'if-match': after.etag });
      expect(reset.status).toBe(200);
    }
  });

  it(`a claim changed by two editors with the same ETag (${RACES} races; issue 20 item 6)`, async () => {
    const input = articleInput();
    expect((await write('POST', '/api/sources', input)).status).toBe(201);
    const [claimId] = (await storedSource(t, input.source.slug))!.claimIds;
    for (let i = 0; i < RACES; i++) {
      const read = await t.request(`/api/claims/${claimId}`);
      const etag = read.headers.etag as string;
      expect(etag).toMatch(/^"[^"]+"$/);
      const patches = [{ statement: `Alpha handles many connections, says a (${i}).` }, { qualifiers: [`b-${i}`] }];
      const { winner, winnerIndex } = await race(
        () => write('PATCH', `/api/claims/${claimId}`, patches[0], { 'if-match': etag }),
        () => write('PATCH', `/api/claims/${claimId}`, patches[1], { 'if-match': etag }),
      );
      const after = await t.request(`/api/claims/${claimId}`);
      expect(after.headers.etag).toBe(winner.headers.etag);
      expect(after.json()).toMatchObject(patches[winnerIndex]);
      // the loser's change is absent: it was told (412), not overwritten
      if (winnerIndex === 0) expect(after.json().qualifiers).not.toContain(`b-${i}`);
      else expect(after.json().statement).not.toBe(patches[0].statement);
    }
  });

  it(`a technology changed by two editors with the same ETag (${RACES} races)`, async () => {
    const token = uniqueToken();
    const slug = `race-tech-${token}`;
    expect((await write('POST', '/api/technologies', { slug, name: `Race ${token}`, kind: 'language', aliases: [] })).status).toBe(201);
    for (let i = 0; i < RACES; i++) {
      const read = await t.request(`/api/technologies/${slug}`);
      const etag = read.headers.etag as string;
      const before = read.json().aliases as string[];
      const patches = [{ aliases: [...before, `race a ${token} ${i}`] }, { aliases: [...before, `race b ${token} ${i}`] }];
      const { winner, winnerIndex } = await race(
        () => write('PATCH', `/api/technologies/${slug}`, patches[0], { 'if-match': etag }),
        () => write('PATCH', `/api/technologies/${slug}`, patches[1], { 'if-match': etag }),
      );
      const after = await t.request(`/api/technologies/${slug}`);
      expect(after.json().aliases).toEqual(patches[winnerIndex].aliases);
      expect(after.headers.etag).toBe(winner.headers.etag);
    }
  });

  it(`a criterion and a use case changed by two editors with the same ETag (${RACES} races each)`, async () => {
    const token = uniqueToken();
    const entries = [
      { path: 'criteria', list: '/api/criteria', body: { slug: `race-crit-${token}`, name: `Race criterion ${token}`, category: 'performance', aliases: [] } },
      { path: 'use-cases', list: '/api/use-cases', body: { slug: `race-use-${token}`, name: `Race use case ${token}`, aliases: [] } },
    ];
    for (const entry of entries) {
      expect((await write('POST', `/api/${entry.path}`, entry.body)).status).toBe(201);
      const current = async () => ((await t.request(entry.list)).json().items as { slug: string; name: string; etag: string }[]).find((e) => e.slug === entry.body.slug)!;
      for (let i = 0; i < RACES; i++) {
        const { etag } = await current();
        const names = [`${entry.body.name} a${i}`, `${entry.body.name} b${i}`];
        const { winner, winnerIndex } = await race(
          () => write('PATCH', `/api/${entry.path}/${entry.body.slug}`, { name: names[0] }, { 'if-match': etag }),
          () => write('PATCH', `/api/${entry.path}/${entry.body.slug}`, { name: names[1] }, { 'if-match': etag }),
        );
        const after = await current();
        expect(after.name).toBe(names[winnerIndex]);
        expect(after.etag).toBe(winner.json().etag);
      }
    }
  });

  it(`a source deleted by two editors with the same ETag (${RACES} races): one 204, one 412`, async () => {
    for (let i = 0; i < RACES; i++) {
      const input = articleInput();
      expect((await write('POST', '/api/sources', input)).status).toBe(201);
      const { etag } = (await storedSource(t, input.source.slug))!;
      await race(
        () => write('DELETE', `/api/sources/${input.source.slug}`, undefined, { 'if-match': etag }),
        () => write('DELETE', `/api/sources/${input.source.slug}`, undefined, { 'if-match': etag }),
        204,
      );
      expect(await storedSource(t, input.source.slug)).toBeNull();
    }
  });
});
