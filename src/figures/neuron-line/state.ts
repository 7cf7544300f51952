import plotText from 'virtual:text/plot';
import { editablePoints, type Spec, type StateOf } from '../kit/contract/spec.ts';

/** Props of <NeuronLine>: one neuron, y = w·x + b, against a small dataset. */
export const spec = {
  dataset: {
    kind: 'dataset',
    label: 'Dataset',
    description: 'Which small dataset the neuron tries to fit: any one-input dataset in content/datasets.',
    default: 'study-hours',
    shape: 'xy',
    offered: ['study-hours'],
  },
  w: {
    kind: 'number',
    label: 'weight w',
    description: 'The slope: how much the output rises for each unit of input.',
    default: 0.4,
    min: -1,
    max: 3,
    step: 0.05,
  },
  b: {
    kind: 'number',
    label: 'bias b',
    description: 'The intercept: the output when the input is zero.',
    default: 1,
    min: -2,
    max: 8,
    step: 0.1,
  },
  residuals: {
    kind: 'boolean',
    label: 'Show the gaps',
    description: 'Draw each point’s vertical gap to the line: the errors the loss squares.',
    default: true,
  },
  goal: {
    kind: 'number',
    label: 'Goal: loss under',
    description: 'A target for the reader; the readout says when the loss is below it. 0 hides the goal.',
    default: 0.5,
    min: 0,
    max: 10,
    step: 0.1,
    authorOnly: true,
  },
  points: editablePoints(plotText.points.label, plotText.points.description),
} as const satisfies Spec;

export type State = StateOf<typeof spec>;
