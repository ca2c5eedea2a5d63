import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

export interface QueryLimits {
  /** Deepest field nesting (a root field is depth 1). */
  maxDepth: number;
  /** Aliased fields in one operation, `__typename` and introspection included. */
  maxAliases: number;
  /** Weighted field count (below). */
  maxCost: number;
}

/** What one operation measures, fragments expanded. */
export interface QueryMeasure {
  depth: number;
  aliases: number;
  cost: number;
}

/**
 * Cost model: a leaf field costs 1, a field with a selection 2 plus 1.5x its children, and a
 * list argument `first`/`last` given as a literal multiplies its subtree (a variable counts 1:
 * the page size is capped by the input class anyway). Introspection and `__typename` count
 * like any field: limits that skip them are free amplification (100 aliases of `__typename`).
 */
const SCALAR_COST = 1;
const OBJECT_COST = 2;
const DEPTH_FACTOR = 1.5;

export function measureOperation(operation: OperationDefinitionNode, fragments: (name: string) => FragmentDefinitionNode | undefined): QueryMeasure {
  let aliases = 0;
  let depth = 0;
  // Fragment cycles are a validation error of their own (NoFragmentCycles); here a fragment
  // already on the path counts as a leaf so measuring always ends.
  const walk = (set: SelectionSetNode, level: number, path: Set<string>): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        cost += DEPTH_FACTOR * fieldCost(selection, level);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        cost += walk(selection.selectionSet, level, path);
      } else {
        const name = selection.name.value;
        const fragment = fragments(name);
        if (!fragment || path.has(name)) {
          cost += SCALAR_COST;
          continue;
        }
        cost += walk(fragment.selectionSet, level, new Set(path).add(name));
      }
    }
    return cost;

    function fieldCost(field: FieldNode, fieldLevel: number): number {
      if (field.alias) aliases++;
      depth = Math.max(depth, fieldLevel);
      if (!field.selectionSet) return SCALAR_COST;
      let multiplier = 1;
      for (const arg of field.arguments ?? []) {
        if ((arg.name.value === 'first' || arg.name.value === 'last') && arg.value.kind === Kind.INT) {
          multiplier = Math.max(multiplier, Number.parseInt(arg.value.value, 10) || 1);
        }
      }
      return (OBJECT_COST + walk(field.selectionSet!, fieldLevel + 1, path)) * multiplier;
    }
  };
  const cost = walk(operation.selectionSet, 1, new Set()) / DEPTH_FACTOR;
  return { depth, aliases, cost: Math.round(cost) };
}

/** Which limit an operation breaks first, as the message clients read; undefined when none. */
export function limitViolation(measure: QueryMeasure, limits: QueryLimits): { limit: keyof QueryMeasure; max: number; found: number; message: string } | undefined {
  const checks: [keyof QueryMeasure, number, string][] = [
    ['depth', limits.maxDepth, 'Query depth'],
    ['aliases', limits.maxAliases, 'Aliases in the query'],
    ['cost', limits.maxCost, 'Query cost'],
  ];
  for (const [limit, max, what] of checks) {
    const found = measure[limit];
    if (found > max) return { limit, max, found, message: `${what} is ${found}, over the limit of ${max}` };
  }
  return undefined;
}

/**
 * One validation rule for depth, aliases and cost. A validation error: Apollo answers it with
 * code GRAPHQL_VALIDATION_FAILED and status 400; `extensions.limit` says which limit and by how much.
 */
export function queryLimitsRule(limits: QueryLimits) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const violation = limitViolation(measureOperation(operation, (name) => context.getFragment(name) ?? undefined), limits);
      if (violation) {
        context.reportError(
          new GraphQLError(violation.message, { nodes: [operation], extensions: { limit: { name: violation.limit, max: violation.max, found: violation.found } } }),
        );
      }
    },
  });
}
