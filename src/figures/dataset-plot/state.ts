import type { Spec, StateOf } from '../kit/contract/spec.ts';

/** Props of <DatasetPlot>: one of the essay's small datasets, with its hidden pattern on request. */
export const spec = {
  dataset: {
    kind: 'choice',
    label: 'Dataset',
    description: 'Which small dataset to show.',
    default: 'study-hours',
    options: ['study-hours', 'sleep-alertness'],
    optionLabels: ['Study hours → quiz score', 'Hours of sleep → alertness'],
  },
  pattern: {
    kind: 'boolean',
    label: 'Show the pattern behind the data',
    description: 'Draw the rule the points were made from, before the noise was added.',
    default: false,
  },
} as const satisfies Spec;

export type State = StateOf<typeof spec>;
