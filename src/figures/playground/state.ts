import T from 'virtual:text/playground';
import plotText from 'virtual:text/plot';
import { editablePoints, type Spec, type StateOf } from '../kit/contract/spec.ts';
import { networkProps } from './network-props.ts';

export { ACTIVATIONS, LEARNING_RATES, MAX_LAYERS, MAX_WIDTH, OPTIMIZERS, RECORDS, STEP_COUNTS, layersOf } from './network-props.ts';

/**
 * Props of <Playground>: any small one-input network, trained on any one-input dataset or the reader's points,
 * every run recorded so the scrubber replays it. The network's props are shared with <PlaygroundClasses>
 * (network-props.ts).
 */
export const spec = {
  dataset: {
    kind: 'dataset',
    label: T.props.dataset.label,
    description: T.props.dataset.description,
    default: 'sine-2x',
    shape: 'xy',
    offered: 'all',
  },
  ...networkProps,
  points: editablePoints(plotText.points.label, plotText.points.description),
} as const satisfies Spec;

export type State = StateOf<typeof spec>;
