import { LRUCache } from 'lru-cache';

/** Apollo's key-value cache interface (documentStore, persisted queries), structurally. */
export interface KeyValueStore<V> {
  get(key: string): Promise<V | undefined>;
  set(key: string, value: V, options?: { ttl?: number | null }): Promise<void>;
  delete(key: string): Promise<boolean | void>;
}

/** Bytes V8 holds for a string's characters: one each when all fit Latin-1, else two. */
export function stringBytes(text: string): number {
  // eslint-disable-next-line no-control-regex
  return /[^\u0000-\u00ff]/.test(text) ? text.length * 2 : text.length;
}

/**
 * A least-recently-used store bounded by the bytes its entries hold, as `weigh` estimates them.
 * Apollo's own InMemoryLRUCache weighs an object by its JSON, which leaves out what a parsed
 * document retains (its source text, every token including comments): 30 MiB of "JSON bytes" of
 * 100 KB-comment documents ran a 128 MB heap out of memory (issue 20 item 1).
 * An entry heavier than the whole store is not kept.
 */
export function byteBoundedStore<V extends object | string>(maxBytes: number, weigh: (value: V, key: string) => number): KeyValueStore<V> & { readonly bytes: number; readonly size: number } {
  const cache = new LRUCache<string, V>({ maxSize: maxBytes, sizeCalculation: (value, key) => Math.max(1, Math.ceil(weigh(value, key))) });
  return {
    get: (key) => Promise.resolve(cache.get(key)),
    set: (key, value, options) => {
      cache.set(key, value, options?.ttl ? { ttl: options.ttl * 1000 } : undefined);
      return Promise.resolve();
    },
    delete: (key) => Promise.resolve(cache.delete(key)),
    get bytes() {
      return cache.calculatedSize;
    },
    get size() {
      return cache.size;
    },
  };
}
