import T from 'virtual:text/hidden-lines';
import { fill } from '../../text/fill.ts';
import type { NumberProp, Spec, StateOf } from '../kit/contract/spec.ts';

/** At most this many hidden neurons; each has a weight, a bias and an outgoing weight. */
export const MAX_NEURONS = 4;

const SUB = ['₁', '₂', '₃', '₄'];

/** Neuron i's symbols, for the words about its sliders: `w₁`, `h₁`, … and its number. */
const names = (i: number) => ({ n: i + 1, w: `w${SUB[i]}`, b: `b${SUB[i]}`, v: `v${SUB[i]}`, h: `h${SUB[i]}` });

// The neuron's colour token ties its sliders to its line and its node in the diagram.
const weight = (i: number, value: number) =>
  ({
    kind: 'number', label: fill(T.props.weight.label, names(i)), color: `hidden-${i + 1}`,
    description: fill(T.props.weight.description, names(i)),
    default: value, min: -2, max: 2, step: 0.05,
  }) as const satisfies NumberProp;
const bias = (i: number, value: number) =>
  ({
    kind: 'number', label: fill(T.props.bias.label, names(i)), color: `hidden-${i + 1}`,
    description: fill(T.props.bias.description, names(i)),
    default: value, min: -3, max: 3, step: 0.1,
  }) as const satisfies NumberProp;
const out = (i: number, value: number) =>
  ({
    kind: 'number', label: fill(T.props.out.label, names(i)), color: `hidden-${i + 1}`,
    description: fill(T.props.out.description, names(i)),
    default: value, min: -2, max: 2, step: 0.05,
  }) as const satisfies NumberProp;

/**
 * Props of <HiddenLines>: one input, a layer of 2–4 linear hidden neurons h_i = w_i·x + b_i, and an output
 * neuron ŷ = Σ v_i·h_i + c. Props of neurons beyond `neurons` are kept (and linkable) but not shown.
 */
export const spec = {
  neurons: {
    kind: 'number',
    label: T.props.neurons.label,
    description: T.props.neurons.description,
    default: 2,
    min: 2,
    max: MAX_NEURONS,
    step: 1,
    integer: true,
  },
  w1: weight(0, 1.2),
  b1: bias(0, 1),
  v1: out(0, 0.8),
  w2: weight(1, -0.5),
  b2: bias(1, 2),
  v2: out(1, 0.6),
  w3: weight(2, 0.3),
  b3: bias(2, -1),
  v3: out(2, 0.5),
  w4: weight(3, -1),
  b4: bias(3, -0.5),
  v4: out(3, -0.4),
  c: {
    kind: 'number',
    label: T.props.c.label,
    description: T.props.c.description,
    default: -1,
    min: -3,
    max: 3,
    step: 0.1,
  },
} as const satisfies Spec;

export type State = StateOf<typeof spec>;

/** Neuron i's (0-based) props, by the names above. */
export function neuronKeys(i: number): ['w1' | 'w2' | 'w3' | 'w4', 'b1' | 'b2' | 'b3' | 'b4', 'v1' | 'v2' | 'v3' | 'v4'] {
  const n = (i + 1) as 1 | 2 | 3 | 4;
  return [`w${n}`, `b${n}`, `v${n}`];
}
