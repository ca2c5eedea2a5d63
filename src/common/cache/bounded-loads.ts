import { LRUCache } from 'lru-cache';

/**
 * Values loaded by key, in batches, and kept while their weights fit `maxWeight` (the least
 * recently used go first). A key already being loaded is awaited, not loaded again: a burst of
 * requests wanting the same keys loads them once. A key the loader does not return is not kept
 * (asked again next time), nor is a value heavier than the whole cache; a failed load is not kept.
 */
export class BoundedLoads<K extends NonNullable<unknown>, V extends NonNullable<unknown>> {
  private readonly kept: LRUCache<K, V>;
  private readonly loading = new Map<K, Promise<V | undefined>>();

  constructor(
    maxWeight: number,
    weigh: (value: V, key: K) => number,
    private readonly load: (keys: K[]) => Promise<Map<K, V>>,
  ) {
    this.kept = new LRUCache<K, V>({ maxSize: maxWeight, sizeCalculation: (value, key) => Math.max(1, Math.ceil(weigh(value, key))) });
  }

  /** The values of `keys` (those the loader found), from the cache or loaded. */
  async getMany(keys: readonly K[]): Promise<Map<K, V>> {
    const out = new Map<K, V>();
    const waits: Promise<void>[] = [];
    const missing: K[] = [];
    for (const key of new Set(keys)) {
      const kept = this.kept.get(key);
      const loading = this.loading.get(key);
      if (kept !== undefined) out.set(key, kept);
      else if (loading) waits.push(loading.then((v) => void (v !== undefined && out.set(key, v))));
      else missing.push(key);
    }
    if (missing.length) {
      const batch = this.load(missing);
      for (const key of missing) {
        const one = batch.then((found) => found.get(key));
        this.loading.set(key, one);
        waits.push(one.then((v) => void (v !== undefined && out.set(key, v))));
      }
      const settle = () => {
        for (const key of missing) this.loading.delete(key);
      };
      batch.then((found) => {
        for (const [key, value] of found) this.kept.set(key, value);
        settle();
      }, settle);
    }
    await Promise.all(waits);
    return out;
  }

  /** The summed weight of what is kept. */
  get weight(): number {
    return this.kept.calculatedSize;
  }

  get size(): number {
    return this.kept.size;
  }
}
