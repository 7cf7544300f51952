import { collapse, createNetwork, fitLine, hiddenActivationsOf, paramsAt, predict, type ActivationName, type Dataset, type LineFit, type Network, type Trajectory } from '../../nn/index.ts';
import { memoize } from '../kit/compute/memoize.ts';
import { xyData, type XYDataset } from '../kit/data/dataset.ts';
import { datasetIn } from '../kit/data/edits.ts';
import { divergedAfter } from '../kit/training/divergence.ts';
import { trajectoryFor, trainingData, type TrainingJob } from '../kit/training/trajectories.ts';
import { layersOf, RECORDS, type State } from './state.ts';

/** Everything that decides a run: the data, the network's shape, the optimiser and the seed (not the step shown). */
export interface Run {
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

export function runOf(state: State): Run {
  const layers = layersOf(state);
  const sizes = [1, ...layers.map((l) => l.width), 1];
  const activations = layers.map((l) => l.activation);
  const fromFile = loaded !== null && sameList(loaded.sizes, sizes) && sameList(loaded.activations, activations);
  return {
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

const dataOf = memoize(({ dataset, points }: { dataset: string; points: string }): Dataset => xyData(datasetIn({ dataset, points })), 4);

/**
 * The run as a job: seeded starting weights with biases spread (so a ReLU layer's hinges start apart, not all at
 * x = 0), full-batch training, parameters kept RECORDS times. Memoized on the run's fields, so a drag's frames and
 * a scrub share one job and its key.
 */
export const jobOf = memoize((run: Run): TrainingJob => {
  const { sizes, activations } = run;
  const start = createNetwork({ sizes, activation: activations[0] ?? 'identity', hiddenActivations: activations, seed: run.seed, biasStd: 0.5 });
  const params = run.start && run.start === loaded?.key ? loaded.params : start.params;
  return {
    sizes,
    activation: start.activation,
    hiddenActivations: activations,
    params: Array.from(params),
    ...trainingData(dataOf(run)),
    options: { steps: run.steps, learningRate: run.learningRate, optimizer: run.optimizer, record: run.steps / RECORDS },
  };
}, 8);

export function jobsOf(state: State): TrainingJob[] {
  return [jobOf(runOf(state))];
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

/**
 * Where each trajectory blew up, found once per trajectory. Keyed by the trajectory, not the run: while a dragged
 * point's run trains, the kit hands out a warm-started stand-in, and the real one must replace it when it lands.
 */
const divergence = new WeakMap<Trajectory, number | null>();
function divergedAfterOnce(trajectory: Trajectory): number | null {
  if (!divergence.has(trajectory)) divergence.set(trajectory, divergedAfter(trajectory));
  return divergence.get(trajectory)!;
}

const bestOf = memoize((choice: { dataset: string; points: string }): LineFit => fitLine(dataOf(choice)), 4);

export function compute(state: State): Model {
  const run = runOf(state);
  const data = datasetIn(state);
  const trajectory = trajectoryFor(jobOf(run));
  const divergedAfter = divergedAfterOnce(trajectory);
  const last = divergedAfter ?? trajectory.stoppedAt;
  const every = run.steps / RECORDS;
  const requested = state.progress * every;
  // Only recorded steps have parameters: a run that blew up is shown at the last recorded step before it did.
  const step = Math.min(requested, last === trajectory.stoppedAt ? last : Math.floor(last / every) * every);
  const net: Network = {
    sizes: run.sizes,
    activation: run.activations[0] ?? 'identity',
    hiddenActivations: run.activations,
    output: 'identity',
    params: paramsAt(trajectory, step).slice(),
  };
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
