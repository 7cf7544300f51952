import type { FigureSource } from '../kit/contract/definition.ts';
import { fmt, fmtLoss } from '../kit/draw/format.ts';
import { compute, type Model } from './model.ts';
import { plot } from './plot.ts';
import { spec } from './state.ts';

const GRID_W = [-1, 0, 1, 2, 3];
const GRID_B = [8, 6, 4, 2, 0, -2];

export const figure: FigureSource<typeof spec, Model> = {
  title: 'Every line is a point on the loss landscape: click or drag to move yours, and find the star',
  summary: 'The mean squared error of every line y = w·x + b as a contour map over (w, b), with the reader’s point and the minimum.',
  spec,
  compute,
  plot,
  describe: (state, m) =>
    `The point (w = ${fmt(state.w)}, b = ${fmt(state.b)}) sits where the loss is ${fmtLoss(m.loss)}; the lowest loss, ${fmtLoss(m.land.best.loss)}, is at w = ${fmt(m.land.best.w)}, b = ${fmt(m.land.best.b)}.`,
  readouts: (state, m) => ({
    w: fmt(state.w),
    b: fmt(state.b),
    loss: fmtLoss(m.loss),
    'lowest loss': fmtLoss(m.land.best.loss),
  }),
  table: (state, m) => ({
    caption: `${m.story.title}: the loss at a coarse grid of weights (columns) and biases (rows). Your point (${fmt(state.w)}, ${fmt(state.b)}) has loss ${fmtLoss(m.loss)}; the lowest, ${fmtLoss(m.land.best.loss)}, is at (${fmt(m.land.best.w)}, ${fmt(m.land.best.b)}).`,
    columns: ['bias b \\ weight w', ...GRID_W.map((w) => `w = ${fmt(w, 0)}`)],
    rows: GRID_B.map((b) => [`b = ${fmt(b, 0)}`, ...GRID_W.map((w) => fmtLoss(m.land.loss(w, b)))]),
  }),
};
