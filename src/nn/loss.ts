/**
 * Loss functions: one number saying how far the outputs are from the targets.
 *
 * With n examples, outputs ŷ and targets y (k runs over output neurons):
 *
 *   mse = (1/n) Σᵢ Σₖ (ŷᵢₖ − yᵢₖ)²                        (no ½)
 *   bce = (1/n) Σᵢ Σₖ −[yᵢₖ ln ŷᵢₖ + (1 − yᵢₖ) ln(1 − ŷᵢₖ)],  ŷ = σ(z)
 *
 * Binary cross-entropy needs a sigmoid output. We compute it from the logit z
 * rather than from ŷ, as softplus(z) − y·z, which never takes the log of 0;
 * and its gradient with respect to z is simply (σ(z) − y) / n.
 */

import { multiplyByDerivative, softplus } from './activations.ts';
import { checkDataFits, checkNetwork, checkOneOf } from './validate.ts';
import type { Data } from './data.ts';
import { forwardInto } from './forward.ts';
import type { Network } from './network.ts';
import { createWorkspace, transpose } from './workspace.ts';
import type { Workspace } from './workspace.ts';

/** Loss names: mean squared error (regression) or binary cross-entropy (classification). */
export type LossName = 'mse' | 'bce';

/** Every loss name. */
const lossNames: readonly LossName[] = ['mse', 'bce'];

/**
 * Kernel: the loss of the last forward pass in `ws` (count examples) against
 * `targets` (neuron-major like the outputs: targets[k·count + s]). With
 * `withDelta`, also write ∂loss/∂z of the output layer into ws.delta (the
 * starting point of backpropagation).
 */
export function lossInto(
  ws: Workspace,
  loss: LossName,
  targets: Float64Array,
  count: number,
  withDelta: boolean,
): number {
  const last = ws.layers.length - 1;
  const m = count * ws.layers[last].rows; // numbers in the output
  const z = ws.z[last];
  const a = ws.a[last];
  const delta = ws.delta[last];
  const invN = 1 / count;
  let sum = 0;
  if (loss === 'mse') {
    const scale = 2 * invN;
    for (let k = 0; k < m; k++) {
      const diff = a[k] - targets[k];
      sum += diff * diff;
      if (withDelta) delta[k] = scale * diff; // ∂loss/∂ŷ
    }
    if (withDelta) multiplyByDerivative(ws.output, z, a, delta, m); // chain rule through the output activation
  } else {
    for (let k = 0; k < m; k++) {
      const zk = z[k];
      const y = targets[k];
      sum += softplus(zk) - y * zk;
      if (withDelta) delta[k] = invN * (a[k] - y); // a = σ(z)
    }
  }
  return sum * invN;
}

/**
 * Throw unless `loss` is a known loss that suits `net` and `data`:
 * 'bce' needs a sigmoid output and targets in [0, 1].
 */
export function checkLoss(loss: unknown, net: Network, data: Data, who: string): LossName {
  const name = checkOneOf(loss, lossNames, who, 'loss');
  if (name === 'bce') {
    if (net.output !== 'sigmoid') {
      throw new RangeError(
        `${who}: loss 'bce' needs a sigmoid output layer, but net.output is '${net.output}'`,
      );
    }
    const t = data.targets;
    for (let k = 0; k < t.length; k++) {
      if (!(t[k] >= 0 && t[k] <= 1)) {
        throw new RangeError(`${who}: loss 'bce' needs data.targets in [0, 1], got data.targets[${k}] = ${t[k]}`);
      }
    }
  }
  return name;
}

/** The loss of `net` on `data` ('mse' by default). */
export function computeLoss(net: Network, data: Data, loss: LossName = 'mse'): number {
  const who = 'computeLoss';
  checkNetwork(net, who);
  checkDataFits(net, data, who);
  const name = checkLoss(loss, net, data, who);
  const n = data.count;
  const ws = createWorkspace(net, n);
  forwardInto(ws, net.params, transpose(data.inputs, n, data.inputSize), n);
  return lossInto(ws, name, transpose(data.targets, n, data.outputSize), n, false);
}
