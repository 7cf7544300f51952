/**
 * Bending Lines — the neural-network module, as one flat public surface.
 *
 * Pure TypeScript: no DOM, no globals, no Math.random. Everything random
 * takes a seed. Networks are plain data ({ sizes, activation, output, params })
 * with all weights and biases in one Float64Array.
 *
 * @example
 * import { createNetwork, datasets, train, predict, fitLine } from './index.ts';
 * const data = datasets.v();
 * const net = createNetwork({ sizes: [1, 8, 1], activation: 'relu' });
 * const traj = train(net, data, { steps: 2000, learningRate: 0.05, record: 20 });
 * traj.loss.at(-1) < fitLine(data).mse; // true: the ReLU network bends, a line cannot
 */

export { createRng, normal, shuffleInPlace } from './rng.ts';
export type { Rng } from './rng.ts';

export {
  activations,
  activationNames,
  isActivationName,
  sigmoid,
  softplus,
  gelu,
} from './activations.ts';
export type { Activation, ActivationName } from './activations.ts';

export {
  createNetwork,
  withParams,
  cloneNetwork,
  layerOffsets,
  paramCount,
  defaultInit,
  hiddenActivationsOf,
} from './network.ts';
export type { Network, NetworkOptions, LayerOffset, Init } from './network.ts';

export { predict, forward } from './forward.ts';
export type { ForwardResult } from './forward.ts';

export { computeLoss } from './loss.ts';
export type { LossName } from './loss.ts';

export { lossAndGradient } from './gradient.ts';
export type { LossAndGradient } from './gradient.ts';

export { optimizerNames } from './optimizers.ts';
export type { OptimizerName, OptimizerSettings } from './optimizers.ts';

export { train, paramsAt } from './train.ts';
export type { TrainOptions, Trajectory } from './train.ts';

export { createDataset } from './data.ts';
export type { Data, Dataset } from './data.ts';

export { datasets, datasetNames } from './datasets.ts';
export type {
  DatasetName,
  DatasetOptions,
  DatasetOptionsByName,
  Range1DOptions,
  LineOptions,
  UOptions,
  SineOptions,
  PlateauOptions,
  XorOptions,
  SpiralOptions,
} from './datasets.ts';

export { fitLine } from './fit-line.ts';
export type { LineFit } from './fit-line.ts';

export { collapse } from './collapse.ts';
export type { AffineLayer } from './collapse.ts';
