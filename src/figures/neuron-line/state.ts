import T from 'virtual:text/neuron-line';
import plotText from 'virtual:text/plot';
import { editablePoints, type Spec, type StateOf } from '../kit/contract/spec.ts';

/** Props of <NeuronLine>: one neuron, y = w·x + b, against a small dataset. */
export const spec = {
  dataset: {
    kind: 'dataset',
    label: T.props.dataset.label,
    description: T.props.dataset.description,
    default: 'study-hours',
    shape: 'xy',
    offered: ['study-hours'],
  },
  w: {
    kind: 'number',
    label: T.props.w.label,
    description: T.props.w.description,
    default: 0.4,
    min: -1,
    max: 3,
    step: 0.05,
  },
  b: {
    kind: 'number',
    label: T.props.b.label,
    description: T.props.b.description,
    default: 1,
    min: -2,
    max: 8,
    step: 0.1,
  },
  residuals: {
    kind: 'boolean',
    label: T.props.residuals.label,
    description: T.props.residuals.description,
    default: true,
  },
  goal: {
    kind: 'number',
    label: T.props.goal.label,
    description: T.props.goal.description,
    default: 0.5,
    min: 0,
    max: 10,
    step: 0.1,
    authorOnly: true,
  },
  points: editablePoints(plotText.points.label, plotText.points.description),
} as const satisfies Spec;

export type State = StateOf<typeof spec>;
