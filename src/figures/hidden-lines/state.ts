import type { NumberProp, Spec, StateOf } from '../kit/contract/spec.ts';

/** At most this many hidden neurons; each has a weight, a bias and an outgoing weight. */
export const MAX_NEURONS = 4;

const SUB = ['₁', '₂', '₃', '₄'];

// The neuron's colour token ties its sliders to its line and its node in the diagram.
const weight = (i: number, value: number) =>
  ({
    kind: 'number', label: `w${SUB[i]}: input → h${SUB[i]}`, color: `hidden-${i + 1}`,
    description: `Hidden neuron ${i + 1}’s weight: the slope of its line h${SUB[i]} = w${SUB[i]}x + b${SUB[i]}.`,
    default: value, min: -2, max: 2, step: 0.05,
  }) as const satisfies NumberProp;
const bias = (i: number, value: number) =>
  ({
    kind: 'number', label: `b${SUB[i]}: bias of h${SUB[i]}`, color: `hidden-${i + 1}`,
    description: `Hidden neuron ${i + 1}’s bias: where its line crosses x = 0.`,
    default: value, min: -3, max: 3, step: 0.1,
  }) as const satisfies NumberProp;
const out = (i: number, value: number) =>
  ({
    kind: 'number', label: `v${SUB[i]}: h${SUB[i]} → output`, color: `hidden-${i + 1}`,
    description: `How much of hidden neuron ${i + 1}’s line the output neuron adds in.`,
    default: value, min: -2, max: 2, step: 0.05,
  }) as const satisfies NumberProp;

/**
 * Props of <HiddenLines>: one input, a layer of 2–4 linear hidden neurons h_i = w_i·x + b_i, and an output
 * neuron ŷ = Σ v_i·h_i + c. Props of neurons beyond `neurons` are kept (and linkable) but not shown.
 */
export const spec = {
  neurons: {
    kind: 'number',
    label: 'Hidden neurons',
    description: 'How many linear neurons the hidden layer has.',
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
    label: 'c: output bias',
    description: 'The output neuron’s own bias, added after the weighted sum.',
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
