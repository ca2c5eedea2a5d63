import { buildSchema, parse, type OperationDefinitionNode, type FragmentDefinitionNode, Kind } from 'graphql';
import { limitViolation, measureOperation } from './query-limits.js';

function measure(document: string, options: Parameters<typeof measureOperation>[2] = {}) {
  const ast = parse(document);
  const operation = ast.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = new Map(ast.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  return measureOperation(operation, (name) => fragments.get(name), options);
}

describe('measureOperation', () => {
  it.each([
    ['{ a }', { depth: 1, aliases: 0, cost: 1 }],
    ['{ x: __typename y: __typename }', { depth: 1, aliases: 2, cost: 2 }],
    ['{ a { b } }', { depth: 2, aliases: 0, cost: 4 }],
    ['{ a(first: 10) { b } }', { depth: 2, aliases: 0, cost: 35 }],
    ['{ __schema { types { name } } }', { depth: 3, aliases: 0, cost: 7 }],
    ['{ ...F } fragment F on Query { a { b } }', { depth: 2, aliases: 0, cost: 4 }],
    ['{ ... on Query { z: a } }', { depth: 1, aliases: 1, cost: 1 }],
    ['{ ...F } fragment F on Query { ...F }', { depth: 0, aliases: 0, cost: 1 }],
  ])('%s', (document, expected) => {
    expect(measure(document)).toEqual(expected);
  });
});

describe('measureOperation counts what is served: variables and defaults (issue 20 item 3)', () => {
  const schema = buildSchema('type Item { id: Int items(first: Int): [Item] } type Query { items(first: Int): [Item] sized(first: Int = 7): [Item] one: Item }');
  // cost of `items(first: n) { id }` at the root: (2 + 1.5) * n
  it.each([
    ['{ items(first: 10) { id } }', undefined, 35],
    ['{ items { id } }', undefined, 175],
    ['{ items(first: null) { id } }', undefined, 175],
    ['{ sized { id } }', undefined, 25],
    ['{ one { id } }', undefined, 4],
    ['query($n: Int) { items(first: $n) { id } }', undefined, 4],
    ['query($n: Int) { items(first: $n) { id } }', { n: 200 }, 700],
    ['query($n: Int) { items(first: $n) { id } }', { n: 5000 }, 700],
    ['query($n: Int) { items(first: $n) { id } }', {}, 175],
    ['query($n: Int) { items(first: $n) { id } }', { n: null }, 175],
    ['query($n: Int = 3) { items(first: $n) { id } }', {}, 11],
    ['query($n: Int = 3) { items(first: $n) { id } }', undefined, 11],
    ['{ ...F } fragment F on Query { items { items { id } } }', undefined, Math.round(50 * (2 + 1.5 * 50 * 3.5))],
  ])('%s with %p costs %p', (document, variables, cost) => {
    expect(measure(document, { schema, variables }).cost).toBe(cost);
  });
});

describe('limitViolation', () => {
  const limits = { maxDepth: 3, maxAliases: 2, maxCost: 100 };
  it.each([
    [{ depth: 3, aliases: 2, cost: 100 }, undefined],
    [{ depth: 4, aliases: 0, cost: 1 }, 'Query depth is 4, over the limit of 3'],
    [{ depth: 1, aliases: 3, cost: 1 }, 'Aliases in the query is 3, over the limit of 2'],
    [{ depth: 1, aliases: 0, cost: 101 }, 'Query cost is 101, over the limit of 100'],
  ])('%p -> %p', (measured, message) => {
    expect(limitViolation(measured, limits)?.message).toBe(message);
  });
});
