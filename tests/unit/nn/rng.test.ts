import { describe, expect, test } from 'vitest';
import { createRng, normal, shuffleInPlace } from '../../../src/nn/index.ts';

describe('createRng(seed)', () => {
  test('is deterministic per seed and differs across seeds', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const xs = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(xs);
    expect(Array.from({ length: 5 }, c)).not.toEqual(xs);
    expect(createRng(42)()).toBe(0.6011037519201636); // the value quoted in rng.ts
  });

  test('returns numbers in [0, 1) with mean ≈ 1/2', () => {
    const rng = createRng(1);
    let sum = 0;
    let outside = 0;
    for (let k = 0; k < 20000; k++) {
      const x = rng();
      if (!(x >= 0 && x < 1)) outside++;
      sum += x;
    }
    expect(outside).toBe(0);
    expect(sum / 20000).toBeCloseTo(0.5, 2);
  });

  test('rejects a non-finite seed, naming seed', () => {
    expect(() => createRng(NaN)).toThrow(/seed/);
  });
});

describe('normal(rng)', () => {
  test('has mean ≈ 0 and standard deviation ≈ 1, always finite', () => {
    const rng = createRng(5);
    let sum = 0;
    let squares = 0;
    const n = 20000;
    for (let k = 0; k < n; k++) {
      const x = normal(rng);
      sum += x;
      squares += x * x;
    }
    expect(Number.isFinite(sum + squares)).toBe(true);
    expect(sum / n).toBeCloseTo(0, 1);
    expect(Math.sqrt(squares / n)).toBeCloseTo(1, 1);
  });
});

describe('shuffleInPlace(array, rng)', () => {
  test('permutes the values, deterministically', () => {
    const a = shuffleInPlace(Uint32Array.from({ length: 20 }, (_, k) => k), createRng(3));
    const b = shuffleInPlace(Uint32Array.from({ length: 20 }, (_, k) => k), createRng(3));
    expect([...a]).toEqual([...b]);
    expect([...a].sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, k) => k));
    expect([...a]).not.toEqual(Array.from({ length: 20 }, (_, k) => k));
  });
});
