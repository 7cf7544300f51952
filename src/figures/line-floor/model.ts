import { fitLine, paramsAt, predict, type Data, type LineFit, type Network, type Trajectory } from '../../nn/index.ts';
import { memoize } from '../kit/compute/memoize.ts';
import { xyData, type Point } from '../kit/data/dataset.ts';
import { dataChoiceOf, datasetIn, type DataChoice } from '../kit/data/edits.ts';
import { shownStep } from '../kit/training/step-readout.ts';
import { trajectoryFor, type TrainingJob, trainingData } from '../kit/training/trajectories.ts';
import { RECORD_EVERY, STEPS, WIDTH, type State } from './state.ts';

// Adam at this rate reaches the floor within the run at every depth, on the raw hours too (no rescaling).
const LEARNING_RATE = 0.1;
const SEED = 1;

/** A dataset with what it takes to draw it: axis ranges and labels in its own units. */
export interface Source {
  title: string;
  data: Data;
  points: Point[];
  xDomain: [number, number];
  yDomain: [number, number];
  xLabel: string;
  yLabel: string;
}

export const sourceOf = memoize((choice: DataChoice): Source => {
  const dataset = datasetIn(choice);
  const { title, xDomain, yDomain, xLabel, yLabel } = dataset;
  return { title, data: xyData(dataset), points: [...dataset.points], xDomain, yDomain, xLabel, yLabel };
}, 3);

export function sizesOf(depth: number): number[] {
  return [1, ...Array.from({ length: depth }, () => WIDTH), 1];
}

type Config = Pick<State, 'dataset' | 'points' | 'depth'>;

/** Memoized on the configuration alone, so every frame of a scrub gets the same job (and its key) back. */
const jobFor = memoize(
  ({ dataset, points, depth }: Config): TrainingJob => {
    const { data } = sourceOf({ dataset, points });
    return {
      sizes: sizesOf(depth),
      activation: 'identity',
      seed: SEED,
      ...trainingData(data),
      options: { steps: STEPS, learningRate: LEARNING_RATE, optimizer: 'adam', record: RECORD_EVERY },
    };
  },
  8,
);

export function jobOf(state: Config): TrainingJob {
  return jobFor({ ...dataChoiceOf(state), depth: state.depth });
}

export interface Model {
  source: Source;
  /** The least-squares line and its MSE: the floor. */
  best: LineFit;
  trajectory: Trajectory;
  shown: number;
  net: Network;
  loss: number;
  /** The network's output is a line; its slope and intercept, read off two points. */
  slope: number;
  intercept: number;
}

export function compute(state: State): Model {
  const source = sourceOf(dataChoiceOf(state));
  const trajectory = trajectoryFor(jobOf(state));
  const shown = shownStep(state.step, trajectory);
  const net: Network = { sizes: sizesOf(state.depth), activation: 'identity', output: 'identity', params: paramsAt(trajectory, shown).slice() };
  // Any stack of identity neurons is one line: two outputs pin it down.
  const [at0, at1] = predict(net, [0, 1]);
  return { source, best: fitLine(source.data), trajectory, shown, net, loss: trajectory.loss[shown], slope: at1 - at0, intercept: at0 };
}
