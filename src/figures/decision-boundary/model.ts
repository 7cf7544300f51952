import { paramsAt, predict, type Dataset, type Network, type Trajectory } from '../../nn/index.ts';
import { classData } from '../kit/data/dataset.ts';
import { classDatasetIn, dataChoiceOf, type DataChoice } from '../kit/data/edits.ts';
import { memoize } from '../kit/compute/memoize.ts';
import { shownStep } from '../kit/training/step-readout.ts';
import { trajectoryFor, type TrainingJob, trainingData } from '../kit/training/trajectories.ts';
import { gridInputs, type Grid } from './grid.ts';
import { RECORD_EVERY, STEPS, type State } from './state.ts';

export const SIZES = [2, 8, 8, 1];
export const DOMAIN: [number, number] = [-1.8, 1.8];
/** Cells per side of the probability map: redrawn every step, so kept small (1,600 predictions). */
export const GRID = 40;
const LEARNING_RATE = 0.02;
const SEED = 1;

export interface Sample {
  x: number;
  y: number;
  label: 0 | 1;
}

export interface Model {
  data: Dataset;
  samples: Sample[];
  trajectory: Trajectory;
  shown: number;
  net: Network;
  loss: number;
  /** Share of points on the right side of p = 0.5. */
  accuracy: number;
  grid: Grid;
}

export const dataOf = memoize((choice: DataChoice) => classData(classDatasetIn(choice)), 3);

const cellCentres = gridInputs(GRID, DOMAIN);

type Config = Pick<State, 'dataset' | 'points' | 'activation'>;

/** Memoized on the configuration alone, so every frame of a scrub gets the same job (and its key) back. */
const jobFor = memoize(
  ({ dataset, points, activation }: Config): TrainingJob => {
    const data = dataOf({ dataset, points });
    return {
      sizes: SIZES,
      activation,
      output: 'sigmoid',
      seed: SEED,
      ...trainingData(data),
      options: { steps: STEPS, learningRate: LEARNING_RATE, optimizer: 'adam', loss: 'bce', record: RECORD_EVERY },
    };
  },
  6,
);

export function jobOf(state: Config): TrainingJob {
  return jobFor({ ...dataChoiceOf(state), activation: state.activation });
}

export function compute(state: State): Model {
  const data = dataOf(dataChoiceOf(state));
  const trajectory = trajectoryFor(jobOf(state));
  const shown = shownStep(state.step, trajectory);
  const net: Network = { sizes: SIZES, activation: state.activation, output: 'sigmoid', params: paramsAt(trajectory, shown).slice() };
  const samples: Sample[] = Array.from({ length: data.count }, (_, s) => ({ x: data.inputs[2 * s], y: data.inputs[2 * s + 1], label: data.targets[s] > 0.5 ? 1 : 0 }));
  const p = predict(net, data.inputs);
  let right = 0;
  for (let s = 0; s < data.count; s++) if (p[s] > 0.5 === (samples[s].label === 1)) right++;
  return {
    data,
    samples,
    trajectory,
    shown,
    net,
    loss: trajectory.loss[shown],
    accuracy: right / data.count,
    grid: { n: GRID, domain: DOMAIN, values: predict(net, cellCentres) },
  };
}
