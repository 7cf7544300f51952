/**
 * Tiny seeded datasets for the essay.
 *
 * 1-D regression (one input x, one target y; x evenly spaced on
 * [xMin, xMax] = [−3, 3] by default; Gaussian noise of std `noise` added to y):
 *   line     y = slope·x + intercept           (0.5x + 1: y ∈ [−0.5, 2.5])
 *   u        y = curvature·x²                   (0.5x²: y ∈ [0, 4.5])
 *   v        y = |x|                            (y ∈ [0, 3])
 *   sine     y = amplitude·sin(frequency·x)     (y ∈ [−1, 1])
 *   plateau  y = height·(σ(k(x + w)) − σ(k(x − w)))   a smooth flat-topped bump
 *            (height 2, half-width w = 1.5, sharpness k = 4: y ∈ [0, 2])
 *
 * 2-D classification (inputs (x₁, x₂) within about [−1.5, 1.5]², targets 0 or 1,
 * Gaussian noise of std `noise` added to the inputs; classes alternate, so
 * they are balanced):
 *   xor      uniform in the square, class 1 where x₁ and x₂ have opposite signs
 *            (points keep a `margin` from the axes)
 *   circle   class 1 in the disk r < 0.6, class 0 in the ring 0.9 < r < 1.5
 *   moons    two interleaving half-circles of radius 1 (as in scikit-learn), centred
 *   spiral   two interleaved spirals, radius 0 → 1.5 over `turns` turns
 *
 * Every generator takes { count, noise, seed } plus its shape options; all
 * have defaults. The same options always give the same numbers.
 */

import { sigmoid } from './activations.ts';
import { checkData } from './validate.ts';
import type { Dataset } from './data.ts';
import { createRng, normal } from './rng.ts';
import type { Rng } from './rng.ts';
import { checkFinite, checkOptions, checkPositiveInteger, orDefault } from './validate.ts';

/** Options every generator takes. */
export interface DatasetOptions {
  /** Number of examples. Default 40 for 1-D data, 200 for 2-D. */
  count?: number;
  /** Standard deviation of the Gaussian noise (on y for 1-D data, on the inputs for 2-D data). Default 0.1. */
  noise?: number;
  /** Seed of the noise (and of the sampled points for xor and circle). Default 1. */
  seed?: number;
}

/** Options of the 1-D generators. */
export interface Range1DOptions extends DatasetOptions {
  /** Smallest x. Default −3. */
  xMin?: number;
  /** Largest x. Default 3. */
  xMax?: number;
}

/** Options of `line`. */
export interface LineOptions extends Range1DOptions {
  /** Default 0.5. */
  slope?: number;
  /** Default 1. */
  intercept?: number;
}

/** Options of `u`. */
export interface UOptions extends Range1DOptions {
  /** y = curvature·x². Default 0.5. */
  curvature?: number;
}

/** Options of `sine`. */
export interface SineOptions extends Range1DOptions {
  /** Default 1. */
  amplitude?: number;
  /** Default 1. */
  frequency?: number;
}

/** Options of `plateau`. */
export interface PlateauOptions extends Range1DOptions {
  /** Height of the plateau. Default 2. */
  height?: number;
  /** Half-width w: the plateau spans about [−w, w]. Default 1.5. */
  width?: number;
  /** Steepness k of its edges. Default 4. */
  sharpness?: number;
}

/** Options of `xor`. */
export interface XorOptions extends DatasetOptions {
  /** Minimum distance of (noise-free) points from the axes. Default 0.1. */
  margin?: number;
}

/** Options of `spiral`. */
export interface SpiralOptions extends DatasetOptions {
  /** Turns of each arm. Default 1.25. */
  turns?: number;
}

/** Names of the generators. */
export type DatasetName = 'line' | 'u' | 'v' | 'sine' | 'plateau' | 'xor' | 'circle' | 'moons' | 'spiral';

/** Every dataset name: the 1-D regression sets, then the 2-D classification sets. */
export const datasetNames: readonly DatasetName[] = [
  'line',
  'u',
  'v',
  'sine',
  'plateau',
  'xor',
  'circle',
  'moons',
  'spiral',
];

/** Options accepted by each generator, by name. */
export interface DatasetOptionsByName {
  line: LineOptions;
  u: UOptions;
  v: Range1DOptions;
  sine: SineOptions;
  plateau: PlateauOptions;
  xor: XorOptions;
  circle: DatasetOptions;
  moons: DatasetOptions;
  spiral: SpiralOptions;
}

// ---------------------------------------------------------------- 1-D

/** Points on y = slope·x + intercept. */
function line(options: LineOptions = {}): Dataset {
  const slope = optional(options, 'slope', 0.5, 'line');
  const intercept = optional(options, 'intercept', 1, 'line');
  return curve('line', options, (x) => slope * x + intercept);
}

/** A U: points on the parabola y = curvature·x². */
function u(options: UOptions = {}): Dataset {
  const curvature = optional(options, 'curvature', 0.5, 'u');
  return curve('u', options, (x) => curvature * x * x);
}

/** A V: points on y = |x|. */
function v(options: Range1DOptions = {}): Dataset {
  return curve('v', options, Math.abs);
}

/** Points on y = amplitude·sin(frequency·x). */
function sine(options: SineOptions = {}): Dataset {
  const amplitude = optional(options, 'amplitude', 1, 'sine');
  const frequency = optional(options, 'frequency', 1, 'sine');
  return curve('sine', options, (x) => amplitude * Math.sin(frequency * x));
}

/** A smooth plateau: low, a flat top of height `height` on about [−width, width], low again. */
function plateau(options: PlateauOptions = {}): Dataset {
  const height = optional(options, 'height', 2, 'plateau');
  const width = optional(options, 'width', 1.5, 'plateau');
  const k = optional(options, 'sharpness', 4, 'plateau');
  return curve('plateau', options, (x) => height * (sigmoid(k * (x + width)) - sigmoid(k * (x - width))));
}

/** Shared 1-D generator: evenly spaced x, y = f(x) + noise. */
function curve(name: DatasetName, options: Range1DOptions, f: (x: number) => number): Dataset {
  const { count, noise, rng } = common(name, options, 40);
  const xMin = optional(options, 'xMin', -3, name);
  const xMax = optional(options, 'xMax', 3, name);
  if (!(xMax > xMin)) throw new RangeError(`${name}: xMax (${xMax}) must be greater than xMin (${xMin})`);
  const inputs = new Float64Array(count);
  const targets = new Float64Array(count);
  for (let s = 0; s < count; s++) {
    const x = count === 1 ? (xMin + xMax) / 2 : xMin + ((xMax - xMin) * s) / (count - 1);
    inputs[s] = x;
    targets[s] = f(x) + (noise > 0 ? noise * normal(rng) : 0);
  }
  return finish({ inputs, targets, count, inputSize: 1, outputSize: 1, name });
}

// ---------------------------------------------------------------- 2-D

/** XOR: class 1 where the two coordinates have opposite signs. */
function xor(options: XorOptions = {}): Dataset {
  const { count, noise, rng } = common('xor', options, 200);
  const margin = optional(options, 'margin', 0.1, 'xor');
  if (margin < 0 || margin >= 1.5) throw new RangeError(`xor: margin must be in [0, 1.5), got ${margin}`);
  return points('xor', count, (s) => {
    const label = s % 2;
    const sx = rng() < 0.5 ? -1 : 1;
    const sy = label === 1 ? -sx : sx; // opposite signs ⇔ class 1
    const x = sx * (margin + (1.5 - margin) * rng());
    const y = sy * (margin + (1.5 - margin) * rng());
    return [x + noise * normal(rng), y + noise * normal(rng), label];
  });
}

/** A disk of class 1 (r < 0.6) inside a ring of class 0 (0.9 < r < 1.5). */
function circle(options: DatasetOptions = {}): Dataset {
  const { count, noise, rng } = common('circle', options, 200);
  return points('circle', count, (s) => {
    const label = (s + 1) % 2; // start with an inner point
    // Uniform over the area: r = √(uniform in [r0², r1²]).
    const [r0, r1] = label === 1 ? [0, 0.6] : [0.9, 1.5];
    const r = Math.sqrt(r0 * r0 + (r1 * r1 - r0 * r0) * rng());
    const angle = 2 * Math.PI * rng();
    return [r * Math.cos(angle) + noise * normal(rng), r * Math.sin(angle) + noise * normal(rng), label];
  });
}

/** Two interleaving half-moons (scikit-learn's make_moons), shifted so they centre on the origin. */
function moons(options: DatasetOptions = {}): Dataset {
  const { count, noise, rng } = common('moons', options, 200);
  const perMoon = Math.ceil(count / 2);
  return points('moons', count, (s) => {
    const label = s % 2;
    const t = perMoon === 1 ? 0 : (Math.PI * Math.floor(s / 2)) / (perMoon - 1);
    // Upper moon (class 0) centred at (0, 0), lower moon (class 1) at (1, 0.5); then shift by (−0.5, −0.25).
    const x = label === 0 ? Math.cos(t) : 1 - Math.cos(t);
    const y = label === 0 ? Math.sin(t) : 0.5 - Math.sin(t);
    return [x - 0.5 + noise * normal(rng), y - 0.25 + noise * normal(rng), label];
  });
}

/** Two spirals winding out from the centre, one per class, half a turn apart. */
function spiral(options: SpiralOptions = {}): Dataset {
  const { count, noise, rng } = common('spiral', options, 200);
  const turns = optional(options, 'turns', 1.25, 'spiral');
  if (!(turns > 0)) throw new RangeError(`spiral: turns must be positive, got ${turns}`);
  const perArm = Math.ceil(count / 2);
  return points('spiral', count, (s) => {
    const label = s % 2;
    const fraction = perArm === 1 ? 0 : Math.floor(s / 2) / (perArm - 1); // 0 → 1 along the arm
    const r = 1.5 * fraction;
    const angle = 2 * Math.PI * turns * fraction + Math.PI * label;
    return [r * Math.cos(angle) + noise * normal(rng), r * Math.sin(angle) + noise * normal(rng), label];
  });
}

/** Shared 2-D generator: `point(s)` returns [x₁, x₂, label] of example s. */
function points(name: DatasetName, count: number, point: (s: number) => [number, number, number]): Dataset {
  const inputs = new Float64Array(2 * count);
  const targets = new Float64Array(count);
  for (let s = 0; s < count; s++) {
    const [x1, x2, label] = point(s);
    inputs[2 * s] = x1;
    inputs[2 * s + 1] = x2;
    targets[s] = label;
  }
  return finish({ inputs, targets, count, inputSize: 2, outputSize: 1, name });
}


// ---------------------------------------------------------------- helpers

/** Read and check count, noise and seed; build the rng. */
function common(name: string, options: DatasetOptions, defaultCount: number): { count: number; noise: number; rng: Rng } {
  checkOptions(options, name, 'options');
  const count = checkPositiveInteger(orDefault(options.count, defaultCount), name, 'count');
  const noise = checkFinite(orDefault(options.noise, 0.1), name, 'noise');
  if (noise < 0) throw new RangeError(`${name}: noise must be ≥ 0, got ${noise}`);
  const seed = checkFinite(orDefault(options.seed, 1), name, 'seed');
  return { count, noise, rng: createRng(seed) };
}

/** Read a numeric shape option with its default. */
function optional<T extends object>(options: T, key: keyof T & string, fallback: number, name: string): number {
  const value = (options as Record<string, unknown>)[key];
  if (value === undefined) return fallback;
  return checkFinite(value, name, key);
}

/** Final consistency check (cheap; catches non-finite values from extreme options). */
function finish(data: Dataset): Dataset {
  checkData(data, data.name, 'result');
  return data;
}

/**
 * The one way to make a generated dataset: `datasets.moons({ count: 100 })`, or `datasets[name](options)` for a
 * name chosen at run time. (Your own numbers: `createDataset` in data.ts.)
 */
// Pure: freezing has no effect a bundle needs, so a bundle that never uses `datasets` (the training worker) drops it.
export const datasets: { readonly [N in DatasetName]: (options?: DatasetOptionsByName[N]) => Dataset } = /* @__PURE__ */ Object.freeze({
  line,
  u,
  v,
  sine,
  plateau,
  xor,
  circle,
  moons,
  spiral,
});
