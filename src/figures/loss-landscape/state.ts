import plotText from 'virtual:text/plot';
import { editablePoints, type Spec, type StateOf } from '../kit/contract/spec.ts';

/**
 * Props of <LossLandscape>: the loss of one neuron y = w·x + b over every (w, b). `w` and `b` have the same
 * names, ranges and steps as <NeuronLine>'s, so the two can share them through `link`.
 */
export const spec = {
  dataset: {
    kind: 'dataset',
    label: 'Dataset',
    description: 'Which small dataset the loss is measured on: any one-input dataset in content/datasets.',
    default: 'study-hours',
    shape: 'xy',
    offered: ['study-hours'],
  },
  w: {
    kind: 'number',
    label: 'weight w',
    description: 'The slope of the neuron’s line: the horizontal position of the point on the landscape.',
    default: 0.4,
    min: -1,
    max: 3,
    step: 0.05,
  },
  b: {
    kind: 'number',
    label: 'bias b',
    description: 'The intercept of the neuron’s line: the vertical position of the point on the landscape.',
    default: 1,
    min: -2,
    max: 8,
    step: 0.1,
  },
  points: editablePoints(plotText.points.label, 'The reader’s edits to the data (made in a linked <NeuronLine>), as a compact code; empty for the dataset as published.'),
} as const satisfies Spec;

export type State = StateOf<typeof spec>;

/**
 * The landscape covers the sliders' ranges plus a small margin, so a point at a slider's end is drawn whole
 * rather than cut by the frame. Pointer input is clamped back to the sliders' ranges (see `clampToSliders`).
 */
const margin = (min: number, max: number): [number, number] => [min - 0.03 * (max - min), max + 0.03 * (max - min)];
export const W_DOMAIN = margin(spec.w.min, spec.w.max);
export const B_DOMAIN = margin(spec.b.min, spec.b.max);

/** A point picked on the landscape, as the nearest (w, b) the sliders allow. */
export function clampToSliders(w: number, b: number): { w: number; b: number } {
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  return { w: clamp(w, spec.w.min, spec.w.max), b: clamp(b, spec.b.min, spec.b.max) };
}
