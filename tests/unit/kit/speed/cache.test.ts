import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { documentCache } from '../../../../src/figures/kit/speed/cache.ts';
import { memoize } from '../../../../src/figures/kit/compute/memoize.ts';
import { keyOf } from '../../../../src/figures/kit/speed/key.ts';

const newDocument = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;

describe('memoize', () => {
  it('computes once per key and drops the least recently used beyond its size', () => {
    let calls = 0;
    const square = memoize((n: number) => (calls++, n * n), 2);
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

describe('keyOf', () => {
  it('gives the same key for the same data, whatever the order of fields', () => {
    expect(keyOf({ a: 1, b: [2, 3], c: 'x' })).toBe(keyOf({ c: 'x', b: [2, 3], a: 1 }));
    expect(keyOf(Float64Array.from({ length: 40 }, (_, i) => i / 7))).toBe(keyOf(Float64Array.from({ length: 40 }, (_, i) => i / 7)));
  });

  it('gives a new key when any input changes', () => {
    const base = { width: 600, height: 300, xDomain: [0, 10], yDomain: [-1, 1], xLabel: 'x', grid: true, curve: Float64Array.from({ length: 200 }, (_, i) => Math.sin(i)) };
    const keys = new Set([keyOf(base)]);
    const variants: Record<string, unknown>[] = [
      { ...base, width: 601 },
      { ...base, xDomain: [0, 10.000000001] },
      { ...base, yDomain: [-1, 1, 0] },
      { ...base, xLabel: 'x ' },
      { ...base, grid: false },
      { ...base, grid: undefined },
      { ...base, extra: 0 },
      { ...base, curve: base.curve.map((v, i) => (i === 199 ? v + 1e-12 : v)) },
      { ...base, curve: base.curve.subarray(1) },
      { ...base, width: '600' },
      { ...base, yDomain: [-0, 1].map((v) => -v) },
    ];
    for (const variant of variants) keys.add(keyOf(variant));
    expect(keys.size).toBe(variants.length + 1);
  });

  it('refuses a function: the data it depends on must be passed instead', () => {
    expect(() => keyOf({ pattern: (x: number) => x })).toThrow(/cannot be part of a cache key/);
  });

  it('hashes a long curve given as [x, y] pairs, and tells apart any change to it', () => {
    const curve = Array.from({ length: 400 }, (_, i) => [i / 100, Math.sin(i / 100)]);
    const key = keyOf(curve);
    expect(key.length).toBeLessThan(40);
    expect(keyOf(curve.map((p) => [...p]))).toBe(key);
    const moved = curve.map((p, i) => (i === 399 ? [p[0], p[1] + 1e-12] : p));
    const regrouped = [curve.flat().slice(0, 3), ...curve.slice(2)];
    for (const other of [moved, curve.slice(1), regrouped, [...curve.slice(0, 399), [NaN, NaN]]]) expect(keyOf(other)).not.toBe(key);
  });

  it('refuses objects whose contents a key cannot see: Map, Set, Date, class instances', () => {
    class Box {
      value = 1;
    }
    for (const value of [new Map([['a', 1]]), new Set([1]), new Date(0), new Box()]) expect(() => keyOf({ value })).toThrow(/cannot be part of a cache key/);
    expect(keyOf(Object.assign(Object.create(null), { a: 1 }))).toBe(keyOf({ a: 1 }));
  });
});
