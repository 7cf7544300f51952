import plotText from 'virtual:text/plot';
import { editablePoints, trainingStep, type Spec, type StateOf } from '../kit/contract/spec.ts';

/** The learning rates a reader can pick; the largest makes plain gradient descent diverge on this data. */
export const LEARNING_RATES = ['0.001', '0.01', '0.03', '0.06', '0.1'] as const;
export const STEPS = 300;

/** Props of <TrainingTimeline>: gradient descent on one neuron, every step kept and scrubbable. */
export const spec = {
  dataset: {
    kind: 'dataset',
    label: 'Dataset',
    description: 'Which small dataset the neuron learns: any one-input dataset in content/datasets.',
    default: 'study-hours',
    shape: 'xy',
    offered: ['study-hours'],
  },
  learningRate: {
    kind: 'choice',
    label: 'Learning rate',
    description: 'How big a step each update takes, as a fraction of the gradient.',
    default: '0.03',
    options: LEARNING_RATES,
    optionLabels: ['0.001 (tiny steps)', '0.01', '0.03', '0.06', '0.1 (too big)'],
  },
  step: trainingStep(STEPS, 1, 25, 'Which step of training to show: scrub, or press play.', plotText.training.stepControl),
  w0: {
    kind: 'number',
    label: 'Starting weight',
    description: 'The weight before training starts.',
    default: -0.5,
    min: -1,
    max: 3,
    step: 0.05,
    authorOnly: true,
  },
  b0: {
    kind: 'number',
    label: 'Starting bias',
    description: 'The bias before training starts.',
    default: 8,
    min: -2,
    max: 10,
    step: 0.1,
    authorOnly: true,
  },
  points: editablePoints(plotText.points.label, plotText.points.description),
} as const satisfies Spec;

export type State = StateOf<typeof spec>;
