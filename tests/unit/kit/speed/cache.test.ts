import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { documentCache, memoize } from '../../../../src/figures/kit/speed/cache.ts';

const newDocument = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;

describe('memoize', () => {
  it('computes once per key and drops the least recently used beyond its size', () => {
    let calls = 0;
    const square = memoize((n: number) => (calls++, n * n), String, 2);
    expect(square(2)).toBe(4);
    expect(square(2)).toBe(4);
    expect(calls).toBe(1);
    square(3);
    square(2); // 2 is now the most recent, so 3 is the one to go
    square(4);
    calls = 0;
    square(2);
    expect(calls).toBe(0);
    square(3);
    expect(calls).toBe(1);
  });
});

describe('documentCache', () => {
  it('builds once per document and key', () => {
    const cache = documentCache<object>(4);
    const [a, b] = [newDocument(), newDocument()];
    let builds = 0;
    const build = () => (builds++, {});
    const first = cache(a, 'k', build);
    expect(cache(a, 'k', build)).toBe(first);
    expect(cache(b, 'k', build)).not.toBe(first);
    expect(builds).toBe(2);
  });

  it('keeps an entry in use while other keys come and go', () => {
    const cache = documentCache<object>(2);
    const doc = newDocument();
    let builds = 0;
    const build = () => (builds++, {});
    const hot = cache(doc, 'hot', build);
    // A figure redraws with its base every frame while other figures add bases of their own.
    for (const key of ['a', 'b', 'c', 'd']) {
      cache(doc, key, build);
      expect(cache(doc, 'hot', build)).toBe(hot);
    }
    expect(builds).toBe(5);
    // Beyond its size the least recently used goes: 'c' was used before 'd' and 'hot'.
    cache(doc, 'c', build);
    expect(builds).toBe(6);
  });
});
