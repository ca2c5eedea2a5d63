/**
 * Values by key, each valid for the data version it was computed at, bounded by entry count
 * and by bytes (the server runs with a bounded heap, see package.json start). Past a bound it
 * starts over: entries are cheap to recompute and most become stale together on a write.
 */
export class VersionedCache<V> {
  private readonly entries = new Map<string, { version: number; value: V }>();
  private bytes = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes: number,
    private readonly sizeOf: (value: V) => number,
  ) {}

  /** The value stored under `key` for `version`, if any. */
  get(key: string, version: number): V | undefined {
    const entry = this.entries.get(key);
    return entry?.version === version ? entry.value : undefined;
  }

  set(key: string, version: number, value: V): void {
    const size = this.sizeOf(value);
    if (this.entries.size >= this.maxEntries || this.bytes + size > this.maxBytes) {
      this.entries.clear();
      this.bytes = 0;
    }
    const previous = this.entries.get(key);
    this.bytes += size - (previous ? this.sizeOf(previous.value) : 0);
    this.entries.set(key, { version, value });
  }
}
