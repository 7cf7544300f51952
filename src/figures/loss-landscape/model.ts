import { computeLoss, createNetwork, fitLine } from '../../nn/index.ts';
import { landscape, type Landscape } from '../kit/draw/landscape.ts';
import { memoize } from '../kit/compute/memoize.ts';
import { xyData, type XYDataset } from '../kit/data/dataset.ts';
import { dataChoiceOf, datasetIn, type DataChoice } from '../kit/data/edits.ts';
import { B_DOMAIN, W_DOMAIN, type State } from './state.ts';

export interface Model {
  story: XYDataset;
  land: Landscape;
  /** The loss (MSE) of the reader's line y = w·x + b. */
  loss: number;
}

/** Keyed by the data it is measured on: the published points, or the reader's (the same code, the same map). */
const landscapeOf = memoize((choice: DataChoice) => {
  const story = datasetIn(choice);
  return landscape(story.points, W_DOMAIN, B_DOMAIN, fitLine(xyData(story)));
}, 2);

export function compute(state: State): Model {
  const story = datasetIn(state);
  const net = createNetwork({ sizes: [1, 1], activation: 'identity', params: [state.w, state.b] });
  return { story, land: landscapeOf(dataChoiceOf(state)), loss: computeLoss(net, xyData(story), 'mse') };
}
