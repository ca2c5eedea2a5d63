import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ERROR_TRANSPORT } from '../errors/error-status.js';
import { toProblem } from '../errors/problem.js';

/** A domain failure as a GraphQL error with `extensions.code` (and field errors). */
export function toGraphQLError(exception: unknown): GraphQLError {
  if (exception instanceof GraphQLError) return exception;
  const problem = toProblem(exception);
  return new GraphQLError(problem.detail, {
    extensions: {
      code: ERROR_TRANSPORT[problem.code].graphql,
      status: problem.status,
      ...(problem.errors.length ? { errors: problem.errors } : {}),
    },
  });
}

/**
 * A domain failure before execution (a plugin's didResolveOperation): the same error, with the
 * HTTP status Apollo answers it with.
 */
export function toRequestGraphQLError(exception: unknown): GraphQLError {
  const error = toGraphQLError(exception);
  const status = typeof error.extensions.status === 'number' ? error.extensions.status : 500;
  return new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status } } });
}

/**
 * Apollo's formatError: errors thrown outside resolvers (parse, validation) already carry a code;
 * anything else without one is mapped; stack traces never leave the server.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: unknown })?.originalError;
  const code = formatted.extensions?.code;
  if (original && !(original instanceof GraphQLError) && (!code || code === 'INTERNAL_SERVER_ERROR')) {
    const mapped = toGraphQLError(original);
    return { message: mapped.message, path: formatted.path, locations: formatted.locations, extensions: mapped.extensions };
  }
  const { stacktrace: _stack, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
  if (code === 'GRAPHQL_PARSE_FAILED') {
    // graphql-js's own token limit message ("contains more that N tokens") read as a limit.
    const tokens = /Document contains more th[ae]t? (\d+) tokens/.exec(formatted.message);
    if (tokens) {
      const max = Number(tokens[1]);
      return { message: `The document has more than ${max} tokens, over the limit of ${max}`, extensions: { ...extensions, limit: { name: 'tokens', max } } };
    }
  }
  if (code === 'GRAPHQL_VALIDATION_FAILED') {
    // Field suggestions would let anyone map a schema whose introspection were turned off.
    return { ...formatted, message: formatted.message.replace(/ Did you mean .+\?$/, ''), extensions };
  }
  return { ...formatted, extensions };
}
