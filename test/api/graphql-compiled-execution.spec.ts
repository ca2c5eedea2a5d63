import { GraphQLSchemaHost } from '@nestjs/graphql';
import { isObjectType } from 'graphql';
import { NEST_PROPERTY_RESOLVER } from '../../src/common/graphql/property-fields.js';
import { bootTestApp, type TestApp } from '../helpers/app.js';

/**
 * Queries run by graphql-js until Apollo has seen their document twice, then as code compiled
 * by graphql-jit (src/common/graphql/compiled-execution.ts). Both must answer alike: the same
 * data, and the same errors with the same codes.
 */
const NO_CACHE = { 'cache-control': 'no-cache' };

describe('GraphQL compiled execution answers as the interpreter does', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  /** The first answer (interpreted) and two more (compiled from the second sighting on). */
  async function thrice(query: string, variables?: Record<string, unknown>) {
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await t.graphql(query, variables, NO_CACHE));
    return answers;
  }

  it('returns the same page with nested objects, lists, nulls and variables', async () => {
    const query = `query Page($first: Int, $criterion: String) {
      claims(filter: { criterion: $criterion }, first: $first) {
        pageInfo { hasNextPage endCursor }
        edges { cursor node { id kind quote score rating qualifiers __typename source { slug title publishedAt } technology { slug name } winner { slug } related { slug } criterion { slug category } } }
      }
    }`;
    const [first, ...later] = await thrice(query, { first: 20, criterion: 'io-performance' });
    expect(first.errors).toBeUndefined();
    expect(first.data.claims.edges.length).toBeGreaterThan(0);
    for (const answer of later) expect(answer).toEqual(first);
  });

  it('serves plain fields as property reads: none keeps the resolver Nest gave it, every other resolver stays', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const claim = schema.getType('Claim');
    const query = schema.getType('Query');
    if (!isObjectType(claim) || !isObjectType(query)) throw new Error('Claim and Query are object types');
    expect(claim.getFields().quote.resolve).toBeUndefined();
    expect(claim.getFields().source.resolve).toBeUndefined();
    expect(query.getFields().claims.resolve).toBeInstanceOf(Function);
    const left = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .flatMap((type) => Object.values(type.getFields()).map((field) => ({ field: `${type.name}.${field.name}`, resolver: field.resolve?.name })))
      .filter((entry) => entry.resolver === NEST_PROPERTY_RESOLVER);
    expect(left).toEqual([]);
  });

  it('reports a resolver error with the same message, path and code', async () => {
    const [first, ...later] = await thrice('{ claims(filter: { criterion: "no-such-criterion" }, first: 5) { edges { node { id } } } }');
    expect(first.errors?.[0]?.extensions?.code).toBeDefined();
    for (const answer of later) expect(answer).toEqual(first);
  });

  it('reports a bad variable the same way', async () => {
    const query = 'query Q($first: Int) { claims(first: $first) { edges { node { id } } } }';
    const [first, ...later] = await thrice(query, { first: 'many' });
    expect(first.errors?.length).toBeGreaterThan(0);
    for (const answer of later) expect(answer).toEqual(first);
  });
});
