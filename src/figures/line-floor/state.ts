import T from 'virtual:text/line-floor';
import plotText from 'virtual:text/plot';
import { editablePoints, trainingStep, type Spec, type StateOf } from '../kit/contract/spec.ts';

export const STEPS = 400;
export const RECORD_EVERY = 2;
export const WIDTH = 3;

/** Props of <LineFloor>: a network with no activations, as deep as you like, trained on data that curves. */
export const spec = {
  dataset: {
    kind: 'dataset',
    label: T.props.dataset.label,
    description: T.props.dataset.description,
    default: 'sleep-alertness',
    shape: 'xy',
    offered: ['sleep-alertness', 'u', 'v'],
  },
  depth: {
    kind: 'number',
    label: T.props.depth.label,
    description: T.props.depth.description,
    default: 2,
    min: 0,
    max: 4,
    step: 1,
    integer: true,
  },
  step: trainingStep(STEPS, RECORD_EVERY, 60, T.props.step.description, plotText.training.stepControl),
  points: editablePoints(plotText.points.label, plotText.points.description),
} as const satisfies Spec;

export type State = StateOf<typeof spec>;
