/** Shared helpers for the nn tests. */

import {
  computeLoss,
  createDataset,
  createNetwork,
  createRng,
  forward,
  normal,
  withParams,
} from '../../../src/nn/index.ts';
import type { ActivationName, Dataset, LossName, Network } from '../../../src/nn/index.ts';

/** Central finite-difference gradient of the loss, one parameter at a time. */
export function numericGradient(net: Network, data: Dataset, loss: LossName, h = 1e-5): Float64Array {
  const grad = new Float64Array(net.params.length);
  const params = net.params.slice();
  for (let k = 0; k < params.length; k++) {
    const keep = params[k];
    params[k] = keep + h;
    const up = computeLoss(withParams(net, params), data, loss);
    params[k] = keep - h;
    const down = computeLoss(withParams(net, params), data, loss);
    params[k] = keep;
    grad[k] = (up - down) / (2 * h);
  }
  return grad;
}

/** ‖a − b‖ / (‖a‖ + ‖b‖), 0 when both are 0. */
export function relativeError(a: Float64Array, b: Float64Array): number {
  let diff = 0;
  let na = 0;
  let nb = 0;
  for (let k = 0; k < a.length; k++) {
    diff += (a[k] - b[k]) ** 2;
    na += a[k] ** 2;
    nb += b[k] ** 2;
  }
  const scale = Math.sqrt(na) + Math.sqrt(nb);
  return scale === 0 ? 0 : Math.sqrt(diff) / scale;
}

/** Largest |a[k] − b[k]|. */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let max = 0;
  for (let k = 0; k < a.length; k++) max = Math.max(max, Math.abs(a[k] - b[k]));
  return max;
}

/** Random regression data for a network shape: inputs ~ N(0, 1), targets ~ N(0, 1) (or in [0, 1] for bce). */
export function randomData(inputSize: number, outputSize: number, count: number, seed: number, unit = false): Dataset {
  const rng = createRng(seed);
  const inputs = Array.from({ length: count * inputSize }, () => normal(rng));
  const targets = Array.from({ length: count * outputSize }, () => (unit ? rng() : normal(rng)));
  return createDataset(inputs, targets, inputSize, outputSize, 'random');
}

/** Smallest |z| over the hidden and output pre-activations (how close a forward pass comes to a kink at 0). */
export function closestToKink(net: Network, data: Dataset): number {
  const { z } = forward(net, data.inputs);
  let min = Infinity;
  for (const layer of z) for (const v of layer) min = Math.min(min, Math.abs(v));
  return min;
}

/**
 * A network and data whose pre-activations all stay at least `gap` from 0,
 * so finite differences never straddle a ReLU kink. Tries seeds until one fits.
 */
export function networkAwayFromKinks(
  sizes: number[],
  activation: ActivationName,
  output: ActivationName,
  count: number,
  unitTargets: boolean,
  gap = 1e-3,
): { net: Network; data: Dataset } {
  for (let seed = 1; seed < 1000; seed++) {
    const net = createNetwork({ sizes, activation, output, seed, biasStd: 0.5 });
    const data = randomData(sizes[0], sizes[sizes.length - 1], count, seed + 7919, unitTargets);
    if (closestToKink(net, data) > gap) return { net, data };
  }
  throw new Error('no seed keeps the pre-activations away from 0');
}
