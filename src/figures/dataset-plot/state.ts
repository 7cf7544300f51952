import plotText from 'virtual:text/plot';
import { editablePoints, type Spec, type StateOf } from '../kit/contract/spec.ts';

/** Props of <DatasetPlot>: one of the essay's small datasets, with its hidden pattern on request. */
export const spec = {
  dataset: {
    kind: 'dataset',
    label: 'Dataset',
    description: 'Which small dataset to show: any one-input dataset in content/datasets.',
    default: 'study-hours',
    shape: 'xy',
    offered: ['study-hours', 'sleep-alertness'],
  },
  pattern: {
    kind: 'boolean',
    label: 'Show the pattern behind the data',
    description: 'Draw the rule the points were made from, before the noise was added.',
    default: false,
  },
  points: editablePoints(plotText.points.label, plotText.points.description),
} as const satisfies Spec;

export type State = StateOf<typeof spec>;
