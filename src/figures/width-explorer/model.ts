import { createNetwork, fitLine, paramsAt, type Dataset, type LineFit, type Network } from '../../nn/index.ts';
import { memoize } from '../kit/compute/memoize.ts';
import { xyData, type Point } from '../kit/data/dataset.ts';
import { dataChoiceOf, datasetIn, type DataChoice } from '../kit/data/edits.ts';
import { domainFor } from '../kit/data/domain.ts';
import { trajectoryFor, type TrainingJob, trainingData } from '../kit/training/trajectories.ts';
import { WIDTHS, type State } from './state.ts';

export const X_DOMAIN: [number, number] = [-3, 3];
// Every width gets the same budget: long enough that wide networks settle, short enough to build quickly.
const STEPS = 1500;
const LEARNING_RATE = 0.02;
const SEED = 1;

/** The published points, or the reader's edit of them. */
export const dataOf = memoize((choice: DataChoice): Dataset => xyData(datasetIn(choice)), 4);

/**
 * Memoized, with room for every width of a few versions of the data: each frame asks for one job per charted
 * width, and getting the same objects back keeps their keys computed once.
 */
const jobFor = memoize(
  ({ dataset, points, width }: { dataset: string; points: string; width: number }): TrainingJob => {
    const data = dataOf({ dataset, points });
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

export function jobOf(state: State, width: number): TrainingJob {
  return jobFor({ ...dataChoiceOf(state), width });
}

export function widthsFor(state: State): number[] {
  return (WIDTHS as readonly number[]).includes(state.width) ? [...WIDTHS] : [...WIDTHS, state.width].sort((a, b) => a - b);
}

export interface WidthLoss {
  width: number;
  loss: number;
}

/**
 * Every width's job, in the same order for the same data: the element trains those not trained yet, and while
 * a reader drags a point each gets a warm-started stand-in from the one drawn in the same place.
 */
export function jobsOf(state: State): TrainingJob[] {
  return widthsFor(state).map((width) => jobOf(state, width));
}

/** The trained (or standing-in) network of one width: its final loss and parameters. */
function finalOf(job: TrainingJob): { loss: number; params: Float64Array } {
  const t = trajectoryFor(job);
  return { loss: t.loss[t.stoppedAt], params: paramsAt(t, t.stoppedAt) };
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
  /** The y axis: the published data's range, grown to hold the reader's points. */
  yDomain: [number, number];
}

/** The data's range with some room, from the published points: an edit keeps it while it stays inside. */
const yDomainOf = memoize(({ dataset, points }: DataChoice): [number, number] => {
  const ys = Array.from(dataOf({ dataset, points: '' }).targets);
  const pad = (Math.max(...ys) - Math.min(...ys)) * 0.15;
  const published: [number, number] = [Math.min(...ys) - pad, Math.max(...ys) + pad];
  return points ? domainFor(published, Array.from(dataOf({ dataset, points }).targets)) : published;
}, 4);

export function compute(state: State): Model {
  const choice = dataChoiceOf(state);
  const data = dataOf(choice);
  const curve = widthsFor(state).map((width) => ({ width, loss: finalOf(jobOf(state, width)).loss }));
  const { loss, params } = finalOf(jobOf(state, state.width));
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
    net: { sizes: [1, n, 1], activation: 'relu', output: 'identity', params: params.slice() },
    loss,
    bends,
    curve,
    yDomain: yDomainOf(choice),
  };
}
