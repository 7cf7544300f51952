import T from 'virtual:text/width-explorer';
import plotText from 'virtual:text/plot';
import { editablePoints, type Spec, type StateOf } from '../kit/contract/spec.ts';

/** The widths on the loss-against-width chart; any width the reader picks is trained too. */
export const WIDTHS = [1, 2, 3, 4, 6, 8, 12, 16, 24, 32] as const;

/** Props of <WidthExplorer>: how many ReLU neurons a curve needs. */
export const spec = {
  width: {
    kind: 'number',
    label: T.props.width.label,
    description: T.props.width.description,
    default: 3,
    min: 1,
    max: 32,
    step: 1,
    integer: true,
  },
  dataset: {
    kind: 'dataset',
    label: T.props.dataset.label,
    description: T.props.dataset.description,
    default: 'sine-2x',
    shape: 'xy',
    offered: ['sine-2x', 'u-40'],
  },
  points: editablePoints(plotText.points.label, plotText.points.description),
} as const satisfies Spec;

export type State = StateOf<typeof spec>;
