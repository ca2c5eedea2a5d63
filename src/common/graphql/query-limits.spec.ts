import { parse, type OperationDefinitionNode, type FragmentDefinitionNode, Kind } from 'graphql';
import { limitViolation, measureOperation } from './query-limits.js';

function measure(document: string) {
  const ast = parse(document);
  const operation = ast.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = new Map(ast.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  return measureOperation(operation, (name) => fragments.get(name));
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
