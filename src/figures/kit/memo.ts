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
