/**
 * Remembers the last few results of an expensive pure function by key. Training figures train once per
 * configuration and then scrub through the stored trajectory; this is where the trajectory is kept.
 */
export function memoize<A, R>(fn: (arg: A) => R, key: (arg: A) => string, size = 6): (arg: A) => R {
  const cache = new Map<string, R>();
  return (arg: A) => {
    const k = key(arg);
    const hit = cache.get(k);
    if (hit !== undefined) {
      // Refresh its place so the least recently used entry is the one dropped.
      cache.delete(k);
      cache.set(k, hit);
      return hit;
    }
    const value = fn(arg);
    cache.set(k, value);
    if (cache.size > size) cache.delete(cache.keys().next().value as string);
    return value;
  };
}

/**
 * A cache of things built once per document and key (a plot's base, a legend, a diagram's layout), so a figure
 * redrawn every frame of a drag clones them rather than building them again. Per document: the build's and the
 * browser's nodes never mix. Beyond `size` keys the least recently used is dropped.
 */
export function documentCache<T>(size: number): (doc: Document, key: string, build: () => T) => T {
  const caches = new WeakMap<Document, Map<string, T>>();
  return (doc, key, build) => {
    let cache = caches.get(doc);
    if (!cache) caches.set(doc, (cache = new Map()));
    let value = cache.get(key);
    if (value !== undefined) {
      // Least recently used goes first: a base drawn every frame must outlive the keys other figures add.
      cache.delete(key);
      cache.set(key, value);
      return value;
    }
    value = build();
    cache.set(key, value);
    if (cache.size > size) cache.delete(cache.keys().next().value as string);
    return value;
  };
}
