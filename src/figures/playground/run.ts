/**
 * A playground run, for one input or two: everything that decides it, the training job it is, a weights file
 * as its start, and which recorded step to show. Both playgrounds' models build on this (model.ts, and
 * playground-classes/model.ts).
 */
import { createNetwork, hiddenActivationsOf, type ActivationName, type Dataset, type Network, type Trajectory } from '../../nn/index.ts';
import { memoize } from '../kit/compute/memoize.ts';
import { classData, xyData } from '../kit/data/dataset.ts';
import { classDatasetIn, datasetIn } from '../kit/data/edits.ts';
import { divergedAfter } from '../kit/training/divergence.ts';
import { trainingData, type TrainingJob } from '../kit/training/trajectories.ts';
import { layersOf, RECORDS, type NetworkState } from './network-props.ts';

/** Everything that decides a run: the data, the network's shape, the optimiser and the seed (not the step shown). */
export interface Run {
  /** 1: a curve through (x, y) points, squared error; 2: two classes in the plane, sigmoid output, cross-entropy. */
  inputs: 1 | 2;
  dataset: string;
  points: string;
  sizes: number[];
  activations: ActivationName[];
  optimizer: 'sgd' | 'momentum' | 'adam';
  learningRate: number;
  steps: number;
  seed: number;
  /** '' for seeded starting weights; otherwise the key of a loaded weights file the run starts from. */
  start: string;
}

/** A weights file the reader loaded: runs of its exact shape start from its parameters instead of the seed's. */
let loaded: { key: string; sizes: readonly number[]; activations: readonly ActivationName[]; params: Float64Array } | null = null;
let loads = 0;

/**
 * Makes runs of `net`'s shape start from its weights (null: from the seed again). Not state: a link carries the
 * configuration and the data, and the page says a loaded file does not travel with it.
 */
export function startFromWeights(net: Network | null): void {
  loaded = net && { key: `file-${++loads}`, sizes: net.sizes.slice(), activations: hiddenActivationsOf(net), params: net.params.slice() };
}

const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((v, k) => v === b[k]);

export function runOf(state: NetworkState, inputs: 1 | 2): Run {
  const layers = layersOf(state);
  const sizes = [inputs, ...layers.map((l) => l.width), 1];
  const activations = layers.map((l) => l.activation);
  const fromFile = loaded !== null && sameList(loaded.sizes, sizes) && sameList(loaded.activations, activations);
  return {
    inputs,
    dataset: state.dataset,
    points: state.points,
    sizes,
    activations,
    optimizer: state.optimizer,
    learningRate: Number(state.learningRate),
    steps: Number(state.steps),
    seed: state.seed,
    start: fromFile ? loaded!.key : '',
  };
}

/** The output's activation: a probability for two classes, the value itself for a curve. */
export const outputOf = (run: Pick<Run, 'inputs'>) => (run.inputs === 2 ? 'sigmoid' : 'identity');

export const dataOf = memoize(
  ({ inputs, dataset, points }: Pick<Run, 'inputs' | 'dataset' | 'points'>): Dataset => (inputs === 2 ? classData(classDatasetIn({ dataset, points })) : xyData(datasetIn({ dataset, points }))),
  4,
);

/**
 * The run as a job: seeded starting weights with biases spread (so a ReLU layer's hinges start apart, not all at
 * one place), full-batch training, parameters kept RECORDS times. Memoized on the run's fields, so a drag's frames
 * and a scrub share one job and its key.
 */
export const jobOf = memoize((run: Run): TrainingJob => {
  const { sizes, activations } = run;
  const output = outputOf(run);
  const start = createNetwork({ sizes, activation: activations[0] ?? 'identity', hiddenActivations: activations, output, seed: run.seed, biasStd: 0.5 });
  const params = run.start && run.start === loaded?.key ? loaded.params : start.params;
  return {
    sizes,
    activation: start.activation,
    hiddenActivations: activations,
    output,
    params: Array.from(params),
    ...trainingData(dataOf(run)),
    options: { steps: run.steps, learningRate: run.learningRate, optimizer: run.optimizer, record: run.steps / RECORDS, ...(run.inputs === 2 ? { loss: 'bce' as const } : {}) },
  };
}, 8);

/**
 * Where each trajectory blew up, found once per trajectory. Keyed by the trajectory, not the run: while a dragged
 * point's run trains, the kit hands out a warm-started stand-in, and the real one must replace it when it lands.
 */
const divergence = new WeakMap<Trajectory, number | null>();
export function divergedAfterOnce(trajectory: Trajectory): number | null {
  if (!divergence.has(trajectory)) divergence.set(trajectory, divergedAfter(trajectory));
  return divergence.get(trajectory)!;
}

/** The step to draw for the scrubber's `progress`: only recorded steps have parameters, and a run that blew up is shown at the last recorded step before it did. */
export function stepShown(progress: number, run: Run, trajectory: Trajectory, diverged: number | null): number {
  const last = diverged ?? trajectory.stoppedAt;
  const every = run.steps / RECORDS;
  return Math.min(progress * every, last === trajectory.stoppedAt ? last : Math.floor(last / every) * every);
}

/** The network at a step of the run. */
export function networkAt(run: Run, params: Float64Array): Network {
  return { sizes: run.sizes, activation: run.activations[0] ?? 'identity', hiddenActivations: run.activations, output: outputOf(run), params };
}
