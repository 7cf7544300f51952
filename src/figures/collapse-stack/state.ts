import T from 'virtual:text/collapse-stack';
import type { Spec, StateOf } from '../kit/contract/spec.ts';

/** Props of <CollapseStack>: a random stack of linear (identity) layers, and the one line it equals. */
export const spec = {
  depth: {
    kind: 'number',
    label: T.props.depth.label,
    description: T.props.depth.description,
    default: 3,
    min: 1,
    max: 6,
    step: 1,
    integer: true,
  },
  width: {
    kind: 'number',
    label: T.props.width.label,
    description: T.props.width.description,
    default: 4,
    min: 1,
    max: 8,
    step: 1,
    integer: true,
  },
  seed: {
    kind: 'number',
    label: T.props.seed.label,
    description: T.props.seed.description,
    default: 1,
    min: 1,
    max: 9999,
    step: 1,
    integer: true,
    control: 'reseed',
  },
} as const satisfies Spec;

export type State = StateOf<typeof spec>;
