/**
 * Why linear neurons stay straight: a network whose activations are all the
 * identity is a chain of affine maps x ↦ W x + b, and composing affine maps
 * gives one affine map:
 *
 *   W₂(W₁x + b₁) + b₂ = (W₂W₁) x + (W₂b₁ + b₂)
 *
 * `collapse` multiplies the layers out and returns that single layer.
 */

import { hiddenActivationsOf, layerOffsets } from './network.ts';
import { checkNetwork } from './validate.ts';
import type { Network } from './network.ts';

/** One affine layer, in the same layout as a layer of params: weights [out][in] row-major, then biases [out]. */
export interface AffineLayer {
  /** rows × cols, row-major: weights[j·cols + i] is from input i to output j. */
  weights: Float64Array;
  /** One per output. */
  biases: Float64Array;
  /** Outputs (the network's last size). */
  rows: number;
  /** Inputs (the network's first size). */
  cols: number;
}

/**
 * The single affine layer equal to an all-identity network: for every x,
 * predict(net, x) = weights·x + biases.
 * Throws a TypeError if a hidden layer or the output layer is not 'identity'
 * (then the network can bend, and no single layer equals it).
 */
export function collapse(net: Network): AffineLayer {
  const who = 'collapse';
  checkNetwork(net, who);
  const layers = layerOffsets(net.sizes);
  const bending = hiddenActivationsOf(net).find((name) => name !== 'identity');
  if (bending !== undefined) {
    const where = net.hiddenActivations ? 'every entry of net.hiddenActivations' : 'net.activation';
    throw new TypeError(`${who}: ${where} must be 'identity' to collapse to one layer, got '${bending}' (non-linear neurons bend)`);
  }
  if (net.output !== 'identity') {
    throw new TypeError(`${who}: net.output must be 'identity' to collapse to one layer, got '${net.output}'`);
  }
  const p = net.params;
  const cols = net.sizes[0];

  // Start with the first layer: W = W₁, b = b₁.
  const first = layers[0];
  let rows = first.rows;
  let W = p.slice(first.weights, first.weights + rows * cols);
  let b = p.slice(first.biases, first.biases + rows);

  // Fold in each next layer: W ← Wₗ W, b ← Wₗ b + bₗ.
  for (let l = 1; l < layers.length; l++) {
    const { weights, biases, rows: out, cols: mid } = layers[l];
    const nextW = new Float64Array(out * cols);
    const nextB = new Float64Array(out);
    for (let j = 0; j < out; j++) {
      let bias = p[biases + j];
      for (let m = 0; m < mid; m++) {
        const wjm = p[weights + j * mid + m];
        bias += wjm * b[m];
        for (let i = 0; i < cols; i++) nextW[j * cols + i] += wjm * W[m * cols + i];
      }
      nextB[j] = bias;
    }
    W = nextW;
    b = nextB;
    rows = out;
  }
  return { weights: W, biases: b, rows, cols };
}
