import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  getNamedType,
  GraphQLError,
  isInterfaceType,
  isObjectType,
  Kind,
  type ASTVisitor,
  type DocumentNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type ValueNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../pagination/page-size.js';

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
 * list field's page size (`first`/`last`) multiplies its subtree. The page size counted is what
 * the request will be served (issue 20 item 3: variables and defaults bypassed the limit):
 * - a literal: its value;
 * - a variable: its value in this request; absent, the variable's declared default; null, the
 *   page-size default. Before variables are known (validation) a variable counts its declared
 *   default, else 1: validation refuses only what every request of the document exceeds, and
 *   each request is measured again with its own variables (queryCostPlugin);
 * - absent or null on a field that takes `first`: its schema default, else the page-size
 *   default (50), as the resolver serves it.
 * A page size above the largest served counts as the largest (the page-size policy refuses it).
 * Introspection and `__typename` count like any field: limits that skip them are free
 * amplification (100 aliases of `__typename`).
 */
const SCALAR_COST = 1;
const OBJECT_COST = 2;
const DEPTH_FACTOR = 1.5;
const PAGE_ARGUMENTS = ['first', 'last'];

export interface MeasureOptions {
  /** With the schema, a list field that takes `first` and is not given it counts its default. */
  schema?: GraphQLSchema;
  /** The request's variables; undefined before they are known (validation). */
  variables?: Record<string, unknown> | null;
}

export function measureOperation(operation: OperationDefinitionNode, fragments: (name: string) => FragmentDefinitionNode | undefined, options: MeasureOptions = {}): QueryMeasure {
  const { schema, variables } = options;
  const declared = new Map((operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, d.defaultValue]));
  let aliases = 0;
  let depth = 0;

  const pageSizeOf = (value: ValueNode | undefined, definition: GraphQLField<unknown, unknown> | undefined): number => {
    if (value?.kind === Kind.INT) return Number.parseInt(value.value, 10) || 1;
    if (value?.kind === Kind.VARIABLE) {
      const name = value.name.value;
      const given = variables?.[name];
      if (typeof given === 'number' && Number.isFinite(given)) return Math.max(1, Math.trunc(given));
      const fallback = declared.get(name);
      if (fallback?.kind === Kind.INT) return Number.parseInt(fallback.value, 10) || 1;
      if (!variables) return 1;
      return DEFAULT_PAGE_SIZE;
    }
    // absent or null: what the field serves without one
    const argument = definition?.args.find((a) => PAGE_ARGUMENTS.includes(a.name));
    if (!argument) return 1;
    return typeof argument.defaultValue === 'number' ? argument.defaultValue : DEFAULT_PAGE_SIZE;
  };

  // Fragment cycles are a validation error of their own (NoFragmentCycles); here a fragment
  // already on the path counts as a leaf so measuring always ends.
  const walk = (set: SelectionSetNode, parent: GraphQLNamedType | undefined, level: number, path: Set<string>): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        cost += DEPTH_FACTOR * fieldCost(selection, parent, level);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        cost += walk(selection.selectionSet, typeNamed(selection.typeCondition?.name.value) ?? parent, level, path);
      } else {
        const name = selection.name.value;
        const fragment = fragments(name);
        if (!fragment || path.has(name)) {
          cost += SCALAR_COST;
          continue;
        }
        cost += walk(fragment.selectionSet, typeNamed(fragment.typeCondition.name.value), level, new Set(path).add(name));
      }
    }
    return cost;

    function fieldCost(field: FieldNode, fieldParent: GraphQLNamedType | undefined, fieldLevel: number): number {
      if (field.alias) aliases++;
      depth = Math.max(depth, fieldLevel);
      if (!field.selectionSet) return SCALAR_COST;
      const definition = fieldParent && (isObjectType(fieldParent) || isInterfaceType(fieldParent)) ? fieldParent.getFields()[field.name.value] : undefined;
      const pageArgument = field.arguments?.find((a) => PAGE_ARGUMENTS.includes(a.name.value) && a.value.kind !== Kind.NULL);
      const multiplier = Math.min(MAX_PAGE_SIZE, pageSizeOf(pageArgument?.value, definition));
      return (OBJECT_COST + walk(field.selectionSet, definition ? getNamedType(definition.type) : undefined, fieldLevel + 1, path)) * multiplier;
    }
  };
  function typeNamed(name: string | undefined): GraphQLNamedType | undefined {
    return name ? schema?.getType(name) ?? undefined : undefined;
  }
  const root = schema ? schema.getRootType(operation.operation) ?? undefined : undefined;
  const cost = walk(operation.selectionSet, root, 1, new Set()) / DEPTH_FACTOR;
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
      const violation = limitViolation(measureOperation(operation, (name) => context.getFragment(name) ?? undefined, { schema: context.getSchema() }), limits);
      if (violation) {
        context.reportError(
          new GraphQLError(violation.message, { nodes: [operation], extensions: { limit: { name: violation.limit, max: violation.max, found: violation.found } } }),
        );
      }
    },
  });
}

/**
 * The cost limit again for each request of an operation that declares variables, measured with
 * that request's values: validation ran once per document, before any variables were known
 * (Apollo keeps validated documents), so `first: $n` with `{"n": 200}` passed it as 1.
 * The same 400 GRAPHQL_VALIDATION_FAILED with `extensions.limit` as the validation rule.
 */
export function queryCostPlugin(limits: QueryLimits): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, schema }) {
          if (!operation?.variableDefinitions?.length) return;
          const measure = measureOperation(operation, (name) => fragmentNamed(document, name), { schema, variables: request.variables ?? {} });
          const violation = limitViolation({ ...measure, depth: 0, aliases: 0 }, limits);
          if (violation) {
            throw new GraphQLError(violation.message, {
              nodes: [operation],
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 }, limit: { name: violation.limit, max: violation.max, found: violation.found } },
            });
          }
        },
      };
    },
  };
}

function fragmentNamed(document: DocumentNode, name: string): FragmentDefinitionNode | undefined {
  return document.definitions.find((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === name);
}
