import { computeLoss, createNetwork, predict } from '../../nn/index.ts';
import { xyData, type XYDataset } from '../kit/data/dataset.ts';
import { datasetIn } from '../kit/data/edits.ts';
import type { State } from './state.ts';

export interface Model {
  story: XYDataset;
  /** The neuron's output at each data point. */
  predicted: Float64Array;
  /** Mean of squared vertical gaps. */
  mse: number;
}

/** One neuron with one input and no activation (a 1–1 network): a line. Its loss is the mean squared gap. */
export function compute(state: State): Model {
  const story = datasetIn(state);
  const data = xyData(story);
  const net = createNetwork({ sizes: [1, 1], activation: 'identity', params: [state.w, state.b] });
  return { story, predicted: predict(net, data.inputs), mse: computeLoss(net, data, 'mse') };
}
