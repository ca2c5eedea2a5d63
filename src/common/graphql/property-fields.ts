import { isObjectType, type GraphQLSchema } from 'graphql';

/**
 * Nest's code-first schema gives every plain `@Field()` a resolver of its own,
 * `rootFieldResolver`, which reads `parent[field]` and falls back to the field's `defaultValue`
 * (ObjectTypeDefinitionFactory.createFieldResolver). With no `defaultValue` and no field
 * middleware that is exactly GraphQL's default resolver, but an executor cannot know it: graphql-jit
 * compiles a property read for a field without a resolver and a full resolver call for one with
 * it (a resolve-info object, a promise check and error bookkeeping per field and row), ~110 calls
 * for a 13-claim page.
 *
 * This removes those resolvers from the schema Nest built, so plain fields are property reads
 * for graphql-jit and graphql-js alike. A resolver of any other kind (`@ResolveField`, query and
 * mutation handlers) stays.
 *
 * Holds while no output field declares `defaultValue` or field middleware (there are none: the
 * check in test/api/graphql-compiled-execution.spec.ts answers the same data either way).
 */
export function dropPropertyResolvers(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve?.name === NEST_PROPERTY_RESOLVER && field.resolve.length === 1) field.resolve = undefined;
    }
  }
}

/** The name of Nest's plain-field resolver (@nestjs/graphql ObjectTypeDefinitionFactory). */
export const NEST_PROPERTY_RESOLVER = 'rootFieldResolver';
