/**
 * The network half of both playgrounds' props (one input, two inputs): the hidden layers, the optimiser, the
 * run's length and seed, and how far through it to look. Each playground puts its data props around these.
 */
import T from 'virtual:text/playground';
import plotText from 'virtual:text/plot';
import { fill } from '../../text/fill.ts';
import type { ActivationName } from '../../nn/index.ts';
import { trainingProgress } from '../kit/contract/spec.ts';
import { activationMenu } from '../kit/draw/activation-names.ts';
import { localNumber } from '../kit/draw/format.ts';
import { LEARNING_RATES, STEP_COUNTS } from '../kit/contract/playground-link.ts';

/** Hidden layers a reader may stack, and neurons per layer: the playground's bounds, and a weights file's. */
export const MAX_LAYERS = 4;
export const MAX_WIDTH = 16;

/** Every activation src/nn has, identity first ("none"), so any layer can be made linear. */
export const ACTIVATIONS = ['identity', 'relu', 'leakyRelu', 'sigmoid', 'tanh', 'softplus', 'gelu'] as const satisfies readonly ActivationName[];
export const OPTIMIZERS = ['sgd', 'momentum', 'adam'] as const;
export { LEARNING_RATES, STEP_COUNTS };
/** Parameters are kept this many times over a run (plus the start): the scrubber's positions. */
export const RECORDS = 100;

const width = (label: string) =>
  ({ kind: 'number', label, description: T.props.width.description, default: 4, min: 1, max: MAX_WIDTH, step: 1, integer: true }) as const;
const activation = (label: string) =>
  ({ kind: 'choice', label, description: T.props.activation.description, default: 'relu', options: ACTIVATIONS, optionLabels: activationMenu(ACTIVATIONS) }) as const;

/** Layer k's props are `widthK` and `activationK`; those past `layers` are kept but hidden. */
export const networkProps = {
  layers: { kind: 'number', label: T.props.layers.label, description: T.props.layers.description, default: 2, min: 0, max: MAX_LAYERS, step: 1, integer: true },
  width1: width(fill(T.props.width.label, { n: 1 })),
  activation1: activation(fill(T.props.activation.label, { n: 1 })),
  width2: width(fill(T.props.width.label, { n: 2 })),
  activation2: activation(fill(T.props.activation.label, { n: 2 })),
  width3: width(fill(T.props.width.label, { n: 3 })),
  activation3: activation(fill(T.props.activation.label, { n: 3 })),
  width4: width(fill(T.props.width.label, { n: 4 })),
  activation4: activation(fill(T.props.activation.label, { n: 4 })),
  optimizer: {
    kind: 'choice',
    label: T.props.optimizer.label,
    description: T.props.optimizer.description,
    default: 'adam',
    options: OPTIMIZERS,
    optionLabels: [T.props.optimizer.sgd, T.props.optimizer.momentum, T.props.optimizer.adam],
  },
  learningRate: {
    kind: 'choice',
    label: T.props.learningRate.label,
    description: T.props.learningRate.description,
    default: '0.03',
    options: LEARNING_RATES,
    optionLabels: LEARNING_RATES.map((rate) => localNumber(rate)),
  },
  steps: {
    kind: 'choice',
    label: T.props.steps.label,
    description: T.props.steps.description,
    default: '1000',
    options: STEP_COUNTS,
    optionLabels: STEP_COUNTS.map((n) => localNumber(n)),
  },
  seed: { kind: 'number', label: T.props.seed.label, description: T.props.seed.description, default: 1, min: 1, max: 9999, step: 1, integer: true, control: 'reseed' },
  progress: trainingProgress(RECORDS, T.props.progress.description, plotText.training.progressControl),
} as const;

/** What both playgrounds' states share: the network's props. */
export interface NetworkState {
  layers: number;
  width1: number;
  activation1: ActivationName;
  width2: number;
  activation2: ActivationName;
  width3: number;
  activation3: ActivationName;
  width4: number;
  activation4: ActivationName;
  optimizer: (typeof OPTIMIZERS)[number];
  learningRate: string;
  steps: string;
  seed: number;
  progress: number;
  dataset: string;
  points: string;
}

/** The hidden layers in use, first to last: each one's width and activation. */
export function layersOf(state: NetworkState): { width: number; activation: ActivationName }[] {
  const all = [
    { width: state.width1, activation: state.activation1 },
    { width: state.width2, activation: state.activation2 },
    { width: state.width3, activation: state.activation3 },
    { width: state.width4, activation: state.activation4 },
  ];
  return all.slice(0, state.layers);
}

/** Layers past `layers` keep their settings (so going from 2 to 3 and back loses nothing) but hide their controls. */
export const inactiveLayers = (state: NetworkState): string[] =>
  Array.from({ length: MAX_LAYERS - state.layers }, (_, k) => state.layers + k + 1).flatMap((n) => [`width${n}`, `activation${n}`]);
