/**
 * Loss and gradient together: forward pass, loss, backward pass.
 * The gradient is what every optimizer needs; it has the same layout as
 * net.params, so gradient[k] is ∂loss/∂params[k].
 */

import { backwardInto } from './backward.ts';
import { checkDataFits, checkNetwork } from './validate.ts';
import type { Data } from './data.ts';
import { forwardInto } from './forward.ts';
import { checkLoss, lossInto } from './loss.ts';
import type { LossName } from './loss.ts';
import type { Network } from './network.ts';
import { createWorkspace, transpose } from './workspace.ts';
import type { Workspace } from './workspace.ts';

/** The loss at the current params and its gradient (same layout as params). */
export interface LossAndGradient {
  loss: number;
  gradient: Float64Array;
}

/**
 * Kernel: loss of `params` on `count` examples and its gradient, written into
 * `gradient`. `inputs` and `targets` are neuron-major (see workspace.ts).
 * Allocates nothing; used by every training step.
 */
export function lossAndGradientInto(
  ws: Workspace,
  params: Float64Array,
  inputs: Float64Array,
  targets: Float64Array,
  count: number,
  loss: LossName,
  gradient: Float64Array,
): number {
  forwardInto(ws, params, inputs, count);
  const value = lossInto(ws, loss, targets, count, true);
  backwardInto(ws, params, inputs, count, gradient);
  return value;
}

/**
 * The loss of `net` on all of `data` and its gradient with respect to every
 * parameter (`'mse'` by default, or `'bce'` for a sigmoid output).
 *
 * @example
 * const { loss, gradient } = lossAndGradient(net, datasets.v());
 */
export function lossAndGradient(net: Network, data: Data, loss: LossName = 'mse'): LossAndGradient {
  const who = 'lossAndGradient';
  checkNetwork(net, who);
  checkDataFits(net, data, who);
  const name = checkLoss(loss, net, data, who);
  const n = data.count;
  const ws = createWorkspace(net, n);
  const inputs = transpose(data.inputs, n, data.inputSize);
  const targets = transpose(data.targets, n, data.outputSize);
  const gradient = new Float64Array(net.params.length);
  const value = lossAndGradientInto(ws, net.params, inputs, targets, n, name, gradient);
  return { loss: value, gradient };
}
