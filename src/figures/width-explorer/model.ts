import { createNetwork, fitLine, paramsAt, type Dataset, type LineFit, type Network } from '../../nn/index.ts';
import { memoize } from '../kit/compute/memoize.ts';
import { xyData, type Point } from '../kit/data/dataset.ts';
import { xyDatasetOf } from '../kit/data/registry.ts';
import { jobKey, trajectoryFor, type TrainingJob, trainingData } from '../kit/training/trajectories.ts';
import { WIDTHS, type State } from './state.ts';

export const X_DOMAIN: [number, number] = [-3, 3];
// Every width gets the same budget: long enough that wide networks settle, short enough to build quickly.
const STEPS = 1500;
const LEARNING_RATE = 0.02;
const SEED = 1;

export const dataOf = memoize((name: State['dataset']): Dataset => xyData(xyDatasetOf(name)), 2);

/**
 * Memoized, with room for every width of both datasets: each frame asks for one job per charted width, and getting the
 * same objects back keeps their keys computed once.
 */
const jobFor = memoize(
  ({ dataset, width }: { dataset: State['dataset']; width: number }): TrainingJob => {
    const data = dataOf(dataset);
    return {
      sizes: [1, width, 1],
      activation: 'relu',
      // Biases spread, so the hinges start apart rather than all at x = 0.
      params: Array.from(createNetwork({ sizes: [1, width, 1], activation: 'relu', seed: SEED, biasStd: 1 }).params),
      ...trainingData(data),
      // Only the trained network is drawn: keep the first and last parameters, nothing between.
      options: { steps: STEPS, learningRate: LEARNING_RATE, optimizer: 'adam', record: STEPS },
    };
  },
  80,
);

export function jobOf(dataset: State['dataset'], width: number): TrainingJob {
  return jobFor({ dataset, width });
}

export function widthsFor(state: State): number[] {
  return (WIDTHS as readonly number[]).includes(state.width) ? [...WIDTHS] : [...WIDTHS, state.width].sort((a, b) => a - b);
}

export interface WidthLoss {
  width: number;
  loss: number;
}

/**
 * Each width's trained result, kept here: a network trained once is never trained again, however many other
 * widths the reader visits (the kit's trajectory cache is shared and small, and this figure has 30-odd jobs).
 */
interface Final {
  loss: number;
  params: Float64Array;
}
const finals = new Map<string, Final>();

function finalOf(job: TrainingJob): Final {
  let final = finals.get(jobKey(job));
  if (!final) {
    const t = trajectoryFor(job);
    final = { loss: t.loss[t.stoppedAt], params: paramsAt(t, t.stoppedAt).slice() };
    finals.set(jobKey(job), final);
  }
  return final;
}

/** The jobs this state still needs: those not trained before. */
export function missingJobs(state: State): TrainingJob[] {
  return widthsFor(state)
    .map((width) => jobOf(state.dataset, width))
    .filter((job) => !finals.has(jobKey(job)));
}

export interface Model {
  points: Point[];
  best: LineFit;
  net: Network;
  loss: number;
  /** Hinges of the chosen network inside the x range: where its output can bend. */
  bends: number;
  /** Final training loss of every charted width (and the chosen one). */
  curve: WidthLoss[];
}

export function compute(state: State): Model {
  const data = dataOf(state.dataset);
  const curve = widthsFor(state).map((width) => ({ width, loss: finalOf(jobOf(state.dataset, width)).loss }));
  const { loss, params } = finalOf(jobOf(state.dataset, state.width));
  const n = state.width;
  let bends = 0;
  for (let i = 0; i < n; i++) {
    const w = params[i];
    const hinge = -params[n + i] / w;
    // A neuron whose output weight is 0 adds no bend, however its line crosses zero.
    if (w !== 0 && params[2 * n + i] !== 0 && hinge > X_DOMAIN[0] && hinge < X_DOMAIN[1]) bends++;
  }
  return {
    points: Array.from(data.inputs, (x, i) => ({ x, y: data.targets[i] })),
    best: fitLine(data),
    net: { sizes: [1, n, 1], activation: 'relu', output: 'identity', params },
    loss,
    bends,
    curve,
  };
}
