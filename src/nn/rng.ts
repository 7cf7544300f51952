/**
 * Seeded randomness. This file is the only source of randomness in the nn
 * module: no `Math.random`, so every figure and test is reproducible from its
 * seed.
 */

/** A function returning uniform numbers in [0, 1), like `Math.random`. */
export type Rng = () => number;

/**
 * Create a small, fast, seeded pseudo-random generator (mulberry32: 32 bits
 * of state, period 2³², good enough for initial weights, noise and shuffles).
 *
 * The same seed always gives the same sequence. Any finite number works as a
 * seed; it is truncated to 32 bits.
 *
 * @example
 * const rng = createRng(42);
 * rng(); // 0.6011037519201636, every time
 */
export function createRng(seed: number): Rng {
  if (typeof seed !== 'number' || !Number.isFinite(seed)) {
    throw new TypeError(`createRng: seed must be a finite number, got ${String(seed)}`);
  }
  let state = seed >>> 0;
  return function next(): number {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One draw from the standard normal distribution N(0, 1), using the
 * Box–Muller transform on two uniform draws from `rng`.
 *
 * (The transform yields two independent normals; we keep one and draw fresh
 * uniforms each call. That wastes a little, but keeps the function stateless.)
 */
export function normal(rng: Rng): number {
  // 1 - u lies in (0, 1], so the logarithm is finite.
  const u = 1 - rng();
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/**
 * Shuffle `array` in place (Fisher–Yates), using `rng`. Returns the array.
 * Used to draw minibatches without replacement.
 */
export function shuffleInPlace<T extends { length: number; [index: number]: number }>(
  array: T,
  rng: Rng,
): T {
  for (let i = array.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const tmp = array[i];
    array[i] = array[j];
    array[j] = tmp;
  }
  return array;
}
