import { Lru } from './lru.ts';

/**
 * A cache of things built once per document and key (a plot's base, a legend, a diagram's layout), so a figure
 * redrawn every frame of a drag clones them rather than building them again. Per document: the build's and the
 * browser's nodes never mix. Beyond `size` keys the least recently used is dropped.
 */
export function documentCache<T>(size: number): (doc: Document, key: string, build: () => T) => T {
  const caches = new WeakMap<Document, Lru<T>>();
  return (doc, key, build) => {
    let cache = caches.get(doc);
    if (!cache) caches.set(doc, (cache = new Lru(size)));
    return cache.getOrBuild(key, build);
  };
}
