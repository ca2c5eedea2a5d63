import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

/**
 * The names of the fields a query selects at `path` below the field being resolved (e.g.
 * ['edges', 'node'] of a connection), over every alias, fragment and type, with @skip and
 * @include applied to the request's variables; null when the selection cannot be read, which
 * callers take as "everything". Lets a resolver read only what the query will return.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[]): Set<string> | null {
  const root = parseResolveInfo(info) as ResolveTree | null;
  if (!root) return null;
  let level: ResolveTree[] = [root];
  for (const name of path) level = level.flatMap((tree) => childrenOf(tree).filter((child) => child.name === name));
  return new Set(level.flatMap((tree) => childrenOf(tree).map((child) => child.name)));
}

function childrenOf(tree: ResolveTree): ResolveTree[] {
  return Object.values(tree.fieldsByTypeName).flatMap((fields) => Object.values(fields));
}
