import plotText from 'virtual:text/plot';
import { editablePoints, trainingStep, type Spec, type StateOf } from '../kit/contract/spec.ts';

/** Training length and how often the parameters are kept: 301 rows, enough to scrub smoothly, small to hold. */
export const STEPS = 1500;
export const RECORD_EVERY = 5;

/** The 1-D datasets of src/nn this figure offers: each bends in a way a line cannot follow. */
export const DATASETS = ['u', 'v', 'sine', 'plateau'] as const;

/** Props of <BendingNeurons>: a 1–n–1 network, each hidden neuron's line, its activated output, and their sum. */
export const spec = {
  activation: {
    kind: 'choice',
    label: 'Activation f',
    description: 'The function applied to each hidden neuron’s line before the output sums them. Identity leaves the lines straight; ReLU and the others bend them.',
    default: 'relu',
    // The names of src/nn's activations, in its order; a type-only module cannot import the list.
    options: ['identity', 'relu', 'leakyRelu', 'sigmoid', 'tanh', 'softplus', 'gelu'],
    optionLabels: ['Identity (no activation)', 'ReLU', 'Leaky ReLU', 'Sigmoid', 'Tanh', 'Softplus', 'GELU'],
  },
  neurons: {
    kind: 'number',
    label: 'Hidden neurons',
    description: 'How many neurons the hidden layer has; each one is a line before its activation.',
    default: 4,
    min: 2,
    max: 8,
    step: 1,
    integer: true,
  },
  dataset: {
    kind: 'dataset',
    label: 'Data',
    description: 'The curved data the network is trained on (drawn for x from −3 to 3); any one-input dataset in content/datasets.',
    default: 'u',
    shape: 'xy',
    offered: DATASETS,
  },
  step: trainingStep(STEPS, RECORD_EVERY, STEPS, 'Which step of training to show: 0 is the random starting network; scrub, or press play.', plotText.training.stepControl),
  points: editablePoints(plotText.points.label, plotText.points.description),
} as const satisfies Spec;

export type State = StateOf<typeof spec>;
