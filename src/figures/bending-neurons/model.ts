import { niceCeil } from '../kit/draw/rungs.ts';
import {
  activations,
  createNetwork,
  fitLine,
  paramsAt,
  type ActivationName,
  type Dataset,
  type LineFit,
  type Network,
  type Trajectory,
} from '../../nn/index.ts';
import { memoize } from '../kit/compute/memoize.ts';
import { xyData, type Point } from '../kit/data/dataset.ts';
import { dataChoiceOf, datasetIn, type DataChoice } from '../kit/data/edits.ts';
import { domainFor } from '../kit/data/domain.ts';
import { shownStep } from '../kit/training/step-readout.ts';
import { trajectoryFor, type TrainingJob, trainingData } from '../kit/training/trajectories.ts';
import { RECORD_EVERY, STEPS, type State } from './state.ts';

export const X_DOMAIN: [number, number] = [-3, 3];
const LEARNING_RATE = 0.02;
const SEED = 1;

/** One hidden neuron: its line z = w·x + b, its weight v into the output, and where its line crosses zero. */
export interface Neuron {
  w: number;
  b: number;
  v: number;
  /** x = −b/w, where a ReLU bends; null when the line is flat (w ≈ 0). */
  hinge: number | null;
}

export interface Model {
  data: Dataset;
  points: Point[];
  best: LineFit;
  trajectory: Trajectory;
  /** The step drawn: the requested one, or the last good one if training blew up first. */
  shown: number;
  net: Network;
  neurons: Neuron[];
  outputBias: number;
  loss: number;
  /** Hinges inside the x range: the places a ReLU network's output can change slope. */
  bends: number;
  domains: Domains;
}

export interface Domains {
  z: [number, number];
  a: [number, number];
  y: [number, number];
}

/** A small noisy sample: few enough points to see each one, enough that the shape is unmistakable. */
export const dataOf = memoize((choice: DataChoice) => xyData(datasetIn(choice)), 4);

/** ReLU and leaky ReLU are straight on either side of z = 0: their neurons bend at one point each. */
export function hasHinges(activation: ActivationName): boolean {
  return activation === 'relu' || activation === 'leakyRelu';
}

/**
 * The same starting weights whatever the activation (He-scaled, biases spread so hinges start apart), so
 * switching f at step 0 changes only what f does to the same lines. Memoized: every frame asks for its job.
 */
const startParams = memoize(
  (neurons: number) => Array.from(createNetwork({ sizes: [1, neurons, 1], activation: 'relu', init: 'he', biasStd: 1, seed: SEED }).params),
  8,
);

/** What decides a training run: the scrubbed step does not. */
type Config = Pick<State, 'dataset' | 'points' | 'activation' | 'neurons'>;

/** Memoized on the configuration alone, so every frame of a scrub gets the same job (and its key) back. */
const jobFor = memoize(
  ({ dataset, points, activation, neurons }: Config): TrainingJob => {
    const data = dataOf({ dataset, points });
    return {
      sizes: [1, neurons, 1],
      activation,
      params: startParams(neurons),
      ...trainingData(data),
      options: { steps: STEPS, learningRate: LEARNING_RATE, optimizer: 'adam', record: RECORD_EVERY },
    };
  },
  8,
);

export function jobOf(state: Config): TrainingJob {
  return jobFor(configOf(state));
}

const configOf = (state: Config): Config => ({ ...dataChoiceOf(state), activation: state.activation, neurons: state.neurons });

export function neuronsOf(params: ArrayLike<number>, n: number): { neurons: Neuron[]; outputBias: number } {
  const neurons = Array.from({ length: n }, (_, i) => {
    const w = params[i];
    const b = params[n + i];
    return { w, b, v: params[2 * n + i], hinge: Math.abs(w) > 1e-9 ? -b / w : null };
  });
  return { neurons, outputBias: params[3 * n] };
}

/**
 * Axis ranges that hold every recorded step of this training run, so the axes stay put while scrubbing
 * (they are drawn once per configuration).
 */
const domainsOf = memoize(
  (config: Config): Domains => {
    const trajectory = trajectoryFor(jobOf(config));
    // The published data's range: an edit keeps these axes while it stays inside them (domainFor, below).
    const data = dataOf({ dataset: config.dataset, points: '' });
    const n = config.neurons;
    const f = activations[config.activation].f;
    let zMax = 1;
    let aMin = 0;
    let aMax = 0.5;
    const rows = trajectory.recordedSteps.length;
    for (let r = 0; r < rows; r++) {
      const p = trajectory.params.subarray(r * trajectory.paramCount, (r + 1) * trajectory.paramCount);
      for (let i = 0; i < n; i++) {
        for (let k = 0; k <= 12; k++) {
          const x = X_DOMAIN[0] + ((X_DOMAIN[1] - X_DOMAIN[0]) * k) / 12;
          const z = p[i] * x + p[n + i];
          const a = f(z);
          zMax = Math.max(zMax, Math.abs(z));
          aMin = Math.min(aMin, a);
          aMax = Math.max(aMax, a);
        }
      }
    }
    // A runaway weight should not squash every other line flat: cap the view at a rung of the ladder (a cap
    // between rungs, 12, rounded up to 20 and flattened a 4-neuron network's lines); the clip cuts what leaves it.
    // Limits on a nice ladder, so configurations with similar ranges share their drawn axes.
    const CAP = 10;
    zMax = niceCeil(Math.min(zMax, CAP));
    const pad = (aMax - aMin) * 0.06;
    const aHigh = niceCeil(Math.min(aMax + pad, CAP));
    // A little room below zero for activations that never go negative, sized from the rung (not from aMax), so
    // the key stays on the ladder: configurations with the same rung share their axes, as the comment above says.
    const aLow = aMin < -pad ? -niceCeil(-aMin + pad) : -0.06 * aHigh;
    let yMin = Infinity;
    let yMax = -Infinity;
    for (const y of data.targets) {
      yMin = Math.min(yMin, y);
      yMax = Math.max(yMax, y);
    }
    const yPad = Math.max(0.4, (yMax - yMin) * 0.15);
    const y: [number, number] = [yMin - yPad, yMax + yPad];
    return { z: [-zMax, zMax], a: [aLow, aHigh], y: config.points ? domainFor(y, Array.from(dataOf(config).targets)) : y };
  },
  8,
);

export function compute(state: State): Model {
  const data = dataOf(dataChoiceOf(state));
  const trajectory = trajectoryFor(jobOf(state));
  const shown = shownStep(state.step, trajectory);
  const params = paramsAt(trajectory, shown);
  const net: Network = { sizes: [1, state.neurons, 1], activation: state.activation, output: 'identity', params: params.slice() };
  const { neurons, outputBias } = neuronsOf(params, state.neurons);
  const hinged = hasHinges(state.activation);
  const bends = hinged ? neurons.filter((n) => n.hinge !== null && n.hinge > X_DOMAIN[0] && n.hinge < X_DOMAIN[1] && n.v !== 0).length : 0;
  return {
    data,
    points: Array.from(data.inputs, (x, i) => ({ x, y: data.targets[i] })),
    best: fitLine(data),
    trajectory,
    shown,
    net,
    neurons,
    outputBias,
    loss: trajectory.loss[shown],
    bends,
    domains: domainsOf(configOf(state)),
  };
}
