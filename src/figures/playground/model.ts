import { collapse, fitLine, paramsAt, predict, type ActivationName, type LineFit, type Network, type Trajectory } from '../../nn/index.ts';
import { memoize } from '../kit/compute/memoize.ts';
import type { XYDataset } from '../kit/data/dataset.ts';
import { datasetIn } from '../kit/data/edits.ts';
import { trajectoryFor, type TrainingJob } from '../kit/training/trajectories.ts';
import { dataOf, divergedAfterOnce, jobOf, networkAt, runOf, stepShown, type Run } from './run.ts';
import type { State } from './state.ts';

export { startFromWeights } from './run.ts';
export type { Run } from './run.ts';

export function jobsOf(state: State): TrainingJob[] {
  return [jobOf(runOf(state, 1))];
}

/** Activations whose output is straight pieces: a network of only these bends at corners, which can be counted. */
const PIECEWISE_LINEAR: readonly ActivationName[] = ['identity', 'relu', 'leakyRelu'];

export interface Model {
  data: XYDataset;
  run: Run;
  trajectory: Trajectory;
  /** The last step before the run blew up, or null. */
  divergedAfter: number | null;
  /** The step drawn: the scrubber's, or the last good one when training blew up before it. */
  step: number;
  net: Network;
  loss: number;
  /** The best straight line through the data, the floor an all-linear network cannot go below. */
  best: LineFit;
  /** Every hidden layer is linear (or there is none): the network is one line, `collapsed`. */
  collapsed: { w: number; b: number } | null;
  /** Where the first layer's ReLU neurons switch on, inside the x axis (the hinges the output can bend at). */
  hinges: number[];
  /** Corners of the output inside the x axis, for piecewise-linear networks; null for smooth ones. */
  bends: number | null;
}

/** Counts the corners of a piecewise-linear curve, sampled finely: places where its slope changes. */
export function countBends(net: Network, [x0, x1]: readonly [number, number], samples = 2000): number {
  const xs = Float64Array.from({ length: samples + 1 }, (_, k) => x0 + ((x1 - x0) * k) / samples);
  const ys = predict(net, xs);
  const dx = (x1 - x0) / samples;
  const slopes = Array.from({ length: samples }, (_, k) => (ys[k + 1] - ys[k]) / dx);
  const scale = Math.max(1e-9, ...slopes.map(Math.abs));
  let bends = 0;
  let inCorner = false;
  for (let k = 1; k < samples; k++) {
    // A corner inside one sample interval bends that interval's slope and the next one's: count the run once.
    const corner = Math.abs(slopes[k] - slopes[k - 1]) > 1e-6 * scale;
    if (corner && !inCorner) bends++;
    inCorner = corner;
  }
  return bends;
}

/** The first hidden layer's hinges, x = −b/w, inside the axis; only for a ReLU-family first layer. */
function hingesOf(net: Network, activations: readonly ActivationName[], [x0, x1]: readonly [number, number]): number[] {
  if (activations[0] !== 'relu' && activations[0] !== 'leakyRelu') return [];
  const n = net.sizes[1];
  const hinges: number[] = [];
  for (let j = 0; j < n; j++) {
    const w = net.params[j];
    const x = -net.params[n + j] / w;
    if (w !== 0 && x > x0 && x < x1) hinges.push(x);
  }
  return hinges.sort((a, b) => a - b);
}

const bestOf = memoize((choice: { dataset: string; points: string }): LineFit => fitLine(dataOf({ inputs: 1, ...choice })), 4);

export function compute(state: State): Model {
  const run = runOf(state, 1);
  const data = datasetIn(state);
  const trajectory = trajectoryFor(jobOf(run));
  const divergedAfter = divergedAfterOnce(trajectory);
  const step = stepShown(state.progress, run, trajectory, divergedAfter);
  const net = networkAt(run, paramsAt(trajectory, step).slice());
  const linear = run.activations.every((a) => a === 'identity');
  const layer = linear ? collapse(net) : null;
  return {
    data,
    run,
    trajectory,
    divergedAfter,
    step,
    net,
    loss: trajectory.loss[step],
    best: bestOf({ dataset: state.dataset, points: state.points }),
    collapsed: layer && { w: layer.weights[0], b: layer.biases[0] },
    hinges: hingesOf(net, run.activations, data.xDomain),
    bends: run.activations.every((a) => PIECEWISE_LINEAR.includes(a)) ? countBends(net, data.xDomain) : null,
  };
}
