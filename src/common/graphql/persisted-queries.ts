import { byteBoundedStore, stringBytes } from './byte-bounded-store.js';

/** Per entry besides the query text: the key (`apq:` + 64 hex digits) and the LRU's bookkeeping. */
const ENTRY_OVERHEAD_BYTES = 200;

/**
 * Automatic persisted queries (APQ): the store of registered query texts by SHA-256. This is the
 * one place the store is chosen: in memory, per process, bounded by GRAPHQL_APQ_CACHE_BYTES
 * (Apollo's default shares one 30 MiB cache weighed in characters). Only documents within
 * GRAPHQL_MAX_DOCUMENT_BYTES are ever registered (graphql-request-limits.ts).
 */
export function persistedQueriesOptions(maxBytes: number) {
  return { cache: byteBoundedStore<string>(maxBytes, (query, key) => stringBytes(query) + key.length + ENTRY_OVERHEAD_BYTES) };
}
