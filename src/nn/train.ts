/**
 * Training: repeat "compute the gradient, take a step", and record the way
 * down (the loss after every step and, optionally, snapshots of the params)
 * so a figure can replay it with a slider.
 *
 * All buffers are allocated before the first step; a step allocates nothing.
 * Parameters live in two arrays that swap roles: a step writes its result
 * into the spare one, so if that result is not finite (or gives a non-finite
 * loss) we still hold the last good parameters and stop there.
 */

import { checkDataFits, checkNetwork } from './validate.ts';
import type { Data } from './data.ts';
import { forwardInto } from './forward.ts';
import { lossAndGradientInto } from './gradient.ts';
import { checkLoss, lossInto } from './loss.ts';
import type { LossName } from './loss.ts';
import type { Network } from './network.ts';
import { createOptimizer, optimizerDefaults, optimizerNames, optimizerStep } from './optimizers.ts';
import type { OptimizerName } from './optimizers.ts';
import { createRng, shuffleInPlace } from './rng.ts';
import {
  checkFinite,
  checkFinitePositive,
  checkInRange,
  checkNonNegativeInteger,
  checkOneOf,
  checkOptions,
  checkPositiveInteger,
  orDefault,
  show,
} from './validate.ts';

import { createWorkspace, transpose } from './workspace.ts';

/** Options for `train`. */
export interface TrainOptions {
  /** Number of optimizer steps (a non-negative integer). */
  steps: number;
  /** Step size η (finite, > 0). */
  learningRate: number;
  /** `'sgd'` (default), `'momentum'` or `'adam'`. */
  optimizer?: OptimizerName;
  /** `'mse'` (default) or `'bce'` (needs a sigmoid output). */
  loss?: LossName;
  /** Examples per step. Default: all of them (full batch). Smaller batches are drawn without replacement, reshuffled each epoch. */
  batchSize?: number;
  /** Keep the params of every `record`-th step (plus the first and the last). Default 0: keep none. */
  record?: number;
  /** Seed of the minibatch order. Default 1. (Full-batch training uses no randomness.) */
  seed?: number;
  /** Momentum μ for `'momentum'`, in [0, 1). Default 0.9. */
  momentum?: number;
  /** Adam β₁, in [0, 1). Default 0.9. */
  beta1?: number;
  /** Adam β₂, in [0, 1). Default 0.999. */
  beta2?: number;
  /** Adam ε, > 0. Default 1e-8. */
  epsilon?: number;
}

/** What happened during training. */
export interface Trajectory {
  /**
   * Recorded params: rows of `paramCount` numbers, one row per entry of
   * `recordedSteps` (steps 0, k, 2k, … and `stoppedAt`). Empty if `record` was 0.
   * Read a row with `paramsAt`.
   */
  params: Float64Array;
  /** The step of each recorded row, increasing. */
  recordedSteps: Uint32Array;
  /**
   * loss[s] = loss on the whole dataset after s steps; loss[0] is the loss
   * of the initial params. Length stoppedAt + 1, every value finite.
   * (With minibatches this costs one extra forward pass per step, so the
   * curve shows the true loss rather than the noisy batch loss.)
   */
  loss: Float64Array;
  /** True if a step produced a non-finite parameter or loss, and training stopped early. */
  diverged: boolean;
  /** The last good step: `steps` if training finished, else the step before the blow-up. */
  stoppedAt: number;
  /** The `record` option (0: nothing recorded). */
  recordEvery: number;
  /** Parameters per recorded row (= net.params.length). */
  paramCount: number;
}

/**
 * Train `net` on `data` in place: `net.params` ends at the params of step
 * `stoppedAt` (the last good step). Returns the trajectory.
 *
 * Throws if the loss of the initial params is already not finite.
 *
 * @example
 * const net = createNetwork({ sizes: [1, 8, 1], activation: 'relu' });
 * const traj = train(net, datasets.v(), { steps: 500, learningRate: 0.05, record: 10 });
 * traj.loss[500];        // final loss
 * paramsAt(traj, 250);   // params after 250 steps
 */
export function train(net: Network, data: Data, options: TrainOptions): Trajectory {
  const who = 'train';
  checkNetwork(net, who);
  checkDataFits(net, data, who);
  const o = checkOptions(options, who, 'options');
  const steps = checkNonNegativeInteger(o.steps, who, 'steps');
  const learningRate = checkFinitePositive(o.learningRate, who, 'learningRate');
  const optimizer = checkOneOf(orDefault(o.optimizer, 'sgd'), optimizerNames, who, 'optimizer');
  const loss = checkLoss(orDefault(o.loss, 'mse'), net, data, who);
  const n = data.count;
  const batchSize = checkPositiveInteger(orDefault(o.batchSize, n), who, 'batchSize');
  if (batchSize > n) {
    throw new RangeError(`${who}: batchSize must be at most data.count (${n}), got ${batchSize}`);
  }
  const record = checkNonNegativeInteger(orDefault(o.record, 0), who, 'record');
  const seed = checkFinite(orDefault(o.seed, 1), who, 'seed');
  const settings = {
    learningRate,
    momentum: checkInRange(orDefault(o.momentum, optimizerDefaults.momentum), 0, 1, who, 'momentum'),
    beta1: checkInRange(orDefault(o.beta1, optimizerDefaults.beta1), 0, 1, who, 'beta1'),
    beta2: checkInRange(orDefault(o.beta2, optimizerDefaults.beta2), 0, 1, who, 'beta2'),
    epsilon: checkFinitePositive(orDefault(o.epsilon, optimizerDefaults.epsilon), who, 'epsilon'),
  };

  // ---- allocate everything up front ----
  const P = net.params.length;
  const ws = createWorkspace(net, n);
  const opt = createOptimizer(optimizer, P, settings);
  const gradient = new Float64Array(P);
  let current = net.params.slice();
  let spare = new Float64Array(P);
  const losses = new Float64Array(steps + 1);
  const rows = record === 0 ? 0 : Math.floor(steps / record) + 1 + (steps % record === 0 ? 0 : 1);
  const recorded = new Float64Array(rows * P);
  const recordedSteps = new Uint32Array(rows);
  let rowCount = 0;
  const keep = (step: number, params: Float64Array) => {
    recorded.set(params, rowCount * P);
    recordedSteps[rowCount++] = step;
  };

  // The kernels want neuron-major data (see workspace.ts): transpose once.
  const inSize = data.inputSize;
  const outSize = data.outputSize;
  const inputs = transpose(data.inputs, n, inSize);
  const targets = transpose(data.targets, n, outSize);
  const minibatch = batchSize < n;
  const batchInputs = new Float64Array(minibatch ? batchSize * inSize : 0);
  const batchTargets = new Float64Array(minibatch ? batchSize * outSize : 0);
  const order = new Uint32Array(minibatch ? n : 0).map((_, k) => k);
  const rng = createRng(seed);
  let cursor = n; // position in `order`; n means "reshuffle first"

  /** Full-data loss of `params` (and, with `withGradient`, its gradient). */
  const fullLoss = (params: Float64Array, withGradient: boolean): number => {
    if (withGradient) return lossAndGradientInto(ws, params, inputs, targets, n, loss, gradient);
    forwardInto(ws, params, inputs, n);
    return lossInto(ws, loss, targets, n, false);
  };

  // ---- step 0 ----
  // Full batch: the gradient comes with the loss, so compute it now unless there are no steps.
  let value = fullLoss(current, !minibatch && steps > 0);
  if (!Number.isFinite(value)) {
    throw new RangeError(`${who}: the loss of the initial net.params is not finite (${show(value)})`);
  }
  losses[0] = value;
  if (record > 0) keep(0, current);

  // ---- the loop ----
  let stoppedAt = steps;
  let diverged = false;
  for (let step = 1; step <= steps; step++) {
    if (minibatch) {
      if (cursor + batchSize > n) {
        shuffleInPlace(order, rng);
        cursor = 0;
      }
      // Gather the batch, keeping the neuron-major layout: value i of batch example b is at i·batchSize + b.
      for (let b = 0; b < batchSize; b++) {
        const s = order[cursor++];
        for (let i = 0; i < inSize; i++) batchInputs[i * batchSize + b] = inputs[i * n + s];
        for (let k = 0; k < outSize; k++) batchTargets[k * batchSize + b] = targets[k * n + s];
      }
      lossAndGradientInto(ws, current, batchInputs, batchTargets, batchSize, loss, gradient);
    }
    let ok = optimizerStep(opt, current, gradient, spare);
    if (ok) {
      value = fullLoss(spare, !minibatch && step < steps);
      ok = Number.isFinite(value);
    }
    if (!ok) {
      diverged = true;
      stoppedAt = step - 1;
      break;
    }
    const previous = current;
    current = spare;
    spare = previous;
    losses[step] = value;
    if (record > 0 && step % record === 0) keep(step, current);
  }

  if (record > 0 && stoppedAt % record !== 0) keep(stoppedAt, current);
  net.params.set(current);
  const done = stoppedAt === steps;
  return {
    params: done ? recorded : recorded.slice(0, rowCount * P),
    recordedSteps: done ? recordedSteps : recordedSteps.slice(0, rowCount),
    loss: done ? losses : losses.slice(0, stoppedAt + 1),
    diverged,
    stoppedAt,
    recordEvery: record,
    paramCount: P,
  };
}

/**
 * The recorded params at `step`, or at the nearest recorded step below it
 * (steps past the end give the last row). A view into `traj.params`: copy it
 * (`.slice()`) before changing it.
 */
export function paramsAt(traj: Trajectory, step: number): Float64Array {
  const who = 'paramsAt';
  if (traj === null || typeof traj !== 'object' || !(traj.params instanceof Float64Array)) {
    throw new TypeError(`${who}: traj must be a trajectory from train, got ${show(traj)}`);
  }
  checkNonNegativeInteger(step, who, 'step');
  if (traj.recordEvery === 0 || traj.recordedSteps.length === 0) {
    throw new RangeError(`${who}: traj has no recorded params (train was called with record: 0)`);
  }
  const last = traj.recordedSteps.length - 1;
  const row = step >= traj.stoppedAt ? last : Math.floor(step / traj.recordEvery);
  return traj.params.subarray(row * traj.paramCount, (row + 1) * traj.paramCount);
}
