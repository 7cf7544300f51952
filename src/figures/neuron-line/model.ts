import { stories, type Story } from '../kit/stories.ts';
import type { State } from './state.ts';

export interface Model {
  story: Story;
  /** The neuron's output at each data point. */
  predicted: Float64Array;
  /** Mean of squared vertical gaps. */
  mse: number;
}

/** One neuron with one input: a line. Its loss is the mean squared gap to the data. */
export function compute(state: State): Model {
  const story = stories[state.dataset];
  const predicted = new Float64Array(story.points.length);
  let sum = 0;
  story.points.forEach((p, i) => {
    predicted[i] = state.w * p.x + state.b;
    sum += (predicted[i] - p.y) ** 2;
  });
  return { story, predicted, mse: sum / story.points.length };
}
