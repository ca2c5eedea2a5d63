import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { toRequestGraphQLError } from './graphql-errors.js';

/**
 * With private reads (KB_PUBLIC_READS=false), every GraphQL operation needs a valid key before
 * anything runs: introspection (`__schema`, `__type`) and `__typename` have no resolver for the
 * API key guard to guard. `authenticate` throws the domain error (401 UNAUTHENTICATED) for a
 * missing or invalid key; the guard still checks each field's role (mutations need an editor).
 */
export function privateReadsPlugin(authenticate: (request: unknown) => Promise<void>): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue }) {
          try {
            await authenticate((contextValue as { req?: unknown }).req);
          } catch (error) {
            throw toRequestGraphQLError(error);
          }
        },
      };
    },
  };
}
