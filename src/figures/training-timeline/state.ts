import T from 'virtual:text/training-timeline';
import plotText from 'virtual:text/plot';
import { fill } from '../../text/fill.ts';
import { editablePoints, trainingStep, type Spec, type StateOf } from '../kit/contract/spec.ts';
import { localNumber } from '../kit/draw/format.ts';

/** The learning rates a reader can pick; the largest makes plain gradient descent diverge on this data. */
export const LEARNING_RATES = ['0.001', '0.01', '0.03', '0.06', '0.1'] as const;
export const STEPS = 300;

/** Props of <TrainingTimeline>: gradient descent on one neuron, every step kept and scrubbable. */
export const spec = {
  dataset: {
    kind: 'dataset',
    label: T.props.dataset.label,
    description: T.props.dataset.description,
    default: 'study-hours',
    shape: 'xy',
    offered: ['study-hours'],
  },
  learningRate: {
    kind: 'choice',
    label: T.props.learningRate.label,
    description: T.props.learningRate.description,
    default: '0.03',
    options: LEARNING_RATES,
    optionLabels: [fill(T.props.learningRate.tiny, { rate: localNumber('0.001') }), localNumber('0.01'), localNumber('0.03'), localNumber('0.06'), fill(T.props.learningRate.tooBig, { rate: localNumber('0.1') })],
  },
  step: trainingStep(STEPS, 1, 25, T.props.step.description, plotText.training.stepControl),
  w0: {
    kind: 'number',
    label: T.props.w0.label,
    description: T.props.w0.description,
    default: -0.5,
    min: -1,
    max: 3,
    step: 0.05,
    authorOnly: true,
  },
  b0: {
    kind: 'number',
    label: T.props.b0.label,
    description: T.props.b0.description,
    default: 8,
    min: -2,
    max: 10,
    step: 0.1,
    authorOnly: true,
  },
  points: editablePoints(plotText.points.label, plotText.points.description),
} as const satisfies Spec;

export type State = StateOf<typeof spec>;
