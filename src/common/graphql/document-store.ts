import type { DocumentNode } from 'graphql';
import { byteBoundedStore, stringBytes, type KeyValueStore } from './byte-bounded-store.js';

/**
 * Heap bytes of a parsed document per byte of its JSON (which holds no tokens and no source):
 * measured with --expose-gc over 200 parses each, a 71-token query retained 26 KB (JSON 6 KB,
 * x4.3) and a 2,700-token one 792 KB (JSON 206 KB, x3.8). Rounded up.
 */
const HEAP_PER_JSON_BYTE = 4.5;

/**
 * What a parsed document keeps alive: its source text (every AST node's `loc` points at it, and
 * the token list holds each comment) plus the AST and tokens themselves.
 */
export function documentBytes(document: DocumentNode): number {
  return stringBytes(document.loc?.source.body ?? '') + Math.ceil(JSON.stringify(document).length * HEAP_PER_JSON_BYTE);
}

/**
 * Apollo's store of parsed and validated documents, by query hash, bounded by the bytes they
 * hold (GRAPHQL_DOCUMENT_CACHE_BYTES); null (every request parses again) when that is 0.
 */
export function createDocumentStore(maxBytes: number): (KeyValueStore<DocumentNode> & { readonly bytes: number }) | null {
  return maxBytes > 0 ? byteBoundedStore<DocumentNode>(maxBytes, documentBytes) : null;
}
