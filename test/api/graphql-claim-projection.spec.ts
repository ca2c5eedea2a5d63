import { ClaimsRepository } from '../../src/modules/claims/claims.repository.js';
import { bootTestApp, type TestApp } from '../helpers/app.js';

/**
 * `claims` reads only the columns of the claim fields a query selects (ClaimsRepository's
 * FIELD_COLUMNS; the others come back as NULL placeholders). Whatever the query's shape
 * (aliases, fragments, @include/@skip on variables), every selected field must hold what a
 * full read holds: each answer is compared with the same fields picked out of the REST page of
 * the same claims (REST reads every field), and a GraphQL query of every field must equal that
 * page. Each query runs three times: interpreted, then compiled (graphql-jit).
 */
const NO_CACHE = { 'cache-control': 'no-cache' };
const ALL_FIELDS = `id kind statement quote quoteStart quoteEnd rating score outcome question answer qualifiers
  source { slug title publishedAt } criterion { slug name category } useCase { slug name } technology { slug name }
  winner { slug name } related { slug name } snippet`;

type Node = Record<string, unknown>;

describe('GraphQL claims read only the selected fields, and answer them as a full read does', () => {
  let t: TestApp;
  let full: Node[];
  let fullText: Node[];

  beforeAll(async () => {
    t = await bootTestApp();
    full = (await t.request('/api/claims?limit=100')).json().items;
    fullText = (await t.request('/api/claims?q=performance&limit=50')).json().items;
  });
  afterAll(() => t.close());

  async function nodes(query: string, variables?: Record<string, unknown>, edgesAt = 'edges'): Promise<Node[]> {
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await t.graphql(query, variables, NO_CACHE));
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    return answers[0].data.claims[edgesAt].map((edge: { node: Node }) => edge.node);
  }

  const pick = (list: Node[], fields: string[]) => list.map((node) => Object.fromEntries(fields.map((f) => [f, node[f]])));

  it('reads a page whose claims hold every kind of field (the comparison below means something)', () => {
    expect(full.length).toBe(100);
    for (const field of ['statement', 'rating', 'score', 'outcome', 'question', 'answer', 'criterion', 'useCase', 'technology', 'winner']) {
      expect(full.some((node) => node[field] !== null)).toBe(true);
    }
    expect(full.some((node) => (node.related as unknown[]).length > 0)).toBe(true);
    expect(full.some((node) => (node.qualifiers as unknown[]).length > 0)).toBe(true);
    expect(fullText.length).toBeGreaterThan(0);
    expect(fullText.every((node) => typeof node.snippet === 'string')).toBe(true);
  });

  it('answers every field as the REST page does', async () => {
    expect(await nodes(`{ claims(first: 100) { edges { node { ${ALL_FIELDS} } } } }`)).toEqual(full.map((node) => ({ ...node, snippet: null })));
    expect(await nodes(`{ claims(filter: { q: "performance" }, first: 50) { edges { node { ${ALL_FIELDS} } } } }`)).toEqual(fullText);
  });

  it('answers a few fields as the full read does', async () => {
    const fields = ['id', 'quote', 'source', 'technology'];
    const got = await nodes('{ claims(first: 100) { edges { node { id quote source { slug title publishedAt } technology { slug name } } } } }');
    expect(got).toEqual(pick(full, fields));
  });

  it('answers each field alone as the full read does', async () => {
    const shapes: Record<string, string> = { source: 'source { slug title publishedAt }', criterion: 'criterion { slug name category }', useCase: 'useCase { slug name }', technology: 'technology { slug name }', winner: 'winner { slug name }', related: 'related { slug name }' };
    for (const field of ['kind', 'statement', 'quote', 'quoteStart', 'quoteEnd', 'rating', 'score', 'outcome', 'question', 'answer', 'qualifiers', ...Object.keys(shapes)]) {
      const got = await nodes(`{ claims(first: 100) { edges { node { ${shapes[field] ?? field} } } } }`);
      expect(got).toEqual(pick(full, [field]));
    }
  });

  it('follows fragments, inline fragments, aliases and @include/@skip on variables', async () => {
    const query = `query Q($related: Boolean!, $noStatement: Boolean!) {
      claims(first: 100) { list: edges { node { ...Text ... on Claim { related @include(if: $related) { slug name } } statement @skip(if: $noStatement) } } }
    }
    fragment Text on Claim { key: id quote winner { slug name } }`;
    const rename = (list: Node[]) => list.map(({ id, ...rest }) => ({ key: id, ...rest }));
    expect(await nodes(query, { related: true, noStatement: false }, 'list')).toEqual(rename(pick(full, ['id', 'quote', 'winner', 'related', 'statement'])));
    const without = await nodes(query, { related: false, noStatement: true }, 'list');
    expect(without).toEqual(rename(pick(full, ['id', 'quote', 'winner'])));
  });

  it('reads the union of fields selected under two aliases of the same list', async () => {
    const got = await t.graphql('{ claims(first: 100) { a: edges { node { id } } b: edges { node { statement related { slug name } } } } }', undefined, NO_CACHE);
    expect(got.errors).toBeUndefined();
    expect(got.data.claims.b.map((edge: { node: Node }) => edge.node)).toEqual(pick(full, ['statement', 'related']));
  });

  it('answers snippets of a text query only when selected, as the full read does', async () => {
    const got = await nodes('{ claims(filter: { q: "performance" }, first: 50) { edges { node { id snippet } } } }');
    expect(got).toEqual(pick(fullText, ['id', 'snippet']));
  });

  it('leaves the columns of fields not asked for unread (NULL), and reads every column by default', async () => {
    const repository = t.app.get(ClaimsRepository);
    const withMentions = full.find((node) => (node.related as unknown[]).length > 0)!;
    const criteria = { ids: [withMentions.id as number] };
    const [partial] = await repository.list(criteria, null, 1, new Set(['id', 'quote']));
    expect(partial).toMatchObject({ id: withMentions.id, quote: withMentions.quote, statement: null, kind: null, sourceSlug: null, qualifiers: null, mentionIds: [] });
    const [whole] = await repository.list(criteria, null, 1);
    expect(whole).toMatchObject({ id: withMentions.id, statement: withMentions.statement, kind: withMentions.kind, sourceSlug: (withMentions.source as Node).slug });
    expect(whole.mentionIds.length).toBe((withMentions.related as unknown[]).length);
  });
});
