/**
 * The backward pass (backpropagation): the chain rule, layer by layer, from
 * the output back to the inputs.
 *
 * Start: delta = ∂loss/∂z of the output layer (written by `lossInto`).
 * For each layer, last to first, with x its inputs (the previous layer's a),
 * summing over the examples s:
 *
 *   ∂loss/∂W[j][i] = Σₛ delta[j][s] · x[i][s]
 *   ∂loss/∂b[j]    = Σₛ delta[j][s]
 *   ∂loss/∂x[i][s] = Σⱼ W[j][i] · delta[j][s]        (sent back one layer)
 *   previous delta = ∂loss/∂x · f′(z of the previous layer)
 *
 * Arrays are neuron-major (see workspace.ts): delta[j][s] is delta[j·count + s].
 */

import { multiplyByDerivative } from './activations.ts';
import type { Workspace } from './workspace.ts';

/**
 * Kernel: after `forwardInto` and `lossInto(…, withDelta = true)` on the same
 * `count` examples, write ∂loss/∂params into `gradient` (same layout as
 * params; every entry is overwritten).
 */
export function backwardInto(
  ws: Workspace,
  params: Float64Array,
  inputs: Float64Array,
  count: number,
  gradient: Float64Array,
): void {
  for (let l = ws.layers.length - 1; l >= 0; l--) {
    const { weights, biases, rows, cols } = ws.layers[l];
    const delta = ws.delta[l];
    const x = l === 0 ? inputs : ws.a[l - 1];

    // Gradients of this layer's parameters: sums over examples.
    for (let j = 0; j < rows; j++) {
      const dj = j * count;
      let gb = 0;
      for (let s = 0; s < count; s++) gb += delta[dj + s];
      gradient[biases + j] = gb;
      for (let i = 0; i < cols; i++) {
        const xi = i * count;
        let gw = 0;
        for (let s = 0; s < count; s++) gw += delta[dj + s] * x[xi + s];
        gradient[weights + j * cols + i] = gw;
      }
    }

    if (l === 0) break; // the first layer's inputs are data: nothing to send back

    // Send delta back through the weights, then through the previous activation.
    const back = ws.delta[l - 1];
    for (let i = 0; i < cols; i++) {
      const bi = i * count;
      const w0 = params[weights + i]; // W[0][i]
      for (let s = 0; s < count; s++) back[bi + s] = w0 * delta[s];
      for (let j = 1; j < rows; j++) {
        const w = params[weights + j * cols + i];
        const dj = j * count;
        for (let s = 0; s < count; s++) back[bi + s] += w * delta[dj + s];
      }
    }
    multiplyByDerivative(ws.hidden[l - 1], ws.z[l - 1], ws.a[l - 1], back, count * cols);
  }
}
