import { createHash } from 'node:crypto';
import { checkGraphQLRequest, MAX_VARIABLES_DEPTH, nestingDepth } from './graphql-request-limits.js';

const limits = { maxDocumentBytes: 16 * 1024 };
const deep = (levels: number) => JSON.parse('{"a":'.repeat(levels) + '1' + '}'.repeat(levels));

describe('checkGraphQLRequest', () => {
  it('measures documents in UTF-8 bytes, comments included', () => {
    const query = `{ __typename } #${'é'.repeat(8 * 1024)}`;
    expect(query.length).toBeLessThan(limits.maxDocumentBytes);
    expect(checkGraphQLRequest({ query }, limits)).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE', limit: { name: 'documentBytes', max: limits.maxDocumentBytes } });
    expect(checkGraphQLRequest({ query: `{ __typename } #${'x'.repeat(16 * 1024 - 20)}` }, limits)).toBeUndefined();
  });

  it('refuses variables or extensions nested too deep, at any depth, without recursion', () => {
    expect(nestingDepth(deep(100_000))).toBe(100_000);
    expect(checkGraphQLRequest({ query: '{ a }', variables: deep(10_000) }, limits)).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
    expect(checkGraphQLRequest({ query: '{ a }', variables: JSON.stringify(deep(MAX_VARIABLES_DEPTH + 1)) }, limits)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(checkGraphQLRequest({ query: '{ a }', variables: deep(MAX_VARIABLES_DEPTH - 1), extensions: {} }, limits)).toBeUndefined();
    expect(checkGraphQLRequest({ query: '{ a }', extensions: deep(MAX_VARIABLES_DEPTH + 1) }, limits)).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('gives APQ errors their own codes', () => {
    const query = '{ __typename }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    expect(checkGraphQLRequest({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } }, limits)).toBeUndefined();
    expect(checkGraphQLRequest({ extensions: { persistedQuery: { version: 1, sha256Hash } } }, limits)).toBeUndefined();
    expect(checkGraphQLRequest({ query, extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }, limits)).toMatchObject({ status: 400, code: 'PERSISTED_QUERY_HASH_MISMATCH' });
    expect(checkGraphQLRequest({ query, extensions: JSON.stringify({ persistedQuery: { version: 2, sha256Hash } }) }, limits)).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });
});
