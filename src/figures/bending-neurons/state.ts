import T from 'virtual:text/bending-neurons';
import plotText from 'virtual:text/plot';
import { editablePoints, trainingStep, type Spec, type StateOf } from '../kit/contract/spec.ts';
import { activationMenu } from '../kit/draw/activation-names.ts';

/** Training length and how often the parameters are kept: 301 rows, enough to scrub smoothly, small to hold. */
export const STEPS = 1500;
export const RECORD_EVERY = 5;

/** The 1-D datasets of src/nn this figure offers: each bends in a way a line cannot follow. */
export const DATASETS = ['u', 'v', 'sine', 'plateau'] as const;

/** Props of <BendingNeurons>: a 1–n–1 network, each hidden neuron's line, its activated output, and their sum. */
export const spec = {
  activation: {
    kind: 'choice',
    label: T.props.activation.label,
    description: T.props.activation.description,
    default: 'relu',
    // The names of src/nn's activations, in its order; a type-only module cannot import the list.
    options: ['identity', 'relu', 'leakyRelu', 'sigmoid', 'tanh', 'softplus', 'gelu'],
    optionLabels: activationMenu(['identity', 'relu', 'leakyRelu', 'sigmoid', 'tanh', 'softplus', 'gelu']),
  },
  neurons: {
    kind: 'number',
    label: T.props.neurons.label,
    description: T.props.neurons.description,
    default: 4,
    min: 2,
    max: 8,
    step: 1,
    integer: true,
  },
  dataset: {
    kind: 'dataset',
    label: T.props.dataset.label,
    description: T.props.dataset.description,
    default: 'u',
    shape: 'xy',
    offered: DATASETS,
  },
  step: trainingStep(STEPS, RECORD_EVERY, STEPS, T.props.step.description, plotText.training.stepControl),
  points: editablePoints(plotText.points.label, plotText.points.description),
} as const satisfies Spec;

export type State = StateOf<typeof spec>;
