import { computeLoss, createNetwork, fitLine } from '../../nn/index.ts';
import { landscape, type Landscape } from '../kit/draw/landscape.ts';
import { memoize } from '../kit/compute/memoize.ts';
import { stories, storyData, type Story } from '../kit/data/stories.ts';
import { B_DOMAIN, W_DOMAIN, type State } from './state.ts';

export interface Model {
  story: Story;
  land: Landscape;
  /** The loss (MSE) of the reader's line y = w·x + b. */
  loss: number;
}

const landscapeOf = memoize(
  (dataset: State['dataset']) => landscape(stories[dataset].points, W_DOMAIN, B_DOMAIN, fitLine(storyData(stories[dataset]))),
  2,
);

export function compute(state: State): Model {
  const story = stories[state.dataset];
  const net = createNetwork({ sizes: [1, 1], activation: 'identity', params: [state.w, state.b] });
  return { story, land: landscapeOf(state.dataset), loss: computeLoss(net, storyData(story), 'mse') };
}
