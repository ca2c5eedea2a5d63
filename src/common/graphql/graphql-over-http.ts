import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

export const GRAPHQL_PATH = '/graphql';
const GRAPHQL_RESPONSE = 'application/graphql-response+json';

export function isGraphQLEndpoint(url: string): boolean {
  return url === GRAPHQL_PATH || url.startsWith(`${GRAPHQL_PATH}?`);
}

/**
 * The media type of a GraphQL answer for this Accept header (GraphQL over HTTP): the new
 * `application/graphql-response+json` when the client asks for it, else `application/json`.
 */
export function graphqlResponseType(accept: string | undefined): string {
  return accept?.includes(GRAPHQL_RESPONSE) ? GRAPHQL_RESPONSE : 'application/json';
}

/**
 * A client that explicitly asks for `application/json` only is a legacy client: the GraphQL
 * over HTTP spec says it gets 200 for request errors (parse, validation, variable coercion),
 * because it reads the body, not the status. Everyone else (graphql-response+json, no Accept,
 * a wildcard) gets the 4xx Apollo chose.
 */
export function isLegacyJsonClient(accept: string | undefined): boolean {
  return !!accept && /\bapplication\/json\b/.test(accept) && !accept.includes(GRAPHQL_RESPONSE);
}

export function graphqlOverHttpPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          const body = response.body;
          const requestError = body.kind === 'single' && !!body.singleResult.errors?.length && !('data' in body.singleResult && body.singleResult.data !== undefined);
          const status = response.http.status ?? 200;
          if (requestError && status === 400 && isLegacyJsonClient(request.http?.headers.get('accept'))) response.http.status = 200;
        },
      };
    },
  };
}
