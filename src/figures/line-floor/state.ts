import plotText from 'virtual:text/plot';
import { editablePoints, trainingStep, type Spec, type StateOf } from '../kit/contract/spec.ts';

export const STEPS = 400;
export const RECORD_EVERY = 2;
export const WIDTH = 3;

/** Props of <LineFloor>: a network with no activations, as deep as you like, trained on data that curves. */
export const spec = {
  dataset: {
    kind: 'dataset',
    label: 'Data',
    description: 'Curved data: the sleep story (an upside-down U) or the U and V shapes; any one-input dataset in content/datasets.',
    default: 'sleep-alertness',
    shape: 'xy',
    offered: ['sleep-alertness', 'u', 'v'],
  },
  depth: {
    kind: 'number',
    label: 'Hidden layers (3 neurons each)',
    description: 'How many hidden layers of three identity neurons the network has; 0 is a single neuron.',
    default: 2,
    min: 0,
    max: 4,
    step: 1,
    integer: true,
  },
  step: trainingStep(STEPS, RECORD_EVERY, 60, 'Which step of training (Adam) to show: scrub, or press play.', plotText.training.stepControl),
  points: editablePoints(plotText.points.label, plotText.points.description),
} as const satisfies Spec;

export type State = StateOf<typeof spec>;
