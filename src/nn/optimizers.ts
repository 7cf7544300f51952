/**
 * Optimizers: how a gradient becomes a step. With learning rate η and
 * gradient g (per parameter):
 *
 *   sgd       p ← p − η g
 *   momentum  v ← μ v + g;            p ← p − η v                (μ = 0.9; PyTorch's form)
 *   adam      m ← β₁ m + (1 − β₁) g;  s ← β₂ s + (1 − β₂) g²
 *             p ← p − η m̂ / (√ŝ + ε),  m̂ = m / (1 − β₁ᵗ), ŝ = s / (1 − β₂ᵗ)
 *                                     (β₁ = 0.9, β₂ = 0.999, ε = 1e-8)
 *
 * A step reads `params` and writes the new values into a separate array
 * `next`, so training can keep the last good parameters if a step blows up.
 */

/** Optimizer names. */
export type OptimizerName = 'sgd' | 'momentum' | 'adam';

/** Every optimizer name. */
export const optimizerNames: readonly OptimizerName[] = ['sgd', 'momentum', 'adam'];

/** Hyper-parameters of the optimizers (each optimizer reads the ones it uses). */
export interface OptimizerSettings {
  /** Step size η. */
  learningRate: number;
  /** Momentum μ, in [0, 1). Default 0.9. */
  momentum: number;
  /** Adam's first-moment decay β₁, in [0, 1). Default 0.9. */
  beta1: number;
  /** Adam's second-moment decay β₂, in [0, 1). Default 0.999. */
  beta2: number;
  /** Adam's ε, > 0. Default 1e-8. */
  epsilon: number;
}

/** Default hyper-parameters (the learning rate has none: always give it). */
export const optimizerDefaults: Omit<OptimizerSettings, 'learningRate'> = {
  momentum: 0.9,
  beta1: 0.9,
  beta2: 0.999,
  epsilon: 1e-8,
};

/** An optimizer's running state: velocities or moments, one per parameter. */
export interface OptimizerState {
  readonly name: OptimizerName;
  readonly settings: Readonly<OptimizerSettings>;
  /** Momentum's v, or Adam's first moment m (zeros for sgd; length 0). */
  readonly first: Float64Array;
  /** Adam's second moment s (length 0 otherwise). */
  readonly second: Float64Array;
  /** Steps taken so far (Adam's t). */
  t: number;
}

/** Fresh optimizer state for `paramCount` parameters. */
export function createOptimizer(
  name: OptimizerName,
  paramCount: number,
  settings: OptimizerSettings,
): OptimizerState {
  return {
    name,
    settings: { ...settings },
    first: new Float64Array(name === 'sgd' ? 0 : paramCount),
    second: new Float64Array(name === 'adam' ? paramCount : 0),
    t: 0,
  };
}

/**
 * Take one step: next = params moved against `gradient`. Updates the state.
 * Returns false if any new parameter is not finite (the caller then keeps `params`).
 */
export function optimizerStep(
  state: OptimizerState,
  params: Float64Array,
  gradient: Float64Array,
  next: Float64Array,
): boolean {
  const n = params.length;
  const { learningRate: lr } = state.settings;
  let check = 0; // stays 0 while every value is finite: x·0 is NaN for ±Infinity and NaN
  state.t++;
  if (state.name === 'sgd') {
    for (let k = 0; k < n; k++) {
      const p = params[k] - lr * gradient[k];
      next[k] = p;
      check += p * 0;
    }
  } else if (state.name === 'momentum') {
    const mu = state.settings.momentum;
    const v = state.first;
    for (let k = 0; k < n; k++) {
      const vk = mu * v[k] + gradient[k];
      v[k] = vk;
      const p = params[k] - lr * vk;
      next[k] = p;
      check += p * 0;
    }
  } else {
    const { beta1, beta2, epsilon } = state.settings;
    const m = state.first;
    const s = state.second;
    const c1 = 1 / (1 - Math.pow(beta1, state.t)); // bias corrections
    const c2 = 1 / (1 - Math.pow(beta2, state.t));
    for (let k = 0; k < n; k++) {
      const g = gradient[k];
      const mk = beta1 * m[k] + (1 - beta1) * g;
      const sk = beta2 * s[k] + (1 - beta2) * g * g;
      m[k] = mk;
      s[k] = sk;
      const p = params[k] - (lr * mk * c1) / (Math.sqrt(sk * c2) + epsilon);
      next[k] = p;
      check += p * 0;
    }
  }
  return check === 0;
}
