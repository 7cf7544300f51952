import T from 'virtual:text/decision-boundary';
import plotText from 'virtual:text/plot';
import { editablePoints, trainingStep, type Spec, type StateOf } from '../kit/contract/spec.ts';
import { activationMenu } from '../kit/draw/activation-names.ts';

export const STEPS = 400;
export const RECORD_EVERY = 4;

/** Props of <DecisionBoundary>: a small classifier on 2-D points, with or without activations. */
export const spec = {
  dataset: {
    kind: 'dataset',
    label: T.props.dataset.label,
    description: T.props.dataset.description,
    default: 'circle',
    shape: 'classes',
    offered: ['circle', 'moons', 'xor'],
  },
  activation: {
    kind: 'choice',
    label: T.props.activation.label,
    description: T.props.activation.description,
    default: 'relu',
    options: ['identity', 'relu', 'tanh'],
    optionLabels: activationMenu(['identity', 'relu', 'tanh']),
  },
  step: trainingStep(STEPS, RECORD_EVERY, STEPS, T.props.step.description, plotText.training.stepControl),
  points: editablePoints(plotText.points.label, T.props.points.description, 3),
} as const satisfies Spec;

export type State = StateOf<typeof spec>;
