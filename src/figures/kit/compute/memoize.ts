import { keyOf } from '../speed/key.ts';
import { Lru } from '../speed/lru.ts';

/**
 * Remembers the last few results of an expensive pure function (a dataset, a landscape, what a trajectory's
 * axes need). The key is derived from the argument (kit/speed/key.ts), so a caller never writes one and cannot
 * forget an input: pass everything the result depends on, as plain data.
 */
export function memoize<A, R>(fn: (arg: A) => R, size = 6): (arg: A) => R {
  const cache = new Lru<R>(size);
  return (arg: A) => cache.getOrBuild(keyOf(arg), () => fn(arg));
}
