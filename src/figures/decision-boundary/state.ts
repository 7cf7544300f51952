import plotText from 'virtual:text/plot';
import { editablePoints, trainingStep, type Spec, type StateOf } from '../kit/contract/spec.ts';

export const STEPS = 400;
export const RECORD_EVERY = 4;

/** Props of <DecisionBoundary>: a small classifier on 2-D points, with or without activations. */
export const spec = {
  dataset: {
    kind: 'dataset',
    label: 'Data',
    description: 'Two classes of points in the plane, arranged so that no straight cut separates them; any two-class dataset in content/datasets.',
    default: 'circle',
    shape: 'classes',
    offered: ['circle', 'moons', 'xor'],
  },
  activation: {
    kind: 'choice',
    label: 'Hidden activation',
    description: 'The activation of both hidden layers. With identity the whole network is one straight cut.',
    default: 'relu',
    options: ['identity', 'relu', 'tanh'],
    optionLabels: ['Identity (no activation)', 'ReLU', 'Tanh'],
  },
  step: trainingStep(STEPS, RECORD_EVERY, STEPS, 'Which step of training (Adam, cross-entropy loss) to show: scrub, or press play.', plotText.training.stepControl),
  points: editablePoints(plotText.points.label, 'The reader’s edits to the points and their classes, as a compact code; empty for the dataset as published.', 3),
} as const satisfies Spec;

export type State = StateOf<typeof spec>;
