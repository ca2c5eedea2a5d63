import { bootTestApp, type TestApp } from '../helpers/app.js';
import { asEditor, uniqueToken } from '../helpers/factories.js';

/** A Markdown article the extractor drafts claims from (seeded technologies; one heading that is no known criterion), unique per call. */
function article(token: string) {
  return [
    `# Node.js vs Python for Backend Services ${token}`,
    '',
    `Node.js and Python are both popular choices for backend work (article ${token}).`,
    '',
    '## Performance',
    '',
    'Node.js is faster than Python for I/O-bound services.',
    '',
    '## Language and Expressiveness',
    '',
    'Python is easier to read than Node.js.',
    '',
    '## Pros of Node.js',
    '',
    '- Huge package ecosystem',
    '- Non-blocking I/O by default',
    '',
    '## Cons of Python',
    '',
    '- The global interpreter lock limits CPU-bound threads',
    '',
  ].join('\n');
}

interface DraftClaim {
  key: string;
  origin: string;
  decision: string;
  edited: string[];
  claim: { kind: string; statement: string; quote: string; start: number; end: number; criterion: string | null; technology: string | null };
  drafted: DraftClaim['claim'] | null;
}
interface Draft {
  id: number;
  version: number;
  etag: string;
  status: string;
  format: string;
  createdBy: string;
  source: { slug: string; title: string; text: string; compares: string[] };
  claims: DraftClaim[];
  proposals: { technologies: Proposal[]; criteria: Proposal[]; useCases: Proposal[] };
  publishedSource: { slug: string; url: string; comparisonPage: string | null } | null;
}
interface Proposal {
  slug: string;
  mapTo: string | null;
  decided: boolean;
}

describe('stored extraction drafts: POST /api/extractions, review, publish, acceptance stats', () => {
  let t: TestApp;
  let editor: Awaited<ReturnType<typeof asEditor>>;
  beforeAll(async () => {
    t = await bootTestApp();
    editor = await asEditor(t, 'drafts editor');
  });
  afterAll(() => t.close());

  const create = async (token = uniqueToken()) => {
    const res = await editor.write('POST', '/api/extractions', { content: article(token), format: 'markdown', slug: `drafted-${token}` });
    expect(res.status).toBe(201);
    return res.json() as Draft;
  };
  const read = async (id: number) => (await editor.write('GET', `/api/extractions/${id}`)).json() as Draft;
  const claimOf = (draft: Draft, predicate: (c: DraftClaim) => boolean) => {
    const found = draft.claims.find(predicate);
    expect(found).toBeDefined();
    return found!;
  };

  it('stores a draft: 201 with Location and ETag, every claim pending, its quote at its offsets in the stored text', async () => {
    const token = uniqueToken();
    const res = await editor.write('POST', '/api/extractions', { content: article(token), format: 'markdown', slug: `drafted-${token}` });
    expect(res.status).toBe(201);
    const draft = res.json() as Draft;
    expect(res.headers.location).toBe(`/api/extractions/${draft.id}`);
    expect(res.headers.etag).toBe(draft.etag);
    expect(draft).toMatchObject({ status: 'open', format: 'markdown', createdBy: 'drafts editor', source: { slug: `drafted-${token}`, compares: ['nodejs', 'python'] } });
    expect(draft.claims.length).toBeGreaterThan(2);
    for (const c of draft.claims) {
      expect([c.origin, c.decision, c.edited]).toEqual(['drafted', 'pending', []]);
      expect(c.drafted).toEqual(c.claim);
      expect(draft.source.text.slice(c.claim.start, c.claim.end)).toBe(c.claim.quote);
    }
    expect(draft.proposals.criteria.map((p) => [p.slug, p.mapTo, p.decided])).toEqual([['language-and-expressiveness', null, false]]);
    expect((await editor.write('GET', res.headers.location as string)).json()).toEqual(draft);
  });

  it('answers the stateless draft with ?dryRun=true (200) and stores nothing', async () => {
    const before = (await editor.write('GET', '/api/extractions?first=1')).json().items;
    const token = uniqueToken();
    const res = await editor.write('POST', '/api/extractions?dryRun=true', { content: article(token), format: 'markdown', slug: `dry-${token}` });
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ source: { slug: `dry-${token}` }, claims: expect.any(Array), taxonomy: expect.any(Object) });
    expect(res.json().id).toBeUndefined();
    expect((await editor.write('GET', '/api/extractions?first=1')).json().items).toEqual(before);
  });

  it('lists drafts newest first a page at a time, and by status', async () => {
    const older = await create();
    const newer = await create();
    const first = (await editor.write('GET', '/api/extractions?first=1')).json();
    expect(first.items.map((d: Draft) => d.id)).toEqual([newer.id]);
    expect(first.items[0]).toMatchObject({ status: 'open', counts: { claims: newer.claims.length, pending: newer.claims.length, accepted: 0, rejected: 0 } });
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, endCursor: expect.any(String) });
    const second = (await editor.write('GET', `/api/extractions?first=1&after=${first.pageInfo.endCursor}`)).json();
    expect(second.items.map((d: Draft) => d.id)).toEqual([older.id]);
    const published = (await editor.write('GET', '/api/extractions?status=published&first=200')).json();
    expect(published.items.map((d: Draft) => d.id)).not.toContain(newer.id);
    expect((await editor.write('GET', '/api/extractions?after=not-a-cursor')).status).toBe(400);
    expect((await editor.write('GET', '/api/extractions?status=lost')).status).toBe(400);
    expect((await editor.write('GET', '/api/extractions/2147483647')).status).toBe(404);
  });

  it('decides one claim and many at once, each change a new version', async () => {
    const draft = await create();
    const [a, b, c] = draft.claims;
    const one = await editor.write('PATCH', `/api/extractions/${draft.id}/claims/${a.key}`, { decision: 'accepted' });
    expect(one.status).toBe(200);
    expect(one.json().version).toBe(draft.version + 1);
    expect(one.headers.etag).not.toBe(draft.etag);
    const bulk = await editor.write('POST', `/api/extractions/${draft.id}/claims/decisions`, { keys: [b.key, c.key], decision: 'rejected' });
    expect(bulk.status).toBe(200);
    const decided = Object.fromEntries((bulk.json() as Draft).claims.map((x) => [x.key, x.decision]));
    expect([decided[a.key], decided[b.key], decided[c.key]]).toEqual(['accepted', 'rejected', 'rejected']);
    expect((await editor.write('POST', `/api/extractions/${draft.id}/claims/decisions`, { keys: ['no-such-claim'], decision: 'rejected' })).status).toBe(404);
    expect((await editor.write('POST', `/api/extractions/${draft.id}/claims/decisions`, { keys: [a.key], decision: 'maybe' })).status).toBe(400);
  });

  it('records which fields an edit changed against the drafted claim, and locates a new quote', async () => {
    const draft = await create();
    const pro = claimOf(draft, (c) => c.claim.kind === 'pro');
    const res = await editor.write('PATCH', `/api/extractions/${draft.id}/claims/${pro.key}`, { decision: 'accepted', claim: { statement: 'Node.js has a huge package ecosystem.', criterion: 'ecosystem' } });
    expect(res.status).toBe(200);
    const edited = claimOf(res.json(), (c) => c.key === pro.key);
    expect([edited.decision, [...edited.edited].sort()]).toEqual(['accepted', ['criterion', 'statement']]);
    expect(edited.drafted).toEqual(pro.claim);

    const moved = await editor.write('PATCH', `/api/extractions/${draft.id}/claims/${pro.key}`, { claim: { quote: 'Non-blocking I/O' } });
    expect(moved.status).toBe(200);
    const located = claimOf(moved.json(), (c) => c.key === pro.key);
    expect(located.claim.start).toBe(draft.source.text.indexOf('Non-blocking I/O'));
    expect(located.edited).toContain('quote');
    // back as drafted: nothing is recorded as edited
    const back = await editor.write('PATCH', `/api/extractions/${draft.id}/claims/${pro.key}`, { claim: { ...pro.claim, criterion: null } });
    expect(claimOf(back.json(), (c) => c.key === pro.key).edited).toEqual([]);
    expect((await editor.write('PATCH', `/api/extractions/${draft.id}/claims/${pro.key}`, { claim: { quote: 'words the article never says' } })).json().code).toBe('QUOTE_NOT_FOUND');
  });

  it('adds a claim by offsets (accepted, origin added) and refuses a quote that is not the text there (422 QUOTE_MISMATCH)', async () => {
    const draft = await create();
    const quote = 'Node.js and Python are both popular choices for backend work';
    const start = draft.source.text.indexOf(quote);
    const res = await editor.write('POST', `/api/extractions/${draft.id}/claims`, { kind: 'fact', statement: 'Both are popular for backends.', quote, start, end: start + quote.length });
    expect(res.status).toBe(201);
    const added = claimOf(res.json(), (c) => c.origin === 'added');
    expect(added).toMatchObject({ decision: 'accepted', drafted: null, edited: [], claim: { quote, start, end: start + quote.length } });

    const shifted = await editor.write('POST', `/api/extractions/${draft.id}/claims`, { kind: 'fact', statement: 'Both are popular for backends.', quote, start: start + 1, end: start + 1 + quote.length });
    expect([shifted.status, shifted.json().code, shifted.headers['content-type']]).toEqual([422, 'QUOTE_MISMATCH', expect.stringMatching(/problem\+json/)]);
    const noOffsets = await editor.write('POST', `/api/extractions/${draft.id}/claims`, { kind: 'fact', statement: 'Both are popular.', quote });
    expect(noOffsets.status).toBe(400);
  });

  it('shows the closest existing criteria for a proposal and maps it to one; an unknown entry is 422', async () => {
    const draft = await create();
    const path = `/api/extractions/${draft.id}/proposals/criterion/language-and-expressiveness`;
    const candidates = (await editor.write('GET', `${path}/candidates`)).json() as { slug: string; score: number }[];
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.length).toBeLessThanOrEqual(5);
    expect(candidates.map((c) => c.score)).toEqual([...candidates.map((c) => c.score)].sort((x, y) => y - x));
    const mapped = await editor.write('PATCH', path, { mapTo: candidates[0].slug });
    expect(mapped.status).toBe(200);
    expect((mapped.json() as Draft).proposals.criteria[0]).toMatchObject({ mapTo: candidates[0].slug, decided: true });
    expect((await editor.write('PATCH', path, { mapTo: `nothing-${uniqueToken()}` })).json().code).toBe('UNKNOWN_REFERENCE');
    expect((await editor.write('PATCH', `/api/extractions/${draft.id}/proposals/criterion/not-proposed`, { mapTo: null })).status).toBe(404);
    expect((await editor.write('PATCH', `/api/extractions/${draft.id}/proposals/planet/x`, { mapTo: null })).status).toBe(400);
  });

  it('discards a draft (204); it then refuses changes (409 DRAFT_CLOSED)', async () => {
    const draft = await create();
    expect((await editor.write('DELETE', `/api/extractions/${draft.id}`)).status).toBe(204);
    expect((await read(draft.id)).status).toBe('discarded');
    const change = await editor.write('PATCH', `/api/extractions/${draft.id}/claims/${draft.claims[0].key}`, { decision: 'accepted' });
    expect([change.status, change.json().code]).toEqual([409, 'DRAFT_CLOSED']);
    expect((await editor.write('POST', `/api/extractions/${draft.id}/publish`, {})).status).toBe(409);
  });

  it('publishes accepted claims through the source write: the source reads back with them, without the rejected, under the mapped criterion', async () => {
    const draft = await create();
    const verdict = claimOf(draft, (c) => c.claim.criterion === 'language-and-expressiveness');
    const rejected = claimOf(draft, (c) => c.claim.kind === 'con');
    const candidates = (await editor.write('GET', `/api/extractions/${draft.id}/proposals/criterion/language-and-expressiveness/candidates`)).json();
    const target: string = candidates[0].slug;
    await editor.write('PATCH', `/api/extractions/${draft.id}/proposals/criterion/language-and-expressiveness`, { mapTo: target });
    const accepted = draft.claims.filter((c) => c.key !== rejected.key).map((c) => c.key);
    await editor.write('POST', `/api/extractions/${draft.id}/claims/decisions`, { keys: accepted, decision: 'accepted' });
    await editor.write('PATCH', `/api/extractions/${draft.id}/claims/${rejected.key}`, { decision: 'rejected' });

    const res = await editor.write('POST', `/api/extractions/${draft.id}/publish`, {});
    expect(res.status).toBe(201);
    const slug = draft.source.slug;
    expect(res.json().source).toEqual({ slug, url: `/api/sources/${slug}`, comparisonPage: '/compare/nodejs/python' });
    expect(res.json().draft).toMatchObject({ status: 'published', publishedSource: { slug } });
    expect((await t.request(`/api/sources/${slug}`)).status).toBe(200);
    const claims = (await t.request(`/api/claims?source=${slug}&limit=50`)).json().items as { quote: string; criterion: { slug: string } | null }[];
    expect(claims.map((c) => c.quote).sort()).toEqual(draft.claims.filter((c) => c.key !== rejected.key).map((c) => c.claim.quote).sort());
    expect(claims.find((c) => c.quote === verdict.claim.quote)?.criterion?.slug).toBe(target);
    const criteria = (await t.request('/api/criteria')).json().items as { slug: string }[];
    expect(criteria.map((c) => c.slug)).toContain(target);
    expect(criteria.map((c) => c.slug)).not.toContain('language-and-expressiveness');
    // the record of what happened to each claim stays
    const after = await read(draft.id);
    expect(claimOf(after, (c) => c.key === rejected.key).decision).toBe('rejected');
    expect((await editor.write('PATCH', `/api/extractions/${draft.id}/claims/${rejected.key}`, { decision: 'accepted' })).status).toBe(409);
  });

  it('refuses to publish pending claims (422 PENDING_CLAIMS), then publishes them with pending=accept', async () => {
    const draft = await create();
    await editor.write('PATCH', `/api/extractions/${draft.id}/claims/${draft.claims[0].key}`, { decision: 'rejected' });
    const refused = await editor.write('POST', `/api/extractions/${draft.id}/publish`, {});
    expect([refused.status, refused.json().code]).toEqual([422, 'PENDING_CLAIMS']);
    expect(refused.json().detail).toContain(`${draft.claims.length - 1} claims are still pending`);
    expect((await read(draft.id)).status).toBe('open');
    const res = await editor.write('POST', `/api/extractions/${draft.id}/publish`, { pending: 'accept' });
    expect(res.status).toBe(201);
    expect((res.json().draft as Draft).claims.map((c) => c.decision)).toEqual(['rejected', ...draft.claims.slice(1).map(() => 'accepted')]);
    const claims = (await t.request(`/api/claims?source=${draft.source.slug}&limit=50`)).json().items;
    expect(claims).toHaveLength(draft.claims.length - 1);
  });

  it('honours If-Match: a stale ETag is 412 and changes nothing; the current one is taken', async () => {
    const draft = await create();
    const key = draft.claims[0].key;
    const fresh = await editor.write('PATCH', `/api/extractions/${draft.id}/claims/${key}`, { decision: 'accepted' }, { 'if-match': draft.etag });
    expect(fresh.status).toBe(200);
    const stale = await editor.write('PATCH', `/api/extractions/${draft.id}/claims/${key}`, { decision: 'rejected' }, { 'if-match': draft.etag });
    expect([stale.status, stale.json().code]).toEqual([412, 'PRECONDITION_FAILED']);
    expect(claimOf(await read(draft.id), (c) => c.key === key).decision).toBe('accepted');
    expect((await editor.write('POST', `/api/extractions/${draft.id}/publish`, { pending: 'accept' }, { 'if-match': draft.etag })).status).toBe(412);
    expect((await editor.write('DELETE', `/api/extractions/${draft.id}`, undefined, { 'if-match': draft.etag })).status).toBe(412);
    expect((await read(draft.id)).status).toBe('open');
  });

  it('passes the source write\'s 409 through and leaves the draft open: the write and the draft record commit together or not at all', async () => {
    const token = uniqueToken();
    const first = await create(token);
    expect((await editor.write('POST', `/api/extractions/${first.id}/publish`, { pending: 'accept' })).status).toBe(201);
    // the same article under another slug: its text is a stored source's
    const again = (await editor.write('POST', '/api/extractions', { content: article(token), format: 'markdown', slug: `again-${token}` })).json() as Draft;
    const res = await editor.write('POST', `/api/extractions/${again.id}/publish`, { pending: 'accept' });
    expect([res.status, res.json().code]).toEqual([409, 'SOURCE_CONFLICT']);
    const after = await read(again.id);
    expect([after.status, after.version, after.claims.every((c) => c.decision === 'pending')]).toEqual(['open', again.version, true]);
    expect((await t.request(`/api/sources/again-${token}`)).status).toBe(404);
  });

  it('publishes a draft once when two editors publish it at the same moment', async () => {
    const draft = await create();
    const answers = await Promise.all([1, 2].map(() => editor.write('POST', `/api/extractions/${draft.id}/publish`, { pending: 'accept' })));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses[0]).toBe(201);
    expect([409, 412]).toContain(statuses[1]);
    expect((await read(draft.id)).status).toBe('published');
    expect((await t.request(`/api/claims?source=${draft.source.slug}&limit=50`)).json().items).toHaveLength(draft.claims.length);
  });

  it('needs an editor key for every route, reads included', async () => {
    const draft = await create();
    for (const [method, url] of [
      ['GET', '/api/extractions'],
      ['GET', '/api/extractions/stats'],
      ['GET', `/api/extractions/${draft.id}`],
      ['POST', '/api/extractions'],
      ['POST', `/api/extractions/${draft.id}/publish`],
    ]) {
      const res = await t.request({ method, url, headers: { 'content-type': 'application/json' }, payload: method === 'POST' ? {} : undefined });
      expect([url, res.status]).toEqual([url, 401]);
    }
  });

  it('counts a published draft in the stats: per kind, per format, over time, edited fields', async () => {
    // drafts publish at the app's clock, this process's: the window holds this test's publish alone
    const from = new Date().toISOString();
    const draft = await create();
    const [edited, rejected, ...rest] = draft.claims;
    await editor.write('PATCH', `/api/extractions/${draft.id}/claims/${edited.key}`, { decision: 'accepted', claim: { statement: `${edited.claim.statement} (checked)` } });
    await editor.write('PATCH', `/api/extractions/${draft.id}/claims/${rejected.key}`, { decision: 'rejected' });
    const quote = 'Huge package ecosystem';
    const start = draft.source.text.indexOf(quote);
    await editor.write('POST', `/api/extractions/${draft.id}/claims`, { kind: 'pro', technology: 'nodejs', statement: 'Node.js has a huge ecosystem.', quote, start, end: start + quote.length });
    // an open draft is not counted
    await create();
    expect((await editor.write('POST', `/api/extractions/${draft.id}/publish`, { pending: 'accept' })).status).toBe(201);
    const to = new Date(Date.now() + 1000).toISOString();

    const res = await editor.write('GET', `/api/extractions/stats?from=${from}&to=${to}&bucket=day`);
    expect(res.status).toBe(200);
    const stats = res.json();
    const drafted = draft.claims.length;
    expect(stats).toMatchObject({ drafts: 1, drafted, acceptedUnchanged: rest.length, acceptedEdited: 1, rejected: 1, added: 1, bucket: 'day' });
    expect(stats.acceptanceRate).toBeCloseTo((rest.length + 1) / drafted, 10);
    expect(stats.handAddedRate).toBeCloseTo(1 / (rest.length + 1 + 1), 10);
    const kinds = [...new Set(draft.claims.map((c) => c.claim.kind))].sort();
    expect(stats.byKind.map((k: { kind: string }) => k.kind)).toEqual(kinds);
    for (const row of stats.byKind as { kind: string; drafted: number; added: number }[]) {
      expect([row.kind, row.drafted]).toEqual([row.kind, draft.claims.filter((c) => c.claim.kind === row.kind).length]);
    }
    expect(stats.byKind.find((k: { kind: string }) => k.kind === 'pro').added).toBe(1);
    expect(stats.byFormat).toEqual([expect.objectContaining({ format: 'markdown', drafts: 1, drafted })]);
    expect(stats.overTime).toEqual([expect.objectContaining({ period: new Date().toISOString().slice(0, 10), drafts: 1, drafted })]);
    expect(stats.editedFields).toEqual([{ field: 'statement', count: 1 }]);

    const empty = (await editor.write('GET', `/api/extractions/stats?from=${to}`)).json();
    expect(empty).toMatchObject({ drafts: 0, drafted: 0, acceptanceRate: null, byKind: [] });
    expect((await editor.write('GET', `/api/extractions/stats?from=${to}&to=${from}`)).status).toBe(400);
    expect((await editor.write('GET', '/api/extractions/stats?bucket=year')).status).toBe(400);
  });

  it('does the same through GraphQL: create, decide, publish, stats', async () => {
    const token = uniqueToken();
    const from = new Date().toISOString();
    const gql = (query: string, variables: Record<string, unknown>) => t.graphql(query, variables, editor.auth);
    const created = await gql('mutation ($input: ExtractArticleInput!) { createExtractionDraft(input: $input) { id etag status claims { key decision } } }', {
      input: { content: article(token), format: 'markdown', slug: `graphql-${token}` },
    });
    expect(created.errors).toBeUndefined();
    const draft = created.data.createExtractionDraft;
    expect(draft.status).toBe('open');
    const keys: string[] = draft.claims.map((c: { key: string }) => c.key);

    const stale = await gql('mutation ($id: Int!, $input: DraftClaimDecisionsInput!, $ifMatch: String) { decideDraftClaims(id: $id, input: $input, ifMatch: $ifMatch) { version } }', {
      id: draft.id,
      input: { keys: [keys[0]], decision: 'rejected' },
      ifMatch: '"draft-0-v0"',
    });
    expect(stale.errors?.[0].extensions?.code).toBe('PRECONDITION_FAILED');
    const decided = await gql('mutation ($id: Int!, $input: DraftClaimDecisionsInput!, $ifMatch: String) { decideDraftClaims(id: $id, input: $input, ifMatch: $ifMatch) { claims { key decision } } }', {
      id: draft.id,
      input: { keys: [keys[0]], decision: 'rejected' },
      ifMatch: draft.etag,
    });
    expect(decided.errors).toBeUndefined();
    expect(decided.data.decideDraftClaims.claims[0]).toEqual({ key: keys[0], decision: 'rejected' });

    const publish = 'mutation ($id: Int!, $pending: String) { publishExtractionDraft(id: $id, pending: $pending) { draft { status } source { slug url } } }';
    const pending = await gql(publish, { id: draft.id });
    expect(pending.errors?.[0].extensions?.code).toBe('PENDING_CLAIMS');
    const published = await gql(publish, { id: draft.id, pending: 'accept' });
    expect(published.errors).toBeUndefined();
    expect(published.data.publishExtractionDraft).toEqual({ draft: { status: 'published' }, source: { slug: `graphql-${token}`, url: `/api/sources/graphql-${token}` } });

    const stats = await gql('query ($from: String) { extractionStats(from: $from, bucket: "month") { drafts drafted acceptedUnchanged rejected byKind { kind drafted } } }', { from });
    expect(stats.errors).toBeUndefined();
    expect(stats.data.extractionStats).toMatchObject({ drafts: 1, drafted: keys.length, acceptedUnchanged: keys.length - 1, rejected: 1 });

    const anonymous = await t.graphql('{ extractionStats { drafts } }', {});
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
