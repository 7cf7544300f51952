import T from 'virtual:text/activation-gallery';
import type { Spec, StateOf } from '../kit/contract/spec.ts';
import { activationNames } from '../kit/draw/activation-names.ts';

export const Z_DOMAIN: [number, number] = [-4, 4];

/** Props of <ActivationGallery>: one activation function and its slope, read at a point z. */
export const spec = {
  activation: {
    kind: 'choice',
    label: T.props.activation.label,
    description: T.props.activation.description,
    default: 'relu',
    // src/nn's activation names and labels, in its order; a type-only module cannot import them.
    options: ['identity', 'relu', 'leakyRelu', 'sigmoid', 'tanh', 'softplus', 'gelu'],
    optionLabels: [activationNames.identity, activationNames.relu, activationNames.leakyRelu, activationNames.sigmoid, activationNames.tanh, activationNames.softplus, activationNames.gelu],
  },
  z: {
    kind: 'number',
    label: T.props.z.label,
    description: T.props.z.description,
    default: 1,
    min: Z_DOMAIN[0],
    max: Z_DOMAIN[1],
    step: 0.05,
  },
} as const satisfies Spec;

export type State = StateOf<typeof spec>;
