import type { Spec, StateOf } from '../kit/contract/spec.ts';

export const Z_DOMAIN: [number, number] = [-4, 4];

/** Props of <ActivationGallery>: one activation function and its slope, read at a point z. */
export const spec = {
  activation: {
    kind: 'choice',
    label: 'Activation f',
    description: 'Which activation function to show (the names src/nn uses).',
    default: 'relu',
    // src/nn's activation names and labels, in its order; a type-only module cannot import them.
    options: ['identity', 'relu', 'leakyRelu', 'sigmoid', 'tanh', 'softplus', 'gelu'],
    optionLabels: ['Identity', 'ReLU', 'Leaky ReLU', 'Sigmoid', 'Tanh', 'Softplus', 'GELU'],
  },
  z: {
    kind: 'number',
    label: 'Input z',
    description: 'Where to read the function and its slope; hovering or dragging on the plot moves it too.',
    default: 1,
    min: Z_DOMAIN[0],
    max: Z_DOMAIN[1],
    step: 0.05,
  },
} as const satisfies Spec;

export type State = StateOf<typeof spec>;
