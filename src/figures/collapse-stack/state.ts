import type { Spec, StateOf } from '../kit/contract/spec.ts';

/** Props of <CollapseStack>: a random stack of linear (identity) layers, and the one line it equals. */
export const spec = {
  depth: {
    kind: 'number',
    label: 'Hidden layers',
    description: 'How many hidden layers of identity neurons are stacked between input and output.',
    default: 3,
    min: 1,
    max: 6,
    step: 1,
    integer: true,
  },
  width: {
    kind: 'number',
    label: 'Neurons per layer',
    description: 'How many neurons each hidden layer has.',
    default: 4,
    min: 1,
    max: 8,
    step: 1,
    integer: true,
  },
  seed: {
    kind: 'number',
    label: 'New random weights',
    description: 'Seed of the random weights and biases; the button draws a fresh set.',
    default: 1,
    min: 1,
    max: 9999,
    step: 1,
    integer: true,
    control: 'reseed',
  },
} as const satisfies Spec;

export type State = StateOf<typeof spec>;
