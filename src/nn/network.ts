/**
 * A network is plain data: layer sizes, activation names and one flat
 * Float64Array holding every weight and bias. Every hidden layer uses
 * `activation` unless `hiddenActivations` names one per hidden layer.
 *
 * Parameter layout, layer after layer (layer l maps sizes[l] → sizes[l+1]):
 *
 *   weights W[j][i], row-major, rows = sizes[l+1] (neuron j), cols = sizes[l] (input i)
 *   then biases b[j]
 *
 * so neuron j of layer l computes z_j = Σ_i W[j][i]·x_i + b_j, and
 * W[j][i] sits at params[weights + j·cols + i], b[j] at params[biases + j]
 * (offsets from `layerOffsets`).
 */

import type { ActivationName } from './activations.ts';
import { createRng, normal } from './rng.ts';
import {
  checkActivation,
  checkFiniteArray,
  checkHiddenActivations,
  checkFinitePositive,
  checkFinite,
  checkNetwork,
  checkOptions,
  checkSizes,
  orDefault,
  show,
  toFloat64,
} from './validate.ts';

/** A fully connected feed-forward network. */
export interface Network {
  /** Neurons per layer, input first: `[1, 8, 1]` is one input, 8 hidden neurons, one output. */
  sizes: number[];
  /** Activation of every hidden layer (of the first, when `hiddenActivations` names them one by one). */
  activation: ActivationName;
  /**
   * Optional: one activation per hidden layer, first to last (length `sizes.length − 2`), for networks whose
   * layers differ (a ReLU layer, then a linear one). Absent: every hidden layer uses `activation`.
   */
  hiddenActivations?: ActivationName[];
  /** Activation of the last layer (`'identity'` for regression, `'sigmoid'` for classification). */
  output: ActivationName;
  /** All weights and biases, in the layout described in this file. */
  params: Float64Array;
}

/** Where one layer's weights and biases live in `params`. */
export interface LayerOffset {
  /** Index of W[0][0] in params. */
  weights: number;
  /** Index of b[0] in params. */
  biases: number;
  /** Neurons in this layer (= sizes[l + 1]): rows of W. */
  rows: number;
  /** Inputs to this layer (= sizes[l]): columns of W. */
  cols: number;
}

/** Weight initialisation: a scheme name, or a number used as the standard deviation of N(0, std²). */
export type Init = 'xavier' | 'he' | 'normal' | number;

/** Options for `createNetwork`. */
export interface NetworkOptions {
  /** Neurons per layer, input first; at least two entries, each a positive integer. */
  sizes: readonly number[];
  /** Activation of every hidden layer (ignored when there is none, as in `[1, 1]`). */
  activation: ActivationName;
  /** One activation per hidden layer instead (length `sizes.length − 2`); `activation` is then ignored. */
  hiddenActivations?: readonly ActivationName[];
  /** Output-layer activation. Default `'identity'`. */
  output?: ActivationName;
  /** Seed of the initial weights. Default 1. */
  seed?: number;
  /**
   * Weight initialisation, drawn from a normal distribution with mean 0 and
   * standard deviation:
   * - `'xavier'` (Glorot): √(2 / (fanIn + fanOut)), the default for identity, sigmoid and tanh;
   * - `'he'`: √(2 / fanIn), the default for the ReLU family (relu, leakyRelu, softplus, gelu);
   * - `'normal'`: 1;
   * - a number: that standard deviation.
   * With `hiddenActivations` and no `init`, each layer takes the default of the activation it feeds (the
   * output layer, that of the last hidden layer).
   */
  init?: Init;
  /** Standard deviation of the initial biases. Default 0: biases start at exactly 0. */
  biasStd?: number;
  /** Use these parameters instead of random ones (copied; length must be `paramCount(sizes)`). */
  params?: Float64Array | readonly number[];
}

/** Number of parameters (weights + biases) of a network with these layer sizes. */
export function paramCount(sizes: readonly number[]): number {
  checkSizes(sizes, 'paramCount');
  let count = 0;
  for (let l = 0; l + 1 < sizes.length; l++) count += (sizes[l] + 1) * sizes[l + 1];
  return count;
}

/**
 * Offsets of each layer's weights and biases in the flat parameter array.
 *
 * @example
 * layerOffsets([1, 3, 1]);
 * // [{ weights: 0, biases: 3, rows: 3, cols: 1 }, { weights: 6, biases: 9, rows: 1, cols: 3 }]
 */
export function layerOffsets(sizes: readonly number[]): LayerOffset[] {
  checkSizes(sizes, 'layerOffsets');
  const layers: LayerOffset[] = [];
  let offset = 0;
  for (let l = 0; l + 1 < sizes.length; l++) {
    const cols = sizes[l];
    const rows = sizes[l + 1];
    layers.push({ weights: offset, biases: offset + rows * cols, rows, cols });
    offset += rows * cols + rows;
  }
  return layers;
}

/** The default initialisation for a hidden activation: He for the ReLU family, Xavier otherwise. */
export function defaultInit(activation: ActivationName): 'xavier' | 'he' {
  return activation === 'relu' ||
    activation === 'leakyRelu' ||
    activation === 'softplus' ||
    activation === 'gelu'
    ? 'he'
    : 'xavier';
}

/**
 * Create a network with seeded random weights (or the given `params`).
 *
 * @example
 * const net = createNetwork({ sizes: [1, 8, 1], activation: 'relu' });
 * net.params.length; // 25 = 8 weights + 8 biases + 8 weights + 1 bias
 */
export function createNetwork(options: NetworkOptions): Network {
  const who = 'createNetwork';
  const o = checkOptions(options, who, 'options');
  const sizes = checkSizes(o.sizes, who);
  const perLayer = o.hiddenActivations === undefined ? undefined : checkHiddenActivations(o.hiddenActivations, sizes, who, 'hiddenActivations');
  const activation = perLayer?.[0] ?? checkActivation(o.activation, who, 'activation');
  const output = checkActivation(orDefault(o.output, 'identity'), who, 'output');
  const count = paramCount(sizes);
  const shape = (params: Float64Array): Network =>
    perLayer ? { sizes: [...sizes], activation, hiddenActivations: perLayer, output, params } : { sizes: [...sizes], activation, output, params };

  if (o.params !== undefined) {
    const given = o.params instanceof Float64Array ? o.params : toFloat64(o.params, who, 'params');
    return shape(checkFiniteArray(given, count, who, 'params').slice());
  }

  const seed = checkFinite(orDefault(o.seed, 1), who, 'seed');
  const given = o.init;
  if (typeof given === 'number') checkFinitePositive(given, who, 'init');
  else if (given !== undefined && given !== 'xavier' && given !== 'he' && given !== 'normal') {
    const message = `${who}: init must be 'xavier', 'he', 'normal' or a positive number, got ${show(given)}`;
    throw typeof given === 'string' ? new RangeError(message) : new TypeError(message);
  }
  // The activation each weight layer feeds decides its default scale; the output layer follows the last hidden one.
  const hidden = perLayer ?? sizes.slice(2).map(() => activation);
  const initOf = (l: number): Init => given ?? defaultInit(hidden[Math.min(l, hidden.length - 1)] ?? activation);
  const biasStd = o.biasStd === undefined ? 0 : checkFinite(o.biasStd, who, 'biasStd');
  if (biasStd < 0) throw new RangeError(`${who}: biasStd must be ≥ 0, got ${biasStd}`);

  const rng = createRng(seed);
  const params = new Float64Array(count);
  for (const [l, { weights, biases, rows, cols }] of layerOffsets(sizes).entries()) {
    const init = initOf(l);
    const std =
      typeof init === 'number'
        ? init
        : init === 'normal'
          ? 1
          : init === 'he'
            ? Math.sqrt(2 / cols)
            : Math.sqrt(2 / (cols + rows));
    for (let k = 0; k < rows * cols; k++) params[weights + k] = std * normal(rng);
    if (biasStd > 0) for (let j = 0; j < rows; j++) params[biases + j] = biasStd * normal(rng);
  }
  return shape(params);
}

/** The activation of each hidden layer, first to last: `hiddenActivations`, or `activation` for every one. */
export function hiddenActivationsOf(net: Pick<Network, 'sizes' | 'activation' | 'hiddenActivations'>): ActivationName[] {
  return net.hiddenActivations ? [...net.hiddenActivations] : net.sizes.slice(2).map(() => net.activation);
}

/** A copy of `net` with other parameters (copied, checked for length and finiteness). Handy for sliders. */
export function withParams(net: Network, params: Float64Array | readonly number[]): Network {
  checkNetwork(net, 'withParams');
  const given = params instanceof Float64Array ? params : toFloat64(params, 'withParams', 'params');
  const copy = checkFiniteArray(given, net.params.length, 'withParams', 'params').slice();
  return reshaped(net, copy);
}

/** A deep copy of `net` (its own params array). */
export function cloneNetwork(net: Network): Network {
  checkNetwork(net, 'cloneNetwork');
  return reshaped(net, net.params.slice());
}

/** `net`'s shape and activations (copied) with these params; no `hiddenActivations` key where it had none. */
function reshaped(net: Network, params: Float64Array): Network {
  const { sizes, activation, output, hiddenActivations } = net;
  return hiddenActivations
    ? { sizes: [...sizes], activation, hiddenActivations: [...hiddenActivations], output, params }
    : { sizes: [...sizes], activation, output, params };
}
