/**
 * The forward pass: push inputs through the layers.
 *
 * For each layer and each example, every neuron j computes
 *   z_j = b_j + Σ_i W[j][i] · x_i    (a straight function of its inputs)
 *   a_j = f(z_j)                     (the bend, if f is not the identity)
 * and the layer's outputs a become the next layer's inputs x.
 */

import { activateInto } from './activations.ts';
import { checkNetwork, show, toFloat64 } from './validate.ts';
import type { Network } from './network.ts';
import { createWorkspace, transpose } from './workspace.ts';
import type { Workspace } from './workspace.ts';

/** Every layer's values after a forward pass, for drawing hidden neurons. */
export interface ForwardResult {
  /** Number of examples. */
  count: number;
  /**
   * Pre-activations, one array per weight layer: z[l] is count × sizes[l+1], row-major
   * (z[l][s·sizes[l+1] + j] is neuron j of layer l+1 on example s). The input layer has no entry.
   */
  z: Float64Array[];
  /** Activations a = f(z), same shapes as `z`. */
  a: Float64Array[];
  /** The network's outputs: the last entry of `a` (count × outputSize). */
  output: Float64Array;
}

/**
 * Kernel: forward `count` examples through the layers with parameters
 * `params`, filling ws.z and ws.a. `inputs` is neuron-major
 * (inputs[i·count + s], see workspace.ts). Returns the output activations
 * (ws.a of the last layer, also neuron-major).
 */
export function forwardInto(
  ws: Workspace,
  params: Float64Array,
  inputs: Float64Array,
  count: number,
): Float64Array {
  const last = ws.layers.length - 1;
  let x = inputs;
  for (let l = 0; l <= last; l++) {
    const { weights, biases, rows, cols } = ws.layers[l];
    const z = ws.z[l];
    for (let j = 0; j < rows; j++) {
      const zj = j * count; // neuron j's values start here
      const wj = weights + j * cols; // its weights W[j][·] start here
      // z = b + W[j][0]·x₀, then add W[j][i]·xᵢ for the other inputs
      const b = params[biases + j];
      const w0 = params[wj];
      for (let s = 0; s < count; s++) z[zj + s] = b + w0 * x[s];
      for (let i = 1; i < cols; i++) {
        const w = params[wj + i];
        const xi = i * count;
        for (let s = 0; s < count; s++) z[zj + s] += w * x[xi + s];
      }
    }
    activateInto(l === last ? ws.output : ws.hidden[l], z, ws.a[l], count * rows);
    x = ws.a[l];
  }
  return x;
}

/**
 * Run the network on `count` examples and return every layer's z and a.
 * `inputs` is count × inputSize, row-major; `count` defaults to inputs.length / inputSize.
 */
export function forward(net: Network, inputs: Float64Array | readonly number[], count?: number): ForwardResult {
  const { x, n } = checkInputs(net, inputs, count, 'forward');
  const ws = createWorkspace(net, n, { backward: false });
  forwardInto(ws, net.params, transpose(x, n, net.sizes[0]), n);
  // Back to one row per example.
  const z = ws.layers.map(({ rows }, l) => transpose(ws.z[l], rows, n));
  const a = ws.layers.map(({ rows }, l) => transpose(ws.a[l], rows, n));
  return { count: n, z, a, output: a[a.length - 1] };
}

/**
 * The network's outputs for `count` examples: a Float64Array of count × outputSize.
 * `inputs` is count × inputSize, row-major; `count` defaults to inputs.length / inputSize.
 *
 * @example
 * predict(net, [-1, 0, 1]); // a 1-input, 1-output network at x = −1, 0, 1
 */
export function predict(net: Network, inputs: Float64Array | readonly number[], count?: number): Float64Array {
  const { x, n } = checkInputs(net, inputs, count, 'predict');
  const ws = createWorkspace(net, n, { backward: false });
  const output = forwardInto(ws, net.params, transpose(x, n, net.sizes[0]), n);
  return transpose(output, net.sizes[net.sizes.length - 1], n);
}

/** Check `inputs` against the network's input size; returns them as a Float64Array and the example count. */
function checkInputs(
  net: Network,
  inputs: Float64Array | readonly number[],
  count: number | undefined,
  who: string,
): { x: Float64Array; n: number } {
  checkNetwork(net, who);
  const x = toFloat64(inputs, who, 'inputs');
  const inputSize = net.sizes[0];
  let n: number;
  if (count === undefined) {
    if (x.length % inputSize !== 0) {
      throw new RangeError(
        `${who}: inputs.length (${x.length}) must be a multiple of the input size net.sizes[0] = ${inputSize}`,
      );
    }
    n = x.length / inputSize;
  } else {
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
      const message = `${who}: count must be a non-negative integer, got ${show(count)}`;
      throw typeof count === 'number' ? new RangeError(message) : new TypeError(message);
    }
    if (count * inputSize > x.length) {
      throw new RangeError(
        `${who}: count × inputSize = ${count} × ${inputSize} exceeds inputs.length (${x.length})`,
      );
    }
    n = count;
  }
  for (let k = 0; k < n * inputSize; k++) {
    if (!Number.isFinite(x[k])) throw new RangeError(`${who}: inputs[${k}] must be finite, got ${show(x[k])}`);
  }
  return { x, n };
}
