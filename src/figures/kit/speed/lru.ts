/**
 * The one least-recently-used cache of the kit: every cache of bases, legends, layouts, trajectories and models
 * is one of these. Reading an entry makes it the most recent; beyond `size` entries the least recent is dropped,
 * so what a figure uses every frame outlives what other figures add meanwhile.
 */
export class Lru<V> {
  private readonly entries = new Map<string, V>();
  readonly size: number;

  constructor(size: number) {
    this.size = size;
  }

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  set(key: string, value: V): V {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }

  /** The cached value, or `build()`'s, remembered. */
  getOrBuild(key: string, build: () => V): V {
    return this.get(key) ?? this.set(key, build());
  }
}
