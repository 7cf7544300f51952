import { fitLine, paramsAt, type Trajectory } from '../../nn/index.ts';
import { landscape, type Landscape } from '../kit/draw/landscape.ts';
import { memoize } from '../kit/compute/memoize.ts';
import { xyData, type XYDataset } from '../kit/data/dataset.ts';
import { dataChoiceOf, datasetIn, type DataChoice } from '../kit/data/edits.ts';
import { divergedAfter as divergedAfterRule } from '../kit/training/divergence.ts';
import { trajectoryFor, type TrainingJob, trainingData } from '../kit/training/trajectories.ts';
import { STEPS, type State } from './state.ts';

export interface Model {
  story: XYDataset;
  trajectory: Trajectory;
  /** The step after which training counts as diverged, or null (kit/training/divergence.ts). */
  divergedAfter: number | null;
  /** The step actually shown: the requested one, or the last one before training blew up. */
  shown: number;
  w: number;
  b: number;
  loss: number;
  /** (w, b) after every step up to the last good one: the path on the landscape. */
  path: { step: number; w: number; b: number }[];
  land: Landscape;
}

type Config = Pick<State, 'dataset' | 'points' | 'learningRate' | 'w0' | 'b0'>;

/** Plain gradient descent from the reader's starting line; memoized so a drag's frames share one job and its key. */
export const jobOf = memoize(
  ({ dataset, points, learningRate, w0, b0 }: Config): TrainingJob => {
    const data = xyData(datasetIn({ dataset, points }));
    return {
      sizes: [1, 1],
      activation: 'identity',
      params: [w0, b0],
      ...trainingData(data),
      options: { steps: STEPS, learningRate: Number(learningRate), optimizer: 'sgd', record: 1 },
    };
  },
  8,
);

function configOf(state: State): Config {
  return { dataset: state.dataset, points: state.points, learningRate: state.learningRate, w0: state.w0, b0: state.b0 };
}

export function jobsOf(state: State): TrainingJob[] {
  return [jobOf(configOf(state))];
}

/** The trained run read with the figure's divergence rule, and the path it draws; once per configuration. */
const runOf = memoize((config: Config) => {
  const trajectory = trajectoryFor(jobOf(config));
  const divergedAfter = divergedAfterRule(trajectory);
  const last = divergedAfter ?? trajectory.stoppedAt;
  const path = Array.from({ length: last + 1 }, (_, step) => {
    const p = paramsAt(trajectory, step);
    return { step, w: p[0], b: p[1] };
  });
  return { trajectory, path, divergedAfter, last };
});

/** Keyed by the data it is measured on: the published points, or the reader's. */
const landscapeOf = memoize((choice: DataChoice) => {
  const story = datasetIn(choice);
  return landscape(story.points, [-1, 3], [-2, 10], fitLine(xyData(story)));
}, 2);

export function compute(state: State): Model {
  const story = datasetIn(state);
  const { trajectory, path, divergedAfter, last } = runOf(configOf(state));
  const shown = Math.min(state.step, last);
  const p = paramsAt(trajectory, shown);
  return { story, trajectory, divergedAfter, shown, w: p[0], b: p[1], loss: trajectory.loss[shown], path, land: landscapeOf(dataChoiceOf(state)) };
}
