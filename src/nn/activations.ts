/**
 * Activation functions: the one non-linear ingredient of a neuron.
 *
 * A neuron computes z = w·x + b (a straight line, plane, …) and then a = f(z).
 * With f = identity, any stack of neurons is still one straight map; any
 * other f here lets the network bend.
 *
 * Each activation comes twice: as an object with scalar `f` and `df` (for
 * figures, explanations and tests), and inside the array kernels
 * `activateInto` / `multiplyByDerivative` that training uses, where the
 * `switch` runs once per layer and the loop body is plain arithmetic.
 */

/** Names of the activations, as used in `createNetwork({ activation })`. */
export type ActivationName =
  | 'identity'
  | 'relu'
  | 'leakyRelu'
  | 'sigmoid'
  | 'tanh'
  | 'softplus'
  | 'gelu';

/** An activation function with its derivative and how to display it. */
export interface Activation {
  /** Key, e.g. `'leakyRelu'`. */
  readonly name: ActivationName;
  /** Human label, e.g. `'Leaky ReLU'`. */
  readonly label: string;
  /** KaTeX source of f(z) (the right-hand side), e.g. `'\\max(0, z)'`. */
  readonly tex: string;
  /** The function f(z). */
  readonly f: (z: number) => number;
  /** Its derivative f′(z). At the kink z = 0 of ReLU and leaky ReLU we use the left-hand slope (0 and 0.01). */
  readonly df: (z: number) => number;
}

/** Slope of leaky ReLU for negative inputs. */
const LEAKY_SLOPE = 0.01;

/** √(2/π), used by the tanh form of GELU. */
const GELU_C = Math.sqrt(2 / Math.PI);
/** Cubic coefficient of the tanh form of GELU. */
const GELU_K = 0.044715;

/** Logistic sigmoid 1 / (1 + e^(−z)), computed without overflow for large |z|. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z); // z < 0, so e ∈ (0, 1): no overflow
  return e / (1 + e);
}

/** Softplus ln(1 + e^z), computed as max(z, 0) + ln(1 + e^(−|z|)) so it never overflows. */
export function softplus(z: number): number {
  return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
}

/** GELU, tanh approximation: ½ z (1 + tanh(√(2/π) (z + 0.044715 z³))). */
export function gelu(z: number): number {
  return 0.5 * z * (1 + Math.tanh(GELU_C * (z + GELU_K * z * z * z)));
}

/** Derivative of the tanh form of GELU. */
function geluDerivative(z: number): number {
  const t = Math.tanh(GELU_C * (z + GELU_K * z * z * z));
  const sech2 = 1 - t * t;
  // For large |z|, t = ±1 exactly and sech2 = 0; skip the product so z³ (maybe ±Infinity) never meets 0.
  if (sech2 === 0) return 0.5 * (1 + t);
  return 0.5 * (1 + t) + 0.5 * z * sech2 * GELU_C * (1 + 3 * GELU_K * z * z);
}

/** All activations, keyed by name. */
export const activations: { readonly [K in ActivationName]: Activation & { readonly name: K } } = {
  identity: {
    name: 'identity',
    label: 'Identity',
    tex: 'z',
    f: (z) => z,
    df: () => 1,
  },
  relu: {
    name: 'relu',
    label: 'ReLU',
    tex: '\\max(0, z)',
    f: (z) => (z > 0 ? z : 0),
    df: (z) => (z > 0 ? 1 : 0),
  },
  leakyRelu: {
    name: 'leakyRelu',
    label: 'Leaky ReLU',
    tex: '\\max(0.01\\,z,\\; z)',
    f: (z) => (z > 0 ? z : LEAKY_SLOPE * z),
    df: (z) => (z > 0 ? 1 : LEAKY_SLOPE),
  },
  sigmoid: {
    name: 'sigmoid',
    label: 'Sigmoid',
    tex: '\\frac{1}{1 + e^{-z}}',
    f: sigmoid,
    df: (z) => {
      const s = sigmoid(z);
      return s * (1 - s);
    },
  },
  tanh: {
    name: 'tanh',
    label: 'Tanh',
    tex: '\\tanh z = \\frac{e^{z} - e^{-z}}{e^{z} + e^{-z}}',
    f: Math.tanh,
    df: (z) => {
      const t = Math.tanh(z);
      return 1 - t * t;
    },
  },
  softplus: {
    name: 'softplus',
    label: 'Softplus',
    tex: '\\ln\\left(1 + e^{z}\\right)',
    f: softplus,
    df: sigmoid,
  },
  gelu: {
    name: 'gelu',
    label: 'GELU',
    tex: '\\tfrac{1}{2}\\, z \\left(1 + \\tanh\\!\\left(\\sqrt{2/\\pi}\\,\\left(z + 0.044715\\, z^{3}\\right)\\right)\\right)',
    f: gelu,
    df: geluDerivative,
  },
};

/** Every activation name, in a sensible display order. */
export const activationNames: readonly ActivationName[] = [
  'identity',
  'relu',
  'leakyRelu',
  'sigmoid',
  'tanh',
  'softplus',
  'gelu',
];

/** True if `name` is a known activation name. */
export function isActivationName(name: unknown): name is ActivationName {
  return typeof name === 'string' && (activationNames as readonly string[]).includes(name);
}

/**
 * Array kernel: a[k] = f(z[k]) for k < n.
 * One `switch` per call; the loops are plain arithmetic so V8 can optimise them.
 */
export function activateInto(name: ActivationName, z: Float64Array, a: Float64Array, n: number): void {
  switch (name) {
    case 'identity':
      for (let k = 0; k < n; k++) a[k] = z[k];
      return;
    case 'relu':
      for (let k = 0; k < n; k++) {
        const v = z[k];
        a[k] = v > 0 ? v : 0;
      }
      return;
    case 'leakyRelu':
      for (let k = 0; k < n; k++) {
        const v = z[k];
        a[k] = v > 0 ? v : LEAKY_SLOPE * v;
      }
      return;
    case 'sigmoid':
      for (let k = 0; k < n; k++) a[k] = sigmoid(z[k]);
      return;
    case 'tanh':
      for (let k = 0; k < n; k++) a[k] = Math.tanh(z[k]);
      return;
    case 'softplus':
      for (let k = 0; k < n; k++) a[k] = softplus(z[k]);
      return;
    case 'gelu':
      for (let k = 0; k < n; k++) a[k] = gelu(z[k]);
      return;
  }
}

/**
 * Array kernel for backpropagation: delta[k] *= f′(z[k]) for k < n, where
 * a[k] = f(z[k]) is already known. Uses `a` where that is cheaper
 * (tanh′ = 1 − a², sigmoid′ = a(1 − a)).
 */
export function multiplyByDerivative(
  name: ActivationName,
  z: Float64Array,
  a: Float64Array,
  delta: Float64Array,
  n: number,
): void {
  switch (name) {
    case 'identity':
      return;
    case 'relu':
      for (let k = 0; k < n; k++) if (!(z[k] > 0)) delta[k] = 0;
      return;
    case 'leakyRelu':
      for (let k = 0; k < n; k++) if (!(z[k] > 0)) delta[k] *= LEAKY_SLOPE;
      return;
    case 'sigmoid':
      for (let k = 0; k < n; k++) {
        const s = a[k];
        delta[k] *= s * (1 - s);
      }
      return;
    case 'tanh':
      for (let k = 0; k < n; k++) {
        const t = a[k];
        delta[k] *= 1 - t * t;
      }
      return;
    case 'softplus':
      for (let k = 0; k < n; k++) delta[k] *= sigmoid(z[k]);
      return;
    case 'gelu':
      for (let k = 0; k < n; k++) delta[k] *= geluDerivative(z[k]);
      return;
  }
}
