import { computeLoss, createNetwork, predict } from '../../nn/index.ts';
import { stories, storyData, type Story } from '../kit/data/stories.ts';
import type { State } from './state.ts';

export interface Model {
  story: Story;
  /** The neuron's output at each data point. */
  predicted: Float64Array;
  /** Mean of squared vertical gaps. */
  mse: number;
}

/** One neuron with one input and no activation (a 1–1 network): a line. Its loss is the mean squared gap. */
export function compute(state: State): Model {
  const story = stories[state.dataset];
  const data = storyData(story);
  const net = createNetwork({ sizes: [1, 1], activation: 'identity', params: [state.w, state.b] });
  return { story, predicted: predict(net, data.inputs), mse: computeLoss(net, data, 'mse') };
}
