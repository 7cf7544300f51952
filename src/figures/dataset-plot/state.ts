import T from 'virtual:text/dataset-plot';
import plotText from 'virtual:text/plot';
import { editablePoints, type Spec, type StateOf } from '../kit/contract/spec.ts';

/** Props of <DatasetPlot>: one of the essay's small datasets, with its hidden pattern on request. */
export const spec = {
  dataset: {
    kind: 'dataset',
    label: T.props.dataset.label,
    description: T.props.dataset.description,
    default: 'study-hours',
    shape: 'xy',
    offered: ['study-hours', 'sleep-alertness'],
  },
  pattern: {
    kind: 'boolean',
    label: T.props.pattern.label,
    description: T.props.pattern.description,
    default: false,
  },
  points: editablePoints(plotText.points.label, plotText.points.description),
} as const satisfies Spec;

export type State = StateOf<typeof spec>;
