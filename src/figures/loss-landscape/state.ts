import T from 'virtual:text/loss-landscape';
import plotText from 'virtual:text/plot';
import { editablePoints, type Spec, type StateOf } from '../kit/contract/spec.ts';

/**
 * Props of <LossLandscape>: the loss of one neuron y = w·x + b over every (w, b). `w` and `b` have the same
 * names, ranges and steps as <NeuronLine>'s, so the two can share them through `link`.
 */
export const spec = {
  dataset: {
    kind: 'dataset',
    label: T.props.dataset.label,
    description: T.props.dataset.description,
    default: 'study-hours',
    shape: 'xy',
    offered: ['study-hours'],
  },
  w: {
    kind: 'number',
    label: T.props.w.label,
    description: T.props.w.description,
    default: 0.4,
    min: -1,
    max: 3,
    step: 0.05,
  },
  b: {
    kind: 'number',
    label: T.props.b.label,
    description: T.props.b.description,
    default: 1,
    min: -2,
    max: 8,
    step: 0.1,
  },
  points: editablePoints(plotText.points.label, T.props.points.description),
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
